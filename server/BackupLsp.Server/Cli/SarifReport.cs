using System.Text.Json;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Rules;
using BackupLsp.Language.Text;
using BackupLsp.Server.Files;

namespace BackupLsp.Server.Cli;

/// <summary>
/// The check's findings as one SARIF 2.1.0 log, the format code scanning reads (GitHub's upload-sarif, GitLab, Azure
/// DevOps): every rule with its code, name, summary and default level; each diagnostic as a result with its region
/// (1-based lines and columns in UTF-16 code units, the end column exclusive), the earlier statements it speaks of as
/// related locations, and its quick fixes as proposed replacements.
/// </summary>
internal static class SarifReport
{
    private const string SchemaUri = "https://json.schemastore.org/sarif-2.1.0.json";

    /// <summary>The base the relative paths are given from: the repository's root (<see cref="ReportPaths.Base"/>).</summary>
    private const string SourceRoot = "%SRCROOT%";

    /// <summary>
    /// Standard input's location. It is no file of the repository, so no reference from <see cref="SourceRoot"/> (which
    /// would name a file there) but an absolute URI outside it, which code scanning keeps as a file made during the build:
    /// one of another scheme than <c>file:</c> would have the upload refused.
    /// </summary>
    private const string StandardInputUri = "file:///dev/stdin";

    /// <summary>The kind and version of <see cref="DiagnosticFingerprints"/>' fingerprints, as SARIF names a partial fingerprint.</summary>
    private const string FingerprintName = "backupLspDiagnostic/v1";

    /// <param name="category">The run's category (<c>--sarif-category</c>), under which code scanning keeps its alerts; none by
    /// default, for upload-sarif fills in its own <c>category</c> only in a run that has none.</param>
    /// <param name="notices">What the check told on standard error (no catalog found, a file not valid UTF-8, ...): the
    /// run's tool notifications, which code scanning shows with the run.</param>
    public static string Write(IReadOnlyList<CheckedFile> results, IReadOnlyList<CheckNotice> notices,
        ReportPaths paths, string? category)
    {
        var ruleIndexes = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < StatementRules.All.Count; i++)
            ruleIndexes[StatementRules.All[i].Code] = i;

        return ReportJson.Text(json =>
        {
            json.WriteStartObject();
            json.WriteString("$schema", SchemaUri);
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();
            WriteTool(json);
            if (category is not null)
            {
                json.WriteStartObject("automationDetails");
                json.WriteString("id", category);
                json.WriteEndObject();
            }
            // A relative path is named from the repository's root; an absolute one stays a file: URI, which code scanning
            // takes from the checkout's folder.
            string Named(string path) => Path.IsPathRooted(path) ? path : paths.Name(path);
            // The scripts, and the files notifications point at.
            IEnumerable<string> files = [.. results.Select(r => r.Path), .. notices.Select(n => n.File).OfType<string>()];
            if (paths.Base is { } root && files.Any(path => IsRelative(ArtifactUri(Named(path)))))
            {
                // Where the relative paths start: a viewer opens the files from it, code scanning from the repository's root.
                json.WriteStartObject("originalUriBaseIds");
                json.WriteStartObject(SourceRoot);
                json.WriteString("uri", FolderUri(root));
                json.WriteEndObject();
                json.WriteEndObject();
            }
            WriteInvocation(json, notices, Named);
            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            var fingerprints = new DiagnosticFingerprints(paths);
            foreach (var (path, analysis, diagnostics) in results)
            {
                var uri = ArtifactUri(Named(path));
                foreach (var diagnostic in diagnostics)
                    WriteResult(json, diagnostic, uri, analysis, ruleIndexes, fingerprints.Of(path, analysis, diagnostic));
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        });
    }

    private static void WriteTool(Utf8JsonWriter json)
    {
        json.WriteStartObject("tool");
        json.WriteStartObject("driver");
        json.WriteString("name", "backup-lsp");
        json.WriteString("fullName", $"backup-lsp check{(ToolInfo.Version is { } shown ? $" {shown}" : "")}: StarRocks backup and restore SQL");
        if (ToolInfo.Version is { } version)
            json.WriteString("version", version);
        json.WriteStartArray("rules");
        foreach (var rule in StatementRules.All)
        {
            json.WriteStartObject();
            json.WriteString("id", rule.Code);
            json.WriteString("name", rule.Name);
            // The title code scanning shows as the alert's.
            WriteMessage(json, "shortDescription", rule.Title);
            WriteMessage(json, "fullDescription", rule.Summary);
            json.WriteStartObject("help");
            json.WriteString("text", $"{rule.Summary}\n\n{Help(rule, word => word)}");
            json.WriteString("markdown", $"{rule.Summary}\n\n{Help(rule, word => $"`{word}`")}");
            json.WriteEndObject();
            json.WriteStartObject("defaultConfiguration");
            json.WriteString("level", Level(rule.DefaultSeverity));
            json.WriteEndObject();
            json.WriteEndObject();
        }
        json.WriteEndArray();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>
    /// What the check told on the way, as notifications; the run was not successful when a path could not be read (its
    /// error among them), though the scripts that could be were checked. A settings or catalog file that cannot be read is
    /// the notification's location (and the line where its JSON breaks, if it does), which a viewer opens.
    /// </summary>
    private static void WriteInvocation(Utf8JsonWriter json, IReadOnlyList<CheckNotice> notices, Func<string, string> named)
    {
        json.WriteStartArray("invocations");
        json.WriteStartObject();
        json.WriteBoolean("executionSuccessful", !notices.Any(notice => notice.Level == NoticeLevel.Error));
        if (notices.Count > 0)
        {
            json.WriteStartArray("toolExecutionNotifications");
            foreach (var (level, text, file, line) in notices)
            {
                json.WriteStartObject();
                json.WriteString("level", level switch { NoticeLevel.Error => "error", NoticeLevel.Warning => "warning", _ => "note" });
                WriteMessage(json, "message", text);
                if (file is not null)
                {
                    json.WriteStartArray("locations");
                    json.WriteStartObject();
                    json.WriteStartObject("physicalLocation");
                    WriteArtifactLocation(json, ArtifactUri(named(file)));
                    if (line is { } number)
                    {
                        json.WriteStartObject("region");
                        json.WriteNumber("startLine", number);
                        json.WriteEndObject();
                    }
                    json.WriteEndObject();
                    json.WriteEndObject();
                    json.WriteEndArray();
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        json.WriteEndObject();
        json.WriteEndArray();
    }

    private static void WriteResult(Utf8JsonWriter json, Diagnostic diagnostic, string uri, DocumentAnalysis analysis, Dictionary<string, int> ruleIndexes,
        string fingerprint)
    {
        var lines = analysis.Lines;
        json.WriteStartObject();
        json.WriteString("ruleId", diagnostic.Code);
        json.WriteNumber("ruleIndex", ruleIndexes[diagnostic.Code]);
        json.WriteString("level", Level(diagnostic.Severity));
        WriteMessage(json, "message", diagnostic.Message);
        json.WriteStartObject("partialFingerprints");
        json.WriteString(FingerprintName, fingerprint);
        json.WriteEndObject();
        json.WriteStartArray("locations");
        json.WriteStartObject();
        WritePhysicalLocation(json, uri, lines, diagnostic.Span);
        json.WriteEndObject();
        json.WriteEndArray();
        if (!diagnostic.Related.IsEmpty)
        {
            json.WriteStartArray("relatedLocations");
            for (var i = 0; i < diagnostic.Related.Length; i++)
            {
                json.WriteStartObject();
                json.WriteNumber("id", i);
                WritePhysicalLocation(json, uri, lines, diagnostic.Related[i].Span);
                WriteMessage(json, "message", diagnostic.Related[i].Message);
                json.WriteEndObject();
            }
            json.WriteEndArray();
        }
        if (!diagnostic.Fixes.IsEmpty)
            WriteFixes(json, diagnostic.Fixes, uri, analysis);
        json.WriteEndObject();
    }

    /// <summary>
    /// Each fix as one change to the file: the regions it replaces (an empty one is an insertion point) and the text put
    /// there, with the file's own line breaks.
    /// </summary>
    private static void WriteFixes(Utf8JsonWriter json, IEnumerable<CodeFix> fixes, string uri, DocumentAnalysis analysis)
    {
        json.WriteStartArray("fixes");
        foreach (var fix in fixes)
        {
            json.WriteStartObject();
            WriteMessage(json, "description", fix.Title);
            json.WriteStartArray("artifactChanges");
            json.WriteStartObject();
            WriteArtifactLocation(json, uri);
            json.WriteStartArray("replacements");
            foreach (var edit in fix.Edits)
            {
                json.WriteStartObject();
                WriteRegion(json, "deletedRegion", analysis.Lines, edit.Span);
                json.WriteStartObject("insertedContent");
                json.WriteString("text", analysis.AsWritten(edit).NewText);
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        json.WriteEndArray();
    }

    private static void WritePhysicalLocation(Utf8JsonWriter json, string uri, LineIndex lines, TextSpan span)
    {
        json.WriteStartObject("physicalLocation");
        WriteArtifactLocation(json, uri);
        WriteRegion(json, "region", lines, span);
        json.WriteEndObject();
    }

    private static void WriteArtifactLocation(Utf8JsonWriter json, string uri)
    {
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", uri);
        if (IsRelative(uri))
            json.WriteString("uriBaseId", SourceRoot);
        else if (uri == StandardInputUri)
            WriteMessage(json, "description", "standard input");
        json.WriteEndObject();
    }

    private static void WriteRegion(Utf8JsonWriter json, string name, LineIndex lines, TextSpan span)
    {
        var (start, end) = (lines.GetPosition(span.Start), lines.GetPosition(span.End));
        json.WriteStartObject(name);
        json.WriteNumber("startLine", start.Line + 1);
        json.WriteNumber("startColumn", start.Character + 1);
        json.WriteNumber("endLine", end.Line + 1);
        json.WriteNumber("endColumn", end.Character + 1);
        json.WriteEndObject();
    }

    /// <summary>The rule's code, name and default level, and how to set another (<paramref name="code"/> marks up a word to type).</summary>
    private static string Help(RuleDescriptor rule, Func<string, string> code)
    {
        var setting = StatementRules.WhyNotConfigurable(rule.Code) is null
            ? $"set another with {code($"--rule {rule.Code}=LEVEL")} on the command line, or {code("starrocksBackup.ruleSeverity")} in the editor"
            : "it is always reported";
        return $"{code(rule.Code)} ({rule.Name}): {ReportJson.SeverityName(rule.DefaultSeverity)} by default; {setting}.";
    }

    private static void WriteMessage(Utf8JsonWriter json, string name, string text)
    {
        json.WriteStartObject(name);
        json.WriteString("text", text);
        json.WriteEndObject();
    }

    /// <summary>SARIF has no level below a note: information and hints are notes, as the GitHub format's notices.</summary>
    private static string Level(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        _ => "note",
    };

    private static bool IsRelative(string uri) => !uri.StartsWith("file:", StringComparison.Ordinal);

    /// <summary>A folder's <c>file:</c> URI, which ends in a slash (the root's, <c>file:///</c>, has its own).</summary>
    internal static string FolderUri(string folder) =>
        FileUris.FromPath(Path.TrimEndingDirectorySeparator(folder)) is var uri && uri.EndsWith('/') ? uri : uri + "/";

    /// <summary>
    /// A path as the URI SARIF wants: an absolute one as a <c>file:</c> URI, a relative one as a reference relative to
    /// <see cref="SourceRoot"/> (code scanning resolves it from the repository's root), each segment percent-encoded;
    /// standard input as <see cref="StandardInputUri"/>.
    /// </summary>
    internal static string ArtifactUri(string path)
    {
        if (path == InputFiles.StdinName)
            return StandardInputUri;
        if (Path.IsPathRooted(path))
            return FileUris.FromPath(Path.GetFullPath(path));
        var segments = path.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        return string.Join('/', segments.Select(Uri.EscapeDataString));
    }
}
