using System.Diagnostics;
using BackupLsp.Server.Files;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;

namespace BackupLsp.Server.Handlers.Diagnostics;

/// <summary>
/// <c>workspace/diagnostic</c>: the diagnostics of the workspace folders' scripts that are not open, when the settings ask
/// for the workspace (<c>diagnosticMode</c>); an open document's come from its own pull. A script whose result id the
/// client sends back unchanged is answered as such. A pull with nothing new to say (every report unchanged) is held, as
/// the specification means a workspace pull to be, until something that may change it happens
/// (<see cref="WorkspaceChanges"/>): VS Code asks again two seconds after every answer, and each answer costs a walk of
/// the folders' listings and a look at each script's size and time. The first pull, and every pull of a client that
/// does not watch the scripts for the server, is answered at once.
/// </summary>
public sealed class WorkspaceDiagnosticsHandler(LanguageServer server)
{
    private int _pulled;

    [JsonRpcMethod("workspace/diagnostic", UseSingleObjectParameterDeserialization = true)]
    public async Task<WorkspaceDiagnosticReport> DiagnoseAsync(WorkspaceDiagnosticParams request, CancellationToken cancellationToken)
    {
        server.RequireRunning();
        // At startup the report waits for the client's settings: they say whether to report the workspace, and with which catalogs.
        await server.SettingsReceived.WaitAsync(cancellationToken);
        var previous = new Dictionary<string, string>(FileUris.PathComparer);
        foreach (var id in request.PreviousResultIds ?? [])
            if (FileUris.ToPath(id?.Uri) is { } path && id!.Value is not null)
                previous[path] = id.Value;
        var first = Interlocked.Exchange(ref _pulled, 1) == 0;
        var changes = server.WorkspaceChanges;
        var held = Stopwatch.StartNew();
        // The awaits keep to the message queue, so that each look at the workspace follows the changes told before it.
        var (seen, closed, reports) = await ReportsAsync(previous, cancellationToken);
        // An unchanged report carries no items.
        while (!first && changes.Holding && reports.TrueForAll(report => report.Items is null))
        {
            var changed = await changes.AfterAsync(seen, server.LongestWorkspacePullHold - held.Elapsed, cancellationToken);
            if (!changes.Holding)
                break;
            (seen, closed, reports) = await ReportsAsync(previous, cancellationToken);
            // Held for long enough: answered, unchanged or not, so that a change the client's watch missed shows in time.
            if (!changed)
                break;
        }
        server.WorkspaceDiagnostics.Reported(closed);
        return new WorkspaceDiagnosticReport([.. reports]);
    }

    /// <summary>The reports as the workspace is now, how many changes had been told when it was looked at, and the closed documents they cover.</summary>
    private async Task<(long Seen, IReadOnlyList<string> Closed, List<WorkspaceDocumentDiagnosticReport> Reports)> ReportsAsync(IReadOnlyDictionary<string, string> previous,
        CancellationToken cancellationToken)
    {
        var seen = server.WorkspaceChanges.Count;
        var open = server.Documents.All.Select(snapshot => FileUris.ToPath(snapshot.Uri)).OfType<string>().ToHashSet(FileUris.PathComparer);
        var closed = server.WorkspaceDiagnostics.ClosedToReport();
        var (folders, contextOf) = server.WorkspaceToReport();
        var related = server.Client.DiagnosticRelatedInformation;
        var reports = await server.ReadOffQueueAsync("workspace diagnostics failed",
            () => server.WorkspaceDiagnostics.Reports(folders, open, closed, contextOf, previous, related, cancellationToken), cancellationToken);
        return (seen, closed, reports);
    }
}
