using System.Text;

namespace BackupLsp.Server.Cli;

/// <summary>
/// Standard error as the check writes its notes and warnings on it (no catalog found, a file that is not valid UTF-8, what
/// <c>--fix</c> fixed), each line also kept for a report that carries them: SARIF's tool notifications.
/// </summary>
internal sealed class CheckNotices(TextWriter standardError) : TextWriter
{
    private const string Prefix = "backup-lsp check: ";

    private readonly List<(bool Warning, string Text)> _lines = [];

    public override Encoding Encoding => standardError.Encoding;

    /// <summary>Each line written, as a warning or a note, without the command's prefix and its level.</summary>
    public IReadOnlyList<(bool Warning, string Text)> Lines => _lines;

    /// <summary>What is written otherwise than as a line goes on to standard error, not kept.</summary>
    public override void Write(char value) => standardError.Write(value);

    public override Task WriteLineAsync(string? value)
    {
        if (value is not null)
        {
            var text = value.StartsWith(Prefix, StringComparison.Ordinal) ? value[Prefix.Length..] : value;
            var warning = text.StartsWith("warning: ", StringComparison.Ordinal);
            _lines.Add((warning, warning ? text["warning: ".Length..] : text.StartsWith("note: ", StringComparison.Ordinal) ? text["note: ".Length..] : text));
        }
        return standardError.WriteLineAsync(value);
    }
}
