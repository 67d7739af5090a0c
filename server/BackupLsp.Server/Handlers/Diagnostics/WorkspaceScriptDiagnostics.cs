using System.Collections.Concurrent;
using System.Globalization;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Text;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;
using LspDiagnostic = BackupLsp.Server.Protocol.Diagnostic;

namespace BackupLsp.Server.Handlers.Diagnostics;

/// <summary>
/// The diagnostics of the workspace folders' scripts that are not open, as saved, for a workspace pull. Scripts are found
/// as workspace symbol search finds them (<see cref="ScriptFolders"/>, the same bounds); a script's diagnostics are made
/// the first time it is asked for and kept until the file's size or time of last write changes, or its folder's analysis
/// context (settings, catalog) is replaced. Thread-safe; a pull runs one at a time (VS Code's next waits for the answer).
/// </summary>
/// <param name="maxScripts">Scripts reported per pull at the most.</param>
public sealed class WorkspaceScriptDiagnostics(ServerLog log, int maxScripts = WorkspaceScripts.MaxScripts)
{
    /// <summary>
    /// The result id of a script's report that takes its diagnostics away (the file is gone, past a bound, open, or the
    /// workspace is no longer reported); a script reported so is not reported again until it has diagnostics.
    /// </summary>
    public const string Withdrawn = "w-";

    private sealed record Kept(DateTime LastWriteUtc, long Length, AnalysisContext Context, string ResultId, LspDiagnostic[] Items);

    /// <summary>How long a script may take to read: a FIFO named <c>*.sql</c> blocks its reader until something writes to it.</summary>
    private static readonly TimeSpan ReadPatience = TimeSpan.FromSeconds(5);

    private readonly ConcurrentDictionary<string, Kept> _kept = new(FileUris.PathComparer);
    private readonly FolderListings _listings = new();

    // Documents closed since the client first pulled, by the URI it gave them, until a report covers them.
    private readonly ConcurrentDictionary<string, byte> _closed = new();
    private volatile bool _pulled;

    // Paths whose reading did not finish: not read again (a blocked read keeps its thread).
    private readonly ConcurrentDictionary<string, byte> _unreadable = new(FileUris.PathComparer);

    // A statement cache of its own: scripts read once in a while must not push the open documents' statements out.
    private readonly DocumentAnalyzer _analyzer = new(new StatementCache());
    private long _lastResultId;
    private readonly HashSet<string> _told = [];

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
    /// A report for each script under <paramref name="folders"/> that is not among <paramref name="open"/>: unchanged where
    /// <paramref name="previous"/> (result ids by path) has its current result id, else full. Then an empty report for each
    /// script of <paramref name="previous"/>, and each document closed since, that this pull does not report.
    /// </summary>
    /// <param name="folders">The workspace folders; none when the workspace is not to be reported.</param>
    /// <param name="contextOf">Each script's analysis context, by path.</param>
    /// <param name="related">Whether the client takes related places.</param>
    public List<WorkspaceDocumentDiagnosticReport> Reports(IReadOnlyList<string> folders, IReadOnlySet<string> open,
        Func<string, AnalysisContext> contextOf, IReadOnlyDictionary<string, string> previous, bool related, CancellationToken cancellationToken)
    {
        _pulled = true;
        var reports = new List<WorkspaceDocumentDiagnosticReport>();
        var seen = new HashSet<string>(FileUris.PathComparer);
        var met = new HashSet<string>(FileUris.PathComparer);
        foreach (var path in folders.SelectMany(folder => ScriptsUnder(folder, met, cancellationToken)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (open.Contains(path) || seen.Contains(path))
                continue;
            if (seen.Count == maxScripts)
            {
                TellOnce($"workspace diagnostics: reported the first {maxScripts} scripts of the workspace, not the rest");
                break;
            }
            if (DiagnosticsOf(path, contextOf(path), related) is not { } kept)
                continue;
            seen.Add(path);
            var uri = FileUris.FromPath(path);
            reports.Add(previous.GetValueOrDefault(path) == kept.ResultId
                ? WorkspaceDocumentDiagnosticReport.Unchanged(uri, kept.ResultId)
                : WorkspaceDocumentDiagnosticReport.Full(uri, kept.ResultId, kept.Items));
        }
        var withdrawn = new HashSet<string>(FileUris.PathComparer);
        foreach (var (path, resultId) in previous)
            if (resultId != Withdrawn && resultId.StartsWith(Withdrawn, StringComparison.Ordinal) && !seen.Contains(path) && !open.Contains(path)
                && withdrawn.Add(path))
                reports.Add(WorkspaceDocumentDiagnosticReport.Full(FileUris.FromPath(path), Withdrawn, []));
        foreach (var uri in _closed.Keys)
        {
            _closed.TryRemove(uri, out _);
            var path = FileUris.ToPath(uri);
            if (path is null || (!seen.Contains(path) && !open.Contains(path) && withdrawn.Add(path)))
                reports.Add(WorkspaceDocumentDiagnosticReport.Full(uri, Withdrawn, []));
        }
        foreach (var path in _kept.Keys)
            if (!seen.Contains(path))
                _kept.TryRemove(path, out _);
        _listings.KeepOnly(met);
        return reports;
    }

    /// <summary>What the script's diagnostics are now; null when it cannot be read or is larger than a script is.</summary>
    private Kept? DiagnosticsOf(string path, AnalysisContext context, bool related)
    {
        try
        {
            var file = new FileInfo(path);
            if (file.Length > WorkspaceScripts.MaxScriptBytes)
                return null;
            if (_kept.TryGetValue(path, out var known) && known.LastWriteUtc == file.LastWriteTimeUtc && known.Length == file.Length
                && known.Context == context)
                return known;
            if (_unreadable.ContainsKey(path))
                return null;
            // Read as the CLI reads a script: what a byte order mark says, invalid UTF-8 as U+FFFD, no more than the bound.
            var reading = Task.Run(() => ScriptText.Read(path, WorkspaceScripts.MaxScriptBytes));
            if (!reading.Wait(ReadPatience))
            {
                _unreadable[path] = 0;
                TellOnce($"workspace diagnostics: {path} was not read within {ReadPatience.TotalSeconds:0} seconds (a FIFO?): left out");
                return null;
            }
            if (reading.Result is not var (text, _))
                return null;
            var uri = FileUris.FromPath(path);
            var items = DiagnosticsReport.Build(() => _analyzer.Analyze(text, context), uri, uri, log, related);
            var resultId = Withdrawn + Interlocked.Increment(ref _lastResultId).ToString(CultureInfo.InvariantCulture);
            var kept = new Kept(file.LastWriteTimeUtc, file.Length, context, resultId, items);
            _kept[path] = kept;
            return kept;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TellOnce($"workspace diagnostics: could not read {path}: {e.Message}");
            return null;
        }
    }

    private IEnumerable<string> ScriptsUnder(string folder, HashSet<string> met, CancellationToken cancellationToken) =>
        ScriptFolders.ScriptsUnder(folder, unlistable: null, WorkspaceScripts.MaxFolders,
            () => TellOnce($"workspace diagnostics: searched the first {WorkspaceScripts.MaxFolders} folders of {folder}, not the rest"),
            cancellationToken,
            directory =>
            {
                met.Add(directory);
                return _listings.List(directory);
            });

    /// <summary>A client pulls every few seconds: a bound met or a file unread is logged the first time, not on every pull.</summary>
    private void TellOnce(string message)
    {
        lock (_told)
            if (!_told.Add(message))
                return;
        log.Warning(message);
    }
}
