using System.Text.Json;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Rules;
using BackupLsp.Language.Text;

namespace BackupLsp.Server.Cli;

/// <summary>
/// GitLab's code quality report (the part of Code Climate's issue format GitLab reads), which a merge request shows
/// beside the lines it changes when a job saves it as <c>artifacts:reports:codequality</c>.
/// </summary>
internal static class GitLabReport
{
    /// <summary>
    /// One JSON array, an issue per diagnostic: its message (with the other places it speaks of), its rule's code, a
    /// severity on GitLab's scale (<c>major</c> for errors, <c>minor</c> for warnings, <c>info</c> for the rest), the
    /// file and the 1-based line and column (UTF-16, as the text format counts) where it starts and ends, and a
    /// fingerprint (<see cref="DiagnosticFingerprints"/>) by which GitLab tells an issue already on the target branch
    /// from a new one. The <c>type</c> and <c>categories</c> GitLab ignores are there for other readers of Code
    /// Climate's format, which requires them. The file is named from the repository's root (<see cref="ReportPaths"/>).
    /// </summary>
    public static string Write(IReadOnlyList<CheckedFile> results, ReportPaths paths)
    {
        var fingerprints = new DiagnosticFingerprints(paths);
        return ReportJson.Text(json =>
        {
            json.WriteStartArray();
            foreach (var (path, analysis, diagnostics) in results)
            {
                var reported = paths.Name(path);
                foreach (var diagnostic in diagnostics)
                {
                    var (start, end) = (analysis.Lines.GetPosition(diagnostic.Span.Start), analysis.Lines.GetPosition(diagnostic.Span.End));
                    json.WriteStartObject();
                    json.WriteString("type", "issue");
                    json.WriteString("description", analysis.MessageWithRelatedLines(diagnostic));
                    json.WriteString("check_name", diagnostic.Code);
                    json.WriteStartArray("categories");
                    json.WriteStringValue(StatementRules.IsAboutRelease(diagnostic.Code) ? "Compatibility" : "Bug Risk");
                    json.WriteEndArray();
                    json.WriteString("fingerprint", fingerprints.Of(path, analysis, diagnostic));
                    json.WriteString("severity", diagnostic.Severity switch
                    {
                        DiagnosticSeverity.Error => "major",
                        DiagnosticSeverity.Warning => "minor",
                        _ => "info",
                    });
                    json.WriteStartObject("location");
                    json.WriteString("path", reported);
                    json.WriteStartObject("positions");
                    WritePosition(json, "begin", start);
                    WritePosition(json, "end", end);
                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteEndObject();
                }
            }
            json.WriteEndArray();
        });
    }

    private static void WritePosition(Utf8JsonWriter json, string name, LinePosition position)
    {
        json.WriteStartObject(name);
        json.WriteNumber("line", position.Line + 1);
        json.WriteNumber("column", position.Character + 1);
        json.WriteEndObject();
    }
}
