using System.Collections.Concurrent;
using System.Globalization;
using BackupLsp.Language.Analysis;
using BackupLsp.Server.Files;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;
using LspDiagnostic = BackupLsp.Server.Protocol.Diagnostic;

namespace BackupLsp.Server.Handlers.Diagnostics;

/// <summary>
/// The diagnostics of the workspace folders' scripts that are not open, as saved, for a workspace pull or for the pushes
/// of <see cref="WorkspaceDiagnosticsPublisher"/>: made and kept per file as <see cref="WorkspaceScriptFiles{T}"/> says,
/// under the analysis context of the script's folder (settings, catalog). Thread-safe; a pull runs one at a time (VS
/// Code's next waits for the answer), as does a look of the publisher.
/// </summary>
/// <param name="maxScripts">Scripts reported per pull at the most.</param>
public sealed class WorkspaceScriptDiagnostics(ServerLog log, int maxScripts = WorkspaceScripts.MaxScripts)
{
    /// <summary>
    /// The result id of a script's report that takes its diagnostics away (the file is gone, past a bound, open, or the
    /// workspace is no longer reported); a script reported so is not reported again until it has diagnostics.
    /// </summary>
    public const string Withdrawn = ResultIdPrefix;

    /// <summary>What every result id of a workspace report starts with: one the client sends back that starts otherwise is a document pull's.</summary>
    private const string ResultIdPrefix = "w-";

    private sealed record Report(string ResultId, LspDiagnostic[] Items);

    private readonly WorkspaceScriptFiles<Report> _files = new(log, "workspace diagnostics", maxScripts);

    // A statement cache of its own: scripts read once in a while must not push the open documents' statements out.
    private readonly DocumentAnalyzer _analyzer = new(new StatementCache());
    private long _lastResultId;

    // Documents closed since the client first pulled, by the URI it gave them, until a report covers them.
    private readonly ConcurrentDictionary<string, byte> _closed = new();
    private volatile bool _pulled;

    /// <summary>
    /// A document the client closed. A client that pulls the workspace's diagnostics keeps a closed document's last ones
    /// until a workspace report gives others (VS Code's does): the next pull reports it, from disk or empty.
    /// </summary>
    public void Closed(string uri)
    {
        if (_pulled)
            _closed[uri] = 0;
    }

    public void Opened(string uri) => _closed.TryRemove(uri, out _);

    /// <summary>
    /// The documents closed and not yet covered by a report, for the next one: read with the open documents, so that one
    /// closed in between is left out of neither (reported while the pull thinks it open, it would be left out and forgotten).
    /// They stay until <see cref="Reported"/>: a pull cancelled before its answer leaves them to the next.
    /// </summary>
    public IReadOnlyList<string> ClosedToReport()
    {
        _pulled = true;
        return [.. _closed.Keys];
    }

    /// <summary>The closed documents a report answered has covered (<see cref="ClosedToReport"/>).</summary>
    public void Reported(IReadOnlyList<string> closed)
    {
        foreach (var uri in closed)
            _closed.TryRemove(uri, out _);
    }

    /// <summary>
    /// A report for each script under <paramref name="folders"/> that is not among <paramref name="open"/>: unchanged where
    /// <paramref name="previous"/> (result ids by path) has its current result id, else full. Then an empty report for each
    /// script of <paramref name="previous"/>, and each of the <paramref name="closed"/> documents (<see cref="ClosedToReport"/>),
    /// that this pull does not report.
    /// </summary>
    /// <param name="folders">The workspace folders; none when the workspace is not to be reported.</param>
    /// <param name="contextOf">Each script's analysis context, by path.</param>
    /// <param name="related">Whether the client takes related places.</param>
    public List<WorkspaceDocumentDiagnosticReport> Reports(IReadOnlyList<string> folders, IReadOnlySet<string> open, IReadOnlyList<string> closed,
        Func<string, AnalysisContext> contextOf, IReadOnlyDictionary<string, string> previous, bool related, CancellationToken cancellationToken)
    {
        var reports = new List<WorkspaceDocumentDiagnosticReport>();
        var seen = new HashSet<string>(FileUris.PathComparer);
        foreach (var (path, resultId, items) in Current(folders, open, contextOf, related, cancellationToken))
        {
            seen.Add(path);
            var uri = FileUris.FromPath(path);
            reports.Add(previous.GetValueOrDefault(path) == resultId
                ? WorkspaceDocumentDiagnosticReport.Unchanged(uri, resultId)
                : WorkspaceDocumentDiagnosticReport.Full(uri, resultId, items));
        }
        var withdrawn = new HashSet<string>(FileUris.PathComparer);
        foreach (var (path, resultId) in previous)
            if (resultId != Withdrawn && resultId.StartsWith(ResultIdPrefix, StringComparison.Ordinal) && !seen.Contains(path) && !open.Contains(path)
                && withdrawn.Add(path))
                reports.Add(WorkspaceDocumentDiagnosticReport.Full(FileUris.FromPath(path), Withdrawn, []));
        foreach (var uri in closed)
        {
            var path = FileUris.ToPath(uri);
            if (path is null || (!seen.Contains(path) && !open.Contains(path) && withdrawn.Add(path)))
                reports.Add(WorkspaceDocumentDiagnosticReport.Full(uri, Withdrawn, []));
        }
        return reports;
    }

    /// <summary>
    /// Each script under <paramref name="folders"/> that is not among <paramref name="open"/>, with its diagnostics and
    /// their result id, which changes only when the script is analysed again. A walk enumerated to its end lets go of the
    /// scripts it did not meet.
    /// </summary>
    public IEnumerable<(string Path, string ResultId, LspDiagnostic[] Items)> Current(IReadOnlyList<string> folders, IReadOnlySet<string> open,
        Func<string, AnalysisContext> contextOf, bool related, CancellationToken cancellationToken) =>
        _files.Walk(folders, open, contextOf, (path, text, context) => Analyze(path, text, context, related), cancellationToken)
            .Select(script => (script.Path, script.Value.ResultId, script.Value.Items));

    private Report Analyze(string path, string text, AnalysisContext context, bool related)
    {
        var uri = FileUris.FromPath(path);
        var items = DiagnosticsReport.Build(() => _analyzer.Analyze(text, context), uri, uri, log, related);
        return new Report(ResultIdPrefix + Interlocked.Increment(ref _lastResultId).ToString(CultureInfo.InvariantCulture), items);
    }
}
