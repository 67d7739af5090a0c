using BackupLsp.Language.Features;
using BackupLsp.Server.Documents;
using BackupLsp.Server.Files;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;

namespace BackupLsp.Server.Handlers.WorkspaceSymbol;

/// <summary>
/// <c>workspace/symbol</c>: the outline entries whose names match the query, from the open documents (as edited) and
/// then from the workspace folders' other <c>.sql</c> scripts (as saved).
/// </summary>
public sealed class WorkspaceSymbolHandler(LanguageServer server)
{
    /// <summary>Entries answered at the most: enough to find a statement by a few letters, not a dump of a large workspace.</summary>
    public const int MaxResults = 1_000;

    [JsonRpcMethod("workspace/symbol", UseSingleObjectParameterDeserialization = true)]
    public async Task<SymbolInformation[]> SymbolsAsync(WorkspaceSymbolParams request, CancellationToken cancellationToken)
    {
        server.RequireRunning();
        var query = request.Query ?? throw ProtocolErrors.InvalidParams("query is required");
        var open = server.Documents.All.ToList();
        var folders = server.WorkspaceFolders;
        return await server.ReadOffQueueAsync("workspace symbol search failed", () => Find(query, open, folders, cancellationToken),
            cancellationToken).ConfigureAwait(false);
    }

    private SymbolInformation[] Find(string query, List<DocumentSnapshot> open, IEnumerable<string> folders, CancellationToken cancellationToken)
    {
        var found = new List<SymbolInformation>();
        var pastBase = server.Client.WorkspaceSymbolKindsPastBase;
        foreach (var snapshot in open.Where(server.IsScript))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var analysis = snapshot.Analysis;
            foreach (var symbol in Symbols.Of(analysis))
                if (Symbols.Matches(symbol.Name, query) && !Add(found, symbol, pastBase, new Location(snapshot.Uri, analysis.ToRange(symbol.Span))))
                    return [.. found];
        }
        var openPaths = open.Select(snapshot => FileUris.ToPath(snapshot.Uri)).OfType<string>().ToHashSet(FileUris.PathComparer);
        foreach (var (path, symbols) in server.Scripts.Outlines(folders, openPaths, cancellationToken))
            foreach (var (symbol, range) in symbols)
                if (Symbols.Matches(symbol.Name, query) && !Add(found, symbol, pastBase, new Location(FileUris.FromPath(path), Positions.ToRange(range))))
                    return [.. found];
        return [.. found];
    }

    /// <summary>Adds an entry; false once there are as many as are answered.</summary>
    private static bool Add(List<SymbolInformation> found, StatementSymbol symbol, bool pastBase, Location location)
    {
        found.Add(new SymbolInformation(symbol.Name, SymbolKinds.Of(symbol.Kind, pastBase), location));
        return found.Count < MaxResults;
    }
}
