using BackupLsp.Language.Text;
using BackupLsp.Server.Protocol;

namespace BackupLsp.Server.Hosting;

/// <summary>Incremental text synchronisation: applies LSP content changes, each relative to the text left by the previous one.</summary>
public static class TextChanges
{
    /// <param name="lines">The line index of <paramref name="text"/>, when one is at hand: it serves the first change.</param>
    public static DocumentText Apply(DocumentText text, IEnumerable<TextDocumentContentChangeEvent> changes, LineIndex? lines = null)
    {
        foreach (var change in changes)
        {
            if (change.Range is null)
            {
                text = DocumentText.From(change.Text ?? "");
                lines = null;
                continue;
            }
            lines ??= LineIndex.Create(text);
            var start = lines.GetOffset(new LinePosition(change.Range.Start.Line, change.Range.Start.Character), text);
            var end = lines.GetOffset(new LinePosition(change.Range.End.Line, change.Range.End.Character), text);
            if (end < start)
                (start, end) = (end, start);
            text = text.Replace(TextSpan.FromBounds(start, end), change.Text ?? "");
            lines = null;
        }
        return text;
    }
}
