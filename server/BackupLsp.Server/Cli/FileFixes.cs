using BackupLsp.Language.Analysis;
using BackupLsp.Language.Features;
using BackupLsp.Language.Text;

namespace BackupLsp.Server.Cli;

/// <summary>
/// <c>check --fix</c>: each file's certain fixes (<see cref="FixAll"/>), written back in the file's own encoding (standard
/// input's to standard output); <c>check --diff</c>: what they would write, as a unified diff. Each fix is listed on
/// standard error by its file, line and rule.
/// </summary>
internal static class FileFixes
{
    /// <summary>
    /// Each file's analysis, as fixed. A file is written only when a fix applies, and only if it still holds the text that
    /// was read and that text encodes back to its bytes exactly: one with invalid UTF-8, say, is left as it is (with a
    /// warning on <paramref name="stderr"/>), since writing it would change bytes no fix asked to change. Where
    /// <paramref name="diff"/>, nothing is written: the diff goes to <paramref name="stdout"/>, and the analyses are of
    /// the files as they are. Also how many fixes were applied (or would be).
    /// </summary>
    /// <param name="analyzerOf">How a file's text is analysed: with its catalog and settings.</param>
    /// <param name="maxFileBytes">The largest file read again to be written over, as it was read to be checked.</param>
    public static async Task<(IReadOnlyList<(string Path, DocumentAnalysis Analysis)> Results, int Fixes)> ApplyAsync(IReadOnlyList<InputFile> files,
        Func<InputFile, Func<string, DocumentAnalysis>> analyzerOf, bool diff, long maxFileBytes, TextWriter stdout, TextWriter stderr)
    {
        var result = new List<(string, DocumentAnalysis)>(files.Count);
        var (fixes, fixedFiles) = (0, 0);
        foreach (var file in files)
        {
            var analyze = analyzerOf(file);
            var (text, applied, analysis) = FixAll.Apply(file.Text, analyze);
            if (!applied.IsEmpty && (diff || await WriteAsync(file, text, maxFileBytes, stdout, stderr)))
            {
                foreach (var fix in applied)
                    await stderr.WriteLineAsync($"backup-lsp check: {(diff ? "would fix" : "fixed")} {file.Path}:{fix.Line + 1}: {fix.Code}");
                fixes += applied.Length;
                fixedFiles++;
                if (diff)
                {
                    await stdout.WriteAsync(UnifiedDiff.Of(file.Path, file.Text, text));
                    analysis = analyze(file.Text);
                }
            }
            else if (!applied.IsEmpty)
                analysis = analyze(file.Text);
            else if (file.Bytes is not null && !diff)
                // A fixer that pipes a buffer takes what comes back as the buffer: unchanged, it must still come back.
                await stdout.WriteAsync(file.Text);
            result.Add((file.Path, analysis));
        }
        // On stderr, so that json's standard output stays one JSON document.
        await stderr.WriteLineAsync(diff
            ? $"backup-lsp check: would apply {CheckReport.Plural(fixes, "fix")} in {CheckReport.Plural(fixedFiles, "file")}"
            : $"backup-lsp check: applied {CheckReport.Plural(fixes, "fix")} in {CheckReport.Plural(fixedFiles, "file")}");
        return (result, fixes);
    }

    /// <summary>
    /// Why standard input cannot be fixed to standard output, which writes UTF-8 without a byte order mark; null where it
    /// can: a fixer must get back the bytes it sent wherever no fix changed them.
    /// </summary>
    public static string? WhyStandardInputCannotBeFixed(InputFile stdin) =>
        stdin.Bytes is { } bytes && ScriptText.StrictUtf8.GetBytes(stdin.Text).AsSpan().SequenceEqual(bytes) ? null
            : "standard input is not fixed: standard output is written in UTF-8 without a byte order mark, which would not give back its bytes as they were";

    /// <summary>Writes <paramref name="text"/> over the file in its own encoding (standard input's to standard output);
    /// false (with a warning) where it must not or cannot.</summary>
    private static async Task<bool> WriteAsync(InputFile file, string text, long maxFileBytes, TextWriter stdout, TextWriter stderr)
    {
        if (file.Bytes is not null)
        {
            await stdout.WriteAsync(text);
            return true;
        }
        try
        {
            var bytes = BoundedFile.ReadAllBytes(file.Path, maxFileBytes);
            var (written, whyNot) = bytes is null ? (null, "it grew too large to read since") : ScriptText.Reencode(bytes, file.Text, text);
            if (written is null)
            {
                await stderr.WriteLineAsync($"backup-lsp check: warning: {file.Path} not fixed: {whyNot}");
                return false;
            }
            await FileOverwrite.WriteAsync(file.Path, written);
            return true;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"backup-lsp check: warning: {file.Path} not fixed: {e.Message}");
            return false;
        }
    }
}
