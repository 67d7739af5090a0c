using System.Security.Cryptography;
using System.Text;
using BackupLsp.Language.Analysis;

namespace BackupLsp.Server.Cli;

/// <summary>
/// Fingerprints by which code review tools tell a problem already known from a new one: a hash of the file, the rule, the
/// message, the text marked and how many diagnostics before it in the report say the same of the same text. No line
/// number, so a problem keeps its fingerprint when lines are added above it; no two diagnostics share one. The file is
/// named as <see cref="ReportPaths.Name"/> names it, relative to the repository's root, so that every report gives a
/// problem the same fingerprint, wherever the checkout lies.
/// </summary>
internal sealed class DiagnosticFingerprints(ReportPaths paths)
{
    private readonly Dictionary<string, int> _seen = new(StringComparer.Ordinal);

    /// <summary>The next diagnostic's fingerprint: 32 hexadecimal digits.</summary>
    public string Of(string path, DocumentAnalysis analysis, Diagnostic diagnostic)
    {
        var key = string.Join('\0', paths.Name(path), diagnostic.Code, diagnostic.Message, analysis.Text.ToString(diagnostic.Span));
        var occurrence = _seen[key] = _seen.GetValueOrDefault(key) + 1;
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"{key}\0{occurrence}")).AsSpan(0, 16));
    }
}
