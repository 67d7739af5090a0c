using BackupLsp.Language.Analysis;
using BackupLsp.Server.Documents;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;

namespace BackupLsp.Server.Hosting;

/// <summary>Read requests: on a document's snapshot, off the ordered context, cancellable.</summary>
public sealed partial class LanguageServer
{
    /// <summary>
    /// Runs a read request on the current snapshot of a document, off the ordered context so that reads run in
    /// parallel. <paramref name="whenNotOpen"/> answers for a document the client has not opened, and for one that is no
    /// script (<see cref="IsScript"/>): JSON read as SQL would answer with keywords and statements it does not hold. A
    /// request whose answer the settings decide (the catalog's names, the release) says so with <paramref name="afterSettings"/>:
    /// it waits for the document's settings as the diagnostics do, at startup and in a folder just added
    /// (<see cref="SettingsReceivedFor"/>).
    /// </summary>
    public async Task<T> ReadAsync<T>(TextDocumentIdentifier? document, T whenNotOpen,
        Func<DocumentSnapshot, DocumentAnalysis, T> read, CancellationToken cancellationToken, bool afterSettings = false)
    {
        RequireRunning();
        if (document?.Uri is null)
            throw ProtocolErrors.InvalidParams("textDocument.uri is required");
        if (Documents.Find(document.Uri) is not { } snapshot || !IsScript(snapshot))
            return whenNotOpen;
        if (afterSettings && SettingsReceivedFor(snapshot.Uri) is { IsCompleted: false } settings)
            snapshot = await InSettingsAsync(snapshot, settings, cancellationToken).ConfigureAwait(false);
        // A request cancelled already starts no analysis; one cancelled while the analysis it waits for runs is answered at
        // once: the analysis goes on, since the snapshot keeps it (and its statements are reused by the next version's).
        cancellationToken.ThrowIfCancellationRequested();
        await snapshot.AnalysedAsync().WaitAsync(cancellationToken).ConfigureAwait(false);
        return await ReadOffQueueAsync($"request failed on {snapshot.Uri} (version {snapshot.Version})", () =>
        {
            var analysis = snapshot.Analysis;
            cancellationToken.ThrowIfCancellationRequested();
            return read(snapshot, analysis);
        }, cancellationToken).WaitAsync(cancellationToken).ConfigureAwait(false);
    }

    /// <summary>
    /// Waits for the document's <paramref name="settings"/>, then gives <paramref name="asked"/>'s text in their context: the
    /// snapshot they moved it to or, for a document edited or closed meanwhile, one of its own (the request's positions are
    /// that text's).
    /// </summary>
    private async Task<DocumentSnapshot> InSettingsAsync(DocumentSnapshot asked, Task settings, CancellationToken cancellationToken)
    {
        // The wait keeps to the message queue, where the documents and the folders' contexts change.
        await settings.WaitAsync(cancellationToken);
        return Documents.Find(asked.Uri) is { } moved && moved.Version == asked.Version && ReferenceEquals(moved.Text, asked.Text)
            ? moved
            : asked.WithContext(_catalogs.ContextFor(asked.Uri));
    }

    /// <summary>
    /// Runs a read request's work off the ordered context, so that reads run in parallel; a failure is logged as
    /// <paramref name="failure"/> and answered as an error.
    /// </summary>
    public Task<T> ReadOffQueueAsync<T>(string failure, Func<T> read, CancellationToken cancellationToken) =>
        Task.Run(() =>
        {
            try
            {
                var result = read();
                // A request cancelled while it was computed is answered as cancelled, not with its result.
                cancellationToken.ThrowIfCancellationRequested();
                return result;
            }
            // A LocalRpcException is a deliberate answer (bad params, a refused rename), not a failure.
            catch (Exception e) when (e is not (OperationCanceledException or LocalRpcException))
            {
                Log.Error(failure, e);
                throw;
            }
        }, cancellationToken);
}
