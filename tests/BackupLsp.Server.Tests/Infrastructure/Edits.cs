using System.Text.Json;
using BackupLsp.Language.Text;

namespace BackupLsp.Server.Tests.Infrastructure;

/// <summary>Applies LSP text edits the way a client would, to check what a quick fix produces.</summary>
public static class Edits
{
    public static string Apply(string text, IEnumerable<JsonElement> edits)
    {
        var document = DocumentText.From(text);
        var lines = LineIndex.Create(document);
        var resolved = edits.Select(edit => (
            Start: Offset(lines, document, edit.GetProperty("range").GetProperty("start")),
            End: Offset(lines, document, edit.GetProperty("range").GetProperty("end")),
            NewText: edit.GetProperty("newText").GetString()!)).OrderByDescending(e => e.Start);
        foreach (var (start, end, newText) in resolved)
            text = text[..start] + newText + text[end..];
        return text;
    }

    public static object Range(int startLine, int startCharacter, int endLine, int endCharacter) => new
    {
        start = new { line = startLine, character = startCharacter },
        end = new { line = endLine, character = endCharacter },
    };

    private static int Offset(LineIndex lines, DocumentText text, JsonElement position) =>
        lines.GetOffset(new LinePosition(position.GetProperty("line").GetInt32(), position.GetProperty("character").GetInt32()), text);
}
