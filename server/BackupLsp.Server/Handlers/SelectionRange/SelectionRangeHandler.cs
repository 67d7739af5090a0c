using BackupLsp.Language.Analysis;
using BackupLsp.Language.Features;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;

namespace BackupLsp.Server.Handlers.SelectionRange;

/// <summary>
/// <c>textDocument/selectionRange</c>: for each position, the token and each larger part of its statement around it.
/// A position between statements gets the empty range at itself, since the answer holds one range per position. The
/// answer is null for a document that is not open, since an empty list would answer no position, and when a position is
/// on a line past the document's last, since no range in the document contains it.
/// </summary>
public sealed class SelectionRangeHandler(LanguageServer server)
{
    [JsonRpcMethod("textDocument/selectionRange", UseSingleObjectParameterDeserialization = true)]
    public Task<Protocol.SelectionRange[]?> SelectionRangesAsync(SelectionRangeParams request, CancellationToken cancellationToken) =>
        server.ReadAsync<Protocol.SelectionRange[]?>(request.TextDocument, null, (_, analysis) =>
        {
            var offsets = (request.Positions ?? throw ProtocolErrors.InvalidParams("positions is required")).Select(analysis.ToRequestedOffset).ToArray();
            if (offsets.Any(offset => offset is null))
                return null;
            return [.. offsets.Select(offset => At(analysis, offset!.Value))];
        }, cancellationToken);

    private static Protocol.SelectionRange At(DocumentAnalysis analysis, int offset)
    {
        Protocol.SelectionRange? outer = null;
        foreach (var span in SelectionRanges.At(analysis, offset).Reverse())
            outer = new Protocol.SelectionRange(analysis.ToRange(span), outer);
        return outer ?? new Protocol.SelectionRange(analysis.ToRange(new Language.Text.TextSpan(offset, 0)), null);
    }
}
