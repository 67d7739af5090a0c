using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Features;
using BackupLsp.Server.Documents;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;

namespace BackupLsp.Server.Handlers.SemanticTokens;

/// <summary>
/// <c>textDocument/semanticTokens/full</c>, <c>full/delta</c> and <c>range</c>: the family statements' tokens,
/// relative-encoded, one line per token; a delta request whose previous result is the document's latest gets only the
/// edits from it; a range request (what a client shows first of a large script) gets the tokens in the range.
/// </summary>
public sealed class SemanticTokensHandler(LanguageServer server)
{
    private static readonly Protocol.SemanticTokens Empty = new([]);

    [JsonRpcMethod("textDocument/semanticTokens/full", UseSingleObjectParameterDeserialization = true)]
    public Task<Protocol.SemanticTokens> FullAsync(TextDocumentParams request, CancellationToken cancellationToken) =>
        server.ReadAsync(request.TextDocument, Empty, (snapshot, analysis) =>
        {
            var (data, resultId) = Current(snapshot, analysis);
            return new Protocol.SemanticTokens(data, resultId);
        }, cancellationToken);

    [JsonRpcMethod("textDocument/semanticTokens/full/delta", UseSingleObjectParameterDeserialization = true)]
    public Task<SemanticTokensDelta> FullDeltaAsync(SemanticTokensDeltaParams request, CancellationToken cancellationToken) =>
        server.ReadAsync(request.TextDocument, new SemanticTokensDelta("", null, []), (snapshot, analysis) =>
        {
            var previous = server.SemanticTokenResults.Find(snapshot.Uri, request.PreviousResultId);
            var (data, resultId) = Current(snapshot, analysis);
            return previous is null
                ? new SemanticTokensDelta(resultId, null, data)
                : new SemanticTokensDelta(resultId, SemanticTokensResults.Diff(previous, data), null);
        }, cancellationToken);

    /// <summary>Range results are not remembered: deltas are taken from full results only.</summary>
    [JsonRpcMethod("textDocument/semanticTokens/range", UseSingleObjectParameterDeserialization = true)]
    public Task<Protocol.SemanticTokens> RangeAsync(SemanticTokensRangeParams request, CancellationToken cancellationToken) =>
        server.ReadAsync(request.TextDocument, Empty, (_, analysis) =>
            new Protocol.SemanticTokens(Encode(analysis, Language.Features.SemanticTokens.Classify(analysis, analysis.ToRequestedSpan(request.Range)))),
            cancellationToken);

    /// <summary>The document's tokens now, remembered as its latest result under a new result id while this opening of it lasts.</summary>
    private (int[] Data, string ResultId) Current(DocumentSnapshot snapshot, DocumentAnalysis analysis)
    {
        var data = Encode(analysis, Language.Features.SemanticTokens.Classify(analysis));
        return (data, server.SemanticTokenResults.Remember(snapshot.Uri, data, () => server.Documents.Find(snapshot.Uri)?.Opening == snapshot.Opening));
    }

    /// <summary>
    /// LSP's five integers per token (line delta, start delta, length, type, modifiers). A token that spans lines,
    /// such as a block comment, is cut at each line break, since clients need not support multi-line tokens.
    /// </summary>
    /// <remarks>The spans are in document order (as classified), so the line is found by moving forward, not searched for.</remarks>
    public static int[] Encode(DocumentAnalysis analysis, ImmutableArray<ClassifiedSpan> spans)
    {
        var lines = analysis.Lines;
        var data = new List<int>(spans.Length * 5);
        int line = spans.IsEmpty ? 0 : lines.LineOf(spans[0].Span.Start), previousLine = 0, previousStart = 0;
        foreach (var span in spans)
        {
            var type = SemanticTokenLegend.TypeOf(span.Role);
            var offset = span.Span.Start;
            while (offset < span.Span.End)
            {
                while (line + 1 < lines.LineCount && lines.LineStart(line + 1) <= offset)
                    line++;
                var character = offset - lines.LineStart(line);
                var lineEnd = Math.Min(span.Span.End, lines.LineEnd(line, analysis.Text));
                if (lineEnd > offset)
                {
                    data.AddRange([line - previousLine, line == previousLine ? character - previousStart : character, lineEnd - offset, type, 0]);
                    previousLine = line;
                    previousStart = character;
                }
                offset = line + 1 < lines.LineCount ? lines.LineStart(line + 1) : span.Span.End;
            }
        }
        return [.. data];
    }
}
