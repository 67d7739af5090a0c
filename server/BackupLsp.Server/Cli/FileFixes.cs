using BackupLsp.Language.Analysis;
using BackupLsp.Language.Features;
using BackupLsp.Language.Text;

namespace BackupLsp.Server.Cli;

/// <summary><c>check --fix</c>: each file's certain fixes (<see cref="FixAll"/>), written back in the file's own encoding.</summary>
internal static class FileFixes
{
    /// <summary>
    /// Each file's analysis, as fixed. A file is written only when a fix applies, and only if it still holds the text that
    /// was read and that text encodes back to its bytes exactly: one with invalid UTF-8, say, is left as it is (with a
    /// warning on <paramref name="stderr"/>), since writing it would change bytes no fix asked to change.
    /// </summary>
    public static async Task<IReadOnlyList<(string Path, DocumentAnalysis Analysis)>> ApplyAsync(IReadOnlyList<InputFile> files,
        Func<string, DocumentAnalysis> analyze, TextWriter stderr)
    {
        var result = new List<(string, DocumentAnalysis)>(files.Count);
        var (fixes, fixedFiles) = (0, 0);
        foreach (var file in files)
        {
            var (text, applied, analysis) = FixAll.Apply(file.Text, analyze);
            if (applied > 0 && await WriteAsync(file, text, stderr))
            {
                fixes += applied;
                fixedFiles++;
            }
            else if (applied > 0)
                analysis = analyze(file.Text);
            result.Add((file.Path, analysis));
        }
        // On stderr, so that json's standard output stays one JSON document.
        await stderr.WriteLineAsync($"backup-lsp check: applied {CheckReport.Plural(fixes, "fix")} in {CheckReport.Plural(fixedFiles, "file")}");
        return result;
    }

    /// <summary>Writes <paramref name="text"/> over the file in its own encoding; false (with a warning) where it must not or cannot.</summary>
    private static async Task<bool> WriteAsync(InputFile file, string text, TextWriter stderr)
    {
        try
        {
            var bytes = BoundedFile.ReadAllBytes(file.Path, InputFiles.MaxFileBytes);
            if (bytes is null || ScriptText.Reencode(bytes, file.Text, text) is not { } written)
            {
                await stderr.WriteLineAsync($"backup-lsp check: warning: {file.Path} not fixed: it changed since it was read, or it would not be written back byte for byte (bytes invalid in its encoding, say)");
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
