using System.Text;

namespace BackupLsp.Server.Cli;

/// <summary>
/// Standard error as the check writes its notes, warnings and errors on it (no catalog found, a file that is not valid
/// UTF-8, what <c>--fix</c> fixed, a path it could not read), each line also kept for a report that carries them: SARIF's
/// tool notifications.
/// </summary>
internal sealed class CheckNotices(TextWriter standardError) : TextWriter
{
    private const string Prefix = "backup-lsp check: ";

    private readonly List<(NoticeLevel Level, string Text)> _lines = [];

    public override Encoding Encoding => standardError.Encoding;

    /// <summary>Each line written, at its level, without the command's prefix and the level's word.</summary>
    public IReadOnlyList<(NoticeLevel Level, string Text)> Lines => _lines;

    /// <summary>Whether a problem kept part of the input from being checked.</summary>
    public bool HasErrors => _lines.Any(line => line.Level == NoticeLevel.Error);

    /// <summary>A problem that kept part of the input from being checked (a path that names nothing readable).</summary>
    public Task WriteErrorAsync(string problem)
    {
        _lines.Add((NoticeLevel.Error, problem));
        return standardError.WriteLineAsync(Prefix + problem);
    }

    /// <summary>What is written otherwise than as a line goes on to standard error, not kept.</summary>
    public override void Write(char value) => standardError.Write(value);

    public override Task WriteLineAsync(string? value)
    {
        if (value is not null)
        {
            var text = value.StartsWith(Prefix, StringComparison.Ordinal) ? value[Prefix.Length..] : value;
            var warning = text.StartsWith("warning: ", StringComparison.Ordinal);
            _lines.Add(warning ? (NoticeLevel.Warning, text["warning: ".Length..])
                : (NoticeLevel.Note, text.StartsWith("note: ", StringComparison.Ordinal) ? text["note: ".Length..] : text));
        }
        return standardError.WriteLineAsync(value);
    }
}

internal enum NoticeLevel
{
    Note,
    Warning,
    Error,
}
