using BackupLsp.Language.Text;
using BackupLsp.Server.Protocol;

namespace BackupLsp.Server.Documents;

/// <summary>Incremental text synchronisation: applies LSP content changes, each relative to the text left by the previous one.</summary>
public static class TextChanges
{
    /// <summary>
    /// What is wrong with <paramref name="changes"/> as the client sent them, or null when each can be applied. A change
    /// LSP would not send (null, no text, a range without an end, a negative position) leaves the client's edit unknown.
    /// </summary>
    public static string? Malformation(TextDocumentContentChangeEvent?[]? changes)
    {
        if (changes is null)
            return "contentChanges is missing";
        for (var i = 0; i < changes.Length; i++)
        {
            var change = $"change {i + 1}";
            var problem = changes[i] switch
            {
                null => $"{change} is null",
                { Text: null } => $"{change} has no text",
                { Range: { Start: null } } => $"{change}'s range has no start",
                { Range: { End: null } } => $"{change}'s range has no end",
                { Range.Start: var start } when IsNegative(start) => $"{change}'s range starts at {start.Line}:{start.Character}, a negative position",
                { Range.End: var end } when IsNegative(end) => $"{change}'s range ends at {end.Line}:{end.Character}, a negative position",
                _ => null,
            };
            if (problem is not null)
                return problem;
        }
        return null;
    }

    private static bool IsNegative(Position position) => position.Line < 0 || position.Character < 0;

    /// <param name="changes">Changes of which <see cref="Malformation"/> finds nothing wrong.</param>
    /// <param name="lines">The line index of <paramref name="text"/>, when one is at hand.</param>
    /// <returns>
    /// The new text; and when the changes needed a line index (a full replacement needs none), the index of the text
    /// before the last change and that change, from which the new text's index is made if it is asked for.
    /// </returns>
    public static (DocumentText Text, LineIndex? Lines, ChangedRegion? Since) Apply(DocumentText text, IEnumerable<TextDocumentContentChangeEvent> changes,
        LineIndex? lines = null)
    {
        // Several changes at once (one per cursor) each need the lines of the text the previous one left: the index
        // is moved past each change rather than made again over the whole text.
        ChangedRegion? unindexed = null;
        foreach (var change in changes)
        {
            if (change.Range is null)
            {
                text = DocumentText.From(change.Text);
                (lines, unindexed) = (null, null);
                continue;
            }
            lines = lines is null ? LineIndex.Create(text) : unindexed is { } region ? LineIndex.Create(text, lines, region) : lines;
            var start = lines.GetOffset(new LinePosition(change.Range.Start.Line, change.Range.Start.Character), text);
            var end = lines.GetOffset(new LinePosition(change.Range.End.Line, change.Range.End.Character), text);
            if (end < start)
                (start, end) = (end, start);
            var inserted = change.Text;
            text = text.Replace(TextSpan.FromBounds(start, end), inserted);
            unindexed = new ChangedRegion(start, end, start + inserted.Length);
        }
        return (text, lines, unindexed);
    }
}
