using BackupLsp.Server.Documents;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;

namespace BackupLsp.Server.Handlers.Diagnostics;

/// <summary>
/// <c>textDocument/diagnostic</c>: the result id is the snapshot's id, so an unchanged document costs nothing. A pull
/// before the client has given the document's settings, at startup or in a folder just added, waits for them
/// (<see cref="LanguageServer.SettingsReceivedFor"/>).
/// </summary>
public sealed class PullDiagnosticsHandler(LanguageServer server)
{
    [JsonRpcMethod("textDocument/diagnostic", UseSingleObjectParameterDeserialization = true)]
    public async Task<DocumentDiagnosticReport> DiagnoseAsync(DocumentDiagnosticParams request, CancellationToken cancellationToken)
    {
        server.RequireRunning();
        if (request.TextDocument?.Uri is not { } uri)
            throw ProtocolErrors.InvalidParams("textDocument.uri is required");
        // Once the client has given the document's settings: the document is then the one it opened or edited since, moved
        // to them (the wait keeps to the message queue, so the document is found as the messages before left it).
        await server.SettingsReceivedFor(uri).WaitAsync(cancellationToken);
        // A file that is not an open script may be a catalog that fails to load: its diagnostic is pushed while the file is
        // not open (clients pull only the documents they give the server), and pulled from it while it is.
        if (server.Documents.Find(uri) is not { } snapshot || !server.IsScript(snapshot))
            return DocumentDiagnosticReport.Full("", server.CatalogFileDiagnostics(uri));
        var resultId = snapshot.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (request.PreviousResultId == resultId)
            return DocumentDiagnosticReport.Unchanged(resultId);
        return await Task.Run(async () =>
        {
            await snapshot.AnalysedAsync(computeOnThisThread: true).WaitAsync(cancellationToken).ConfigureAwait(false);
            var report = DocumentDiagnosticReport.Full(resultId, DiagnosticsReport.Build(snapshot, server.Log, server.Client.DiagnosticRelatedInformation));
            // This request counts among those unanswered until its answer is written.
            if (DocumentOpening.CollectsAfter(snapshot))
                _ = server.Connection.WhenAnswered().ContinueWith(_ => server.AfterLargeOpen(), TaskScheduler.Default);
            return report;
        }, cancellationToken).ConfigureAwait(false);
    }
}
