using System.Text;
using System.Text.Json;
using BackupLsp.Language.Analysis;

namespace BackupLsp.Server.Cli;

/// <summary>The two output formats of the check command.</summary>
internal static class CheckReport
{
    /// <summary><c>path:line:col: severity CODE: message</c> with 1-based positions, then a summary line.</summary>
    public static string Text(IReadOnlyList<(string Path, DocumentAnalysis Analysis)> results)
    {
        var output = new StringBuilder();
        foreach (var (path, analysis) in results)
            foreach (var diagnostic in analysis.Diagnostics)
            {
                var start = analysis.Lines.GetPosition(diagnostic.Span.Start);
                output.Append($"{path}:{start.Line + 1}:{start.Character + 1}: {SeverityName(diagnostic.Severity)} {diagnostic.Code}: {diagnostic.Message}\n");
            }
        var all = results.SelectMany(r => r.Analysis.Diagnostics).ToList();
        int Count(DiagnosticSeverity severity) => all.Count(d => d.Severity == severity);
        output.Append($"{Plural(Count(DiagnosticSeverity.Error), "error")}, {Plural(Count(DiagnosticSeverity.Warning), "warning")}, "
            + $"{Plural(Count(DiagnosticSeverity.Information) + Count(DiagnosticSeverity.Hint), "note")} in {Plural(results.Count, "file")}.\n");
        return output.ToString();
    }

    /// <summary>One JSON array; ranges use LSP's 0-based line and UTF-16 character.</summary>
    public static string Json(IReadOnlyList<(string Path, DocumentAnalysis Analysis)> results)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartArray();
            foreach (var (path, analysis) in results)
                foreach (var diagnostic in analysis.Diagnostics)
                {
                    json.WriteStartObject();
                    json.WriteString("file", path);
                    json.WriteStartObject("range");
                    WritePosition(json, "start", analysis, diagnostic.Span.Start);
                    WritePosition(json, "end", analysis, diagnostic.Span.End);
                    json.WriteEndObject();
                    json.WriteString("severity", SeverityName(diagnostic.Severity));
                    json.WriteString("code", diagnostic.Code);
                    json.WriteString("message", diagnostic.Message);
                    json.WriteEndObject();
                }
            json.WriteEndArray();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    public static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Information => "information",
        _ => "hint",
    };

    private static void WritePosition(Utf8JsonWriter json, string name, DocumentAnalysis analysis, int offset)
    {
        var position = analysis.Lines.GetPosition(offset);
        json.WriteStartObject(name);
        json.WriteNumber("line", position.Line);
        json.WriteNumber("character", position.Character);
        json.WriteEndObject();
    }

    private static string Plural(int count, string noun) => $"{count} {noun}{(count == 1 ? "" : "s")}";
}
