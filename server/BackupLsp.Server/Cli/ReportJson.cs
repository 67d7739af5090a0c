using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using BackupLsp.Language.Analysis;

namespace BackupLsp.Server.Cli;

/// <summary>What the check command's JSON reports (json, SARIF, GitLab) share: how a document is written, a severity's name.</summary>
internal static class ReportJson
{
    /// <summary>
    /// An indented JSON document as <paramref name="write"/> writes it, as text with a final line break. Relaxed escaping:
    /// quotes, <c>&lt; &gt; &amp;</c> and non-ASCII letters stay as they are, readable and greppable; the output is not for HTML.
    /// </summary>
    public static string Text(Action<Utf8JsonWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
            write(json);
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    /// <summary>A severity as the reports name it.</summary>
    public static string SeverityName(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Information => "information",
        _ => "hint",
    };
}
