namespace BackupLsp.Server.Tests.Infrastructure;

/// <summary>Test input with a <c>|</c> marking the cursor: the text without it and the cursor's LSP position.</summary>
public sealed record CursorText(string Text, int Line, int Character)
{
    public object Position => new { line = Line, character = Character };

    public static CursorText Parse(string marked)
    {
        var offset = marked.IndexOf('|');
        if (offset < 0 || marked.IndexOf('|', offset + 1) >= 0)
            throw new ArgumentException("exactly one | marks the cursor", nameof(marked));
        var before = marked[..offset];
        var line = before.Count(c => c == '\n');
        var character = offset - (before.LastIndexOf('\n') + 1);
        return new CursorText(before + marked[(offset + 1)..], line, character);
    }
}
