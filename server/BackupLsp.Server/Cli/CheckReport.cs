using System.Text;
using System.Text.Json;
using BackupLsp.Language.Analysis;

namespace BackupLsp.Server.Cli;

/// <summary>The check command's text, json and github formats (SARIF and GitLab have their own reports).</summary>
internal static class CheckReport
{
    /// <summary>
    /// <c>path:line:col: severity CODE: message</c> with 1-based positions, under it <c>  path:line:col: message</c> for
    /// each other place it speaks of (the earlier statement), then a summary line; control characters in the path and the
    /// message are escaped (<see cref="OneLine"/>), so that each diagnostic stays one line.
    /// </summary>
    public static string Text(IReadOnlyList<CheckedFile> results)
    {
        var output = new StringBuilder();
        foreach (var (path, analysis, diagnostics) in results)
            foreach (var diagnostic in diagnostics)
            {
                output.Append($"{OneLine(path)}:{Place(analysis, diagnostic.Span)}: {ReportJson.SeverityName(diagnostic.Severity)} {diagnostic.Code}: {OneLine(diagnostic.Message)}\n");
                foreach (var related in diagnostic.Related)
                    output.Append($"  {OneLine(path)}:{Place(analysis, related.Span)}: {OneLine(related.Message)}\n");
            }
        return output.Append(Summary(results)).ToString();
    }

    /// <summary>
    /// <paramref name="text"/> with control characters and line separators written as escapes (<c>\r</c>, <c>\n</c>,
    /// <c>\t</c>, <c>\x7f</c>, <c>\u2028</c>): a file name can hold them, and raw they would break the line-based parsers
    /// that read this format. A message comes with those it quotes escaped already (Diagnostic.WithInvisiblesEscaped).
    /// </summary>
    private static string OneLine(string text)
    {
        if (!text.Any(NeedsEscape))
            return text;
        var escaped = new StringBuilder(text.Length + 8);
        foreach (var c in text)
            escaped.Append(c switch
            {
                '\r' => "\\r",
                '\n' => "\\n",
                '\t' => "\\t",
                _ when !NeedsEscape(c) => c.ToString(),
                _ when c <= '\u00ff' => $"\\x{(int)c:x2}",
                _ => $"\\u{(int)c:x4}",
            });
        return escaped.ToString();
    }

    private static bool NeedsEscape(char c) => char.IsControl(c) || c is '\u2028' or '\u2029';

    /// <summary>"2 errors, 1 warning, 0 notes in 3 files."</summary>
    private static string Summary(IReadOnlyList<CheckedFile> results)
    {
        var all = results.SelectMany(r => r.Diagnostics).ToList();
        int Count(DiagnosticSeverity severity) => all.Count(d => d.Severity == severity);
        return $"{Plural(Count(DiagnosticSeverity.Error), "error")}, {Plural(Count(DiagnosticSeverity.Warning), "warning")}, "
            + $"{Plural(Count(DiagnosticSeverity.Information) + Count(DiagnosticSeverity.Hint), "note")} in {Plural(results.Count, "file")}.\n";
    }

    /// <summary>
    /// One JSON array; ranges use LSP's 0-based line and UTF-16 character. A diagnostic that speaks of other places in
    /// its file lists them under <c>related</c>, each with its range and message.
    /// </summary>
    public static string Json(IReadOnlyList<CheckedFile> results)
    {
        return ReportJson.Text(json =>
        {
            json.WriteStartArray();
            foreach (var (path, analysis, diagnostics) in results)
                foreach (var diagnostic in diagnostics)
                {
                    json.WriteStartObject();
                    json.WriteString("file", path);
                    WriteRange(json, analysis, diagnostic.Span);
                    json.WriteString("severity", ReportJson.SeverityName(diagnostic.Severity));
                    json.WriteString("code", diagnostic.Code);
                    json.WriteString("message", diagnostic.Message);
                    if (!diagnostic.Related.IsEmpty)
                    {
                        json.WriteStartArray("related");
                        foreach (var related in diagnostic.Related)
                        {
                            json.WriteStartObject();
                            WriteRange(json, analysis, related.Span);
                            json.WriteString("message", related.Message);
                            json.WriteEndObject();
                        }
                        json.WriteEndArray();
                    }
                    json.WriteEndObject();
                }
            json.WriteEndArray();
        });
    }

    /// <summary>
    /// <c>::error file=…,line=…,col=…,endLine=…,endColumn=…,title=CODE::message</c> per diagnostic (1-based; warnings as
    /// <c>::warning</c>, the rest as <c>::notice</c>), which a GitHub Actions run shows on the lines of the pull request,
    /// the message followed by a line <c>path:line:col: message</c> for each other place it speaks of, control characters
    /// in them and in the file's name escaped as in the text format; then the text format's summary line. GitHub shows a step's first
    /// <see cref="GitHubAnnotationsShown"/> of each command alone: past them a first notice says so, where it is sure to be shown.
    /// Each problem that kept scripts from being checked (<paramref name="problems"/>) comes first, as an error of the run:
    /// on the settings or catalog file that cannot be read, else (a path that cannot be read) with no file.
    /// </summary>
    public static string GitHub(IReadOnlyList<CheckedFile> results, IReadOnlyList<CheckProblem> problems, ReportPaths paths)
    {
        var output = new StringBuilder();
        var counts = results.SelectMany(result => result.Diagnostics).CountBy(diagnostic => GitHubCommand(diagnostic.Severity))
            .ToDictionary();
        counts["error"] = counts.GetValueOrDefault("error") + problems.Count;
        // The notice itself is one of the notices shown.
        if (counts.Any(count => count.Value > GitHubAnnotationsShown - (count.Key == "notice" ? 1 : 0)))
            output.Append($"::notice title=backup-lsp::GitHub shows the first {GitHubAnnotationsShown} errors, warnings and notices of a step "
                + "on the pull request: every problem is in the step's log, and --format sarif with code scanning shows them all.\n");
        foreach (var (problem, file, line) in problems)
        {
            var place = file is null ? "" : $"file={Property(OneLine(paths.Name(file)))},{(line is { } number ? $"line={number}," : "")}";
            output.Append($"::error {place}title=backup-lsp::{Data(OneLine(problem))}\n");
        }
        foreach (var (path, analysis, diagnostics) in results)
        {
            // GitHub places an annotation by the file's path in the repository: relative to its root (GITHUB_WORKSPACE), which
            // the runner takes a relative path from.
            var file = paths.Name(path);
            foreach (var diagnostic in diagnostics)
            {
                var (start, end) = (analysis.Lines.GetPosition(diagnostic.Span.Start), analysis.Lines.GetPosition(diagnostic.Span.End));
                var command = GitHubCommand(diagnostic.Severity);
                // Escaped as the text format escapes them: GitHub's log shows the message, and would play an ANSI escape
                // sequence in a name (colours, a bell) instead of showing it. The line breaks between its lines are its own.
                var message = new StringBuilder(OneLine(diagnostic.Message));
                foreach (var related in diagnostic.Related)
                    message.Append($"\n{OneLine(path)}:{Place(analysis, related.Span)}: {OneLine(related.Message)}");
                // GitHub's toolkit escapes only %, CR, LF, : and , in a property, and its runner decodes no other %XX: a
                // control character in the file's name is written as the text format writes it, not raw into the log.
                output.Append($"::{command} file={Property(OneLine(file))},line={start.Line + 1},col={start.Character + 1},endLine={end.Line + 1},"
                    + $"endColumn={end.Character + 1},title={Property(diagnostic.Code)}::{Data(message.ToString())}\n");
            }
        }
        return output.Append(Summary(results)).ToString();
    }

    private static string GitHubCommand(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "notice",
    };

    /// <summary>How many annotations of each kind GitHub shows for a step (actions/toolkit, problem matchers' limitations).</summary>
    private const int GitHubAnnotationsShown = 10;

    /// <summary>A workflow command's message: percent signs and line breaks escaped.</summary>
    private static string Data(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    /// <summary>A workflow command's property value: also its separators escaped.</summary>
    private static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");

    /// <summary>Where a span starts, as <c>line:col</c> (1-based, UTF-16 columns).</summary>
    private static string Place(DocumentAnalysis analysis, Language.Text.TextSpan span)
    {
        var start = analysis.Lines.GetPosition(span.Start);
        return $"{start.Line + 1}:{start.Character + 1}";
    }

    private static void WriteRange(Utf8JsonWriter json, DocumentAnalysis analysis, Language.Text.TextSpan span)
    {
        json.WriteStartObject("range");
        WritePosition(json, "start", analysis, span.Start);
        WritePosition(json, "end", analysis, span.End);
        json.WriteEndObject();
    }

    private static void WritePosition(Utf8JsonWriter json, string name, DocumentAnalysis analysis, int offset)
    {
        var position = analysis.Lines.GetPosition(offset);
        json.WriteStartObject(name);
        json.WriteNumber("line", position.Line);
        json.WriteNumber("character", position.Character);
        json.WriteEndObject();
    }

    /// <summary>"1 error", "2 errors", "2 fixes".</summary>
    internal static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : noun.EndsWith('x') ? "es" : "s")}";
}
