using System.Text.Json;
using BackupLsp.Language.Analysis;
using BackupLsp.Server.Files;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;
using LspDiagnostic = BackupLsp.Server.Protocol.Diagnostic;

namespace BackupLsp.Server.Handlers.Diagnostics;

/// <summary>
/// The workspace's diagnostics for a client that does not pull them (Neovim, eglot, Vim's clients): when the settings ask
/// for the workspace (<c>diagnosticMode</c>), those of each script of the workspace folders that is not open, as saved,
/// made as for a workspace pull (<see cref="WorkspaceScriptDiagnostics"/>) and published without a version. The workspace
/// is looked at again after each change a held pull would be answered for (<see cref="WorkspaceChanges"/>), and after a
/// while at most for a change no one told; only what changed is published: an empty list for a script whose diagnostics
/// went (fixed, deleted, its folder removed, the workspace no longer reported), nothing for one whose diagnostics stay the
/// same. One look at a time, its walk off the message queue. An open document's diagnostics are its own
/// (<see cref="DiagnosticsPublisher"/>, with its version); once it is closed its saved file's are published here.
/// </summary>
public sealed class WorkspaceDiagnosticsPublisher(LanguageServer server)
{
    /// <summary>
    /// What the client was last sent for a script that is not open, under the URI it was sent with; the result id it was
    /// made under. A script without one shows nothing. No JSON: a document closed, whose diagnostics the client shows
    /// until the next look publishes those of its saved file.
    /// </summary>
    private sealed record Published(string Uri, string? ResultId, string? Json);

    private readonly Lock _gate = new();
    private readonly Dictionary<string, Published> _published = new(FileUris.PathComparer);
    private readonly HashSet<string> _open = new(FileUris.PathComparer);
    private readonly CancellationTokenSource _stopped = new();

    /// <summary>A document opened: its own diagnostics, with its version, replace those of its saved file.</summary>
    public void Opened(string uri)
    {
        if (FileUris.ToPath(uri) is not { } path)
            return;
        lock (_gate)
        {
            _open.Add(path);
            _published.Remove(path);
        }
    }

    /// <summary>
    /// A script closed. Returns whether its diagnostics are to stay until the next look publishes those of its saved file
    /// (or an empty list, for a file that is no script of the workspace): the client is pushed to and the workspace is
    /// reported. Otherwise they are to be cleared.
    /// </summary>
    public bool Closed(string uri)
    {
        if (FileUris.ToPath(uri) is not { } path)
            return false;
        lock (_gate)
        {
            _open.Remove(path);
            if (server.Client.PullDiagnostics || !server.ReportsWorkspace)
                return false;
            _published[path] = new Published(uri, null, null);
            return true;
        }
    }

    /// <summary>
    /// Publishes the workspace's diagnostics once the settings are in, then again after every change, or after
    /// <see cref="LanguageServer.LongestWorkspacePullHold"/> at most where the client watches the scripts for the server
    /// (<see cref="LanguageServer.UnwatchedWorkspaceInterval"/> where it does not; no longest wait where the workspace is
    /// not reported), until the server stops. Started on
    /// the message queue: each look takes the workspace as the messages before it left it.
    /// </summary>
    public async Task RunAsync()
    {
        if (server.Client.PullDiagnostics)
            return;
        var changes = server.WorkspaceChanges;
        try
        {
            await server.SettingsReceived.WaitAsync(_stopped.Token);
            while (server.IsRunning && server.Connection.IsConnected)
            {
                var seen = changes.Count;
                try
                {
                    await LookAsync();
                    // Where the settings do not ask for the workspace, nothing is looked at until they change.
                    var longest = !server.ReportsWorkspace ? Timeout.InfiniteTimeSpan
                        : changes.Holding ? server.LongestWorkspacePullHold : server.UnwatchedWorkspaceInterval;
                    await changes.AfterAsync(seen, longest, _stopped.Token);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    server.Log.Error("workspace diagnostics failed (looked at again at the next change)", e);
                    // Not at once: a failure that stays would fill the log.
                    await changes.AfterAsync(seen, Timeout.InfiniteTimeSpan, _stopped.Token);
                }
            }
        }
        catch (OperationCanceledException)
        {
            // The server stopped.
        }
        catch (Exception e)
        {
            server.Log.Error("workspace diagnostics are no longer published", e);
        }
    }

    /// <summary>Publishes what changed in the workspace as the messages before this one left it.</summary>
    private Task LookAsync()
    {
        var (folders, contextOf) = server.WorkspaceToReport();
        HashSet<string> open;
        lock (_gate)
            open = new HashSet<string>(_open, FileUris.PathComparer);
        var related = server.Client.DiagnosticRelatedInformation;
        return Task.Run(() => PublishChangesAsync(folders, open, contextOf, related, _stopped.Token), _stopped.Token);
    }

    /// <summary>Ends <see cref="RunAsync"/>.</summary>
    public void Stop() => _stopped.Cancel();

    private async Task PublishChangesAsync(IReadOnlyList<string> folders, IReadOnlySet<string> open, Func<string, AnalysisContext> contextOf,
        bool related, CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(FileUris.PathComparer);
        foreach (var (path, resultId, items) in server.WorkspaceDiagnostics.Current(folders, open, contextOf, related, cancellationToken))
        {
            seen.Add(path);
            if (Publish(path, resultId, items) is { } sent)
                await sent;
        }
        // A script this look took for open, and closed since, is left to the next look: cleared now, it would show no
        // diagnostics until then.
        List<string> gone;
        lock (_gate)
            gone = [.. _published.Keys.Where(path => !seen.Contains(path) && !open.Contains(path))];
        foreach (var path in gone)
            if (Publish(path, null, []) is { } sent)
                await sent;
    }

    /// <summary>
    /// Publishes a script's diagnostics unless the client shows them already, or the script is open.
    /// <paramref name="resultId"/>: what they were made under, null for none (the script is gone).
    /// </summary>
    /// <returns>The sending, or null when nothing is sent.</returns>
    private Task? Publish(string path, string? resultId, LspDiagnostic[] items)
    {
        lock (_gate)
            if (_open.Contains(path) || (_published.GetValueOrDefault(path) is { } known
                    ? resultId is not null && known.ResultId == resultId
                    : items.Length == 0))
                return null;
        // Written outside the lock, which a document's opening or closing on the message queue takes.
        var json = items.Length == 0 ? "" : JsonSerializer.Serialize(items, LspJsonContext.Default.DiagnosticArray);
        lock (_gate)
        {
            if (_open.Contains(path))
                return null;
            var known = _published.GetValueOrDefault(path);
            // Made again (new settings, the file touched) to the same diagnostics.
            if (known is null ? json.Length == 0 : known.Json == json)
            {
                if (known is not null)
                    _published[path] = known with { ResultId = resultId };
                return null;
            }
            var uri = known?.Uri ?? FileUris.FromPath(path);
            if (json.Length == 0)
                _published.Remove(path);
            else
                _published[path] = new Published(uri, resultId, json);
            // Sent under the lock: a document opened after this look is published after it, with its version.
            return server.Connection.NotifyAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(uri, null, DiagnosticList.Of(items)));
        }
    }
}
