using BackupLsp.Server.Files;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;

namespace BackupLsp.Server.Handlers.Diagnostics;

/// <summary>
/// <c>workspace/diagnostic</c>: the diagnostics of the workspace folders' scripts that are not open, when the settings ask
/// for the workspace (<c>diagnosticMode</c>); an open document's come from its own pull. A script whose result id the
/// client sends back unchanged is answered as such, so a client that pulls every few seconds (VS Code) costs a walk of
/// the folders' listings and a look at each script's size and time.
/// </summary>
public sealed class WorkspaceDiagnosticsHandler(LanguageServer server)
{
    [JsonRpcMethod("workspace/diagnostic", UseSingleObjectParameterDeserialization = true)]
    public async Task<WorkspaceDiagnosticReport> DiagnoseAsync(WorkspaceDiagnosticParams request, CancellationToken cancellationToken)
    {
        server.RequireRunning();
        var previous = new Dictionary<string, string>(FileUris.PathComparer);
        foreach (var id in request.PreviousResultIds ?? [])
            if (FileUris.ToPath(id?.Uri) is { } path && id!.Value is not null)
                previous[path] = id.Value;
        var open = server.Documents.All.Select(snapshot => FileUris.ToPath(snapshot.Uri)).OfType<string>().ToHashSet(FileUris.PathComparer);
        var (folders, contextOf) = server.WorkspaceToReport();
        var related = server.Client.DiagnosticRelatedInformation;
        var reports = await server.ReadOffQueueAsync("workspace diagnostics failed",
            () => server.WorkspaceDiagnostics.Reports(folders, open, contextOf, previous, related, cancellationToken), cancellationToken).ConfigureAwait(false);
        return new WorkspaceDiagnosticReport([.. reports]);
    }
}
