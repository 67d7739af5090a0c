using BackupLsp.Language.Features;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;

namespace BackupLsp.Server.Handlers.SelectionRange;

/// <summary>
/// <c>textDocument/selectionRange</c>: for each position, the token and each larger part of its statement around it.
/// A position between statements gets the empty range at itself, since the answer holds one range per position; a
/// document that is not open gets null, since an empty list would answer no position.
/// </summary>
public sealed class SelectionRangeHandler(LanguageServer server)
{
    [JsonRpcMethod("textDocument/selectionRange", UseSingleObjectParameterDeserialization = true)]
    public Task<Protocol.SelectionRange[]?> SelectionRangesAsync(SelectionRangeParams request, CancellationToken cancellationToken) =>
        server.ReadAsync<Protocol.SelectionRange[]?>(request.TextDocument, null, (_, analysis) =>
            (request.Positions ?? throw ProtocolErrors.InvalidParams("positions is required")).Select(position =>
            {
                var offset = analysis.ToRequestedOffset(position);
                Protocol.SelectionRange? outer = null;
                foreach (var span in SelectionRanges.At(analysis, offset).Reverse())
                    outer = new Protocol.SelectionRange(analysis.ToRange(span), outer);
                return outer ?? new Protocol.SelectionRange(analysis.ToRange(new Language.Text.TextSpan(offset, 0)), null);
            }).ToArray(), cancellationToken);
}
