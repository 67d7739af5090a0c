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

    private readonly List<CheckNotice> _lines = [];

    public override Encoding Encoding => standardError.Encoding;

    /// <summary>Each line written, at its level, without the command's prefix and the level's word.</summary>
    public IReadOnlyList<CheckNotice> Lines => _lines;

    /// <summary>Whether a problem kept part of the input from being checked.</summary>
    public bool HasErrors => _lines.Any(line => line.Level == NoticeLevel.Error);

    /// <summary>A problem that kept part of the input from being checked (a path that names nothing readable), kept with the file it lies in.</summary>
    public Task WriteErrorAsync(CheckProblem problem)
    {
        _lines.Add(new CheckNotice(NoticeLevel.Error, problem.Message, problem.File, problem.Line));
        return standardError.WriteLineAsync(Prefix + problem.Message);
    }

    /// <summary>What is written otherwise than as a line goes on to standard error, not kept.</summary>
    public override void Write(char value) => standardError.Write(value);

    public override Task WriteLineAsync(string? value)
    {
        if (value is not null)
        {
            var text = value.StartsWith(Prefix, StringComparison.Ordinal) ? value[Prefix.Length..] : value;
            var warning = text.StartsWith("warning: ", StringComparison.Ordinal);
            _lines.Add(warning ? new CheckNotice(NoticeLevel.Warning, text["warning: ".Length..])
                : new CheckNotice(NoticeLevel.Note, text.StartsWith("note: ", StringComparison.Ordinal) ? text["note: ".Length..] : text));
        }
        return standardError.WriteLineAsync(value);
    }
}

/// <summary>A line the check told, and the file (and line in it) a problem lies in where it lies in one.</summary>
internal sealed record CheckNotice(NoticeLevel Level, string Text, string? File = null, int? Line = null);

internal enum NoticeLevel
{
    Note,
    Warning,
    Error,
}
