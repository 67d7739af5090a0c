using System.Collections.Concurrent;
using BackupLsp.Server.Documents;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;

namespace BackupLsp.Server.Handlers.Diagnostics;

/// <summary>
/// Pushes diagnostics to clients that do not pull them. Each document has at most one pending run: a newer
/// snapshot cancels the older run, and a run checks that it is still the latest and starts sending under the same lock
/// as that cancelling, so stale results never reach the client after newer ones (nor after a close). A run starts
/// only after the messages already received (it queues behind them on the ordered message context): that is its
/// debounce, so a burst of edits is analysed once without a timer delaying every single keystroke.
/// </summary>
public sealed class DiagnosticsPublisher(LanguageServer server, SynchronizationContext messageQueue)
{
    private readonly ConcurrentDictionary<string, CancellationTokenSource> _pending = new();
    private readonly ConcurrentDictionary<string, DiagnosticsJson> _published = new();
    /// <summary>Held to take a run over (or close a document) and to send a run's result: a send starts only for the latest run.</summary>
    private readonly Lock _sending = new();

    /// <summary>
    /// Publishes the diagnostics of the snapshot once analysed; those of a document that is no script at once: its
    /// catalog's (as read from disk, without a version), or none.
    /// </summary>
    public void Schedule(DocumentSnapshot snapshot)
    {
        if (server.Client.PullDiagnostics)
            return;
        if (!server.IsScript(snapshot))
        {
            Clear(snapshot.Uri);
            return;
        }
        var run = new CancellationTokenSource();
        lock (_sending)
        {
            if (_pending.TryGetValue(snapshot.Uri, out var previous))
                previous.Cancel();
            _pending[snapshot.Uri] = run;
        }
        messageQueue.Post(_ =>
        {
            if (run.IsCancellationRequested)
                return;
            // Asked here, on the message queue, where the folders change.
            var settings = server.SettingsReceivedFor(snapshot.Uri);
            _ = Task.Run(() => PublishAsync(snapshot, settings, run));
        }, null);
    }

    /// <summary>
    /// Cancels any pending run and clears the document's diagnostics in the client, but for those of a catalog file that
    /// fails to load: these are shown whether or not the file is open.
    /// </summary>
    public void Clear(string uri)
    {
        if (server.Client.PullDiagnostics)
            return;
        lock (_sending)
        {
            Forget(uri);
            _ = Notify(new PublishDiagnosticsParams(uri, null, DiagnosticList.Of(server.CatalogFileDiagnostics(uri))));
        }
    }

    /// <summary>
    /// Cancels any pending run of a closed document and leaves its diagnostics in the client as they are, for those of its
    /// saved file to replace (<see cref="WorkspaceDiagnosticsPublisher"/>).
    /// </summary>
    public void Forget(string uri)
    {
        lock (_sending)
        {
            if (_pending.TryRemove(uri, out var previous))
                previous.Cancel();
            _published.TryRemove(uri, out _);
        }
    }

    private async Task PublishAsync(DocumentSnapshot snapshot, Task settings, CancellationTokenSource run)
    {
        try
        {
            // A run a newer snapshot took over before it began analyses nothing (the wait below returns at once where this
            // thread computed the analysis, whatever the token says).
            run.Token.ThrowIfCancellationRequested();
            // Once the client has given the document's settings, at startup or in a folder just added: a document they move
            // is scheduled anew, this run cancelled.
            await settings.WaitAsync(run.Token).ConfigureAwait(false);
            await snapshot.AnalysedAsync(computeOnThisThread: true).WaitAsync(run.Token).ConfigureAwait(false);
            var diagnostics = DiagnosticsReport.Publishable(snapshot, server.Log, _published.GetOrAdd(snapshot.Uri, _ => new DiagnosticsJson()),
                server.Client.DiagnosticRelatedInformation);
            Task sent;
            lock (_sending)
            {
                run.Token.ThrowIfCancellationRequested();
                sent = Notify(new PublishDiagnosticsParams(snapshot.Uri, snapshot.Version, diagnostics));
            }
            if (DocumentOpening.CollectsAfter(snapshot))
                _ = sent.ContinueWith(_ => server.AfterLargeOpen(), CancellationToken.None, TaskContinuationOptions.OnlyOnRanToCompletion, TaskScheduler.Default);
        }
        catch (OperationCanceledException)
        {
            // A newer snapshot took over.
        }
        finally
        {
            _pending.TryRemove(new KeyValuePair<string, CancellationTokenSource>(snapshot.Uri, run));
            // A run that was still writing when its document closed must not keep that document's JSON.
            if (server.Documents.Find(snapshot.Uri) is null)
                _published.TryRemove(snapshot.Uri, out _);
        }
    }

    /// <returns>The sending, done once the message is written.</returns>
    private Task Notify(PublishDiagnosticsParams diagnostics)
    {
        var sent = server.Connection.NotifyAsync("textDocument/publishDiagnostics", diagnostics);
        _ = sent.ContinueWith(t => server.Log.Warning($"could not publish diagnostics: {t.Exception?.InnerException?.Message}"),
            TaskContinuationOptions.OnlyOnFaulted);
        return sent;
    }
}
