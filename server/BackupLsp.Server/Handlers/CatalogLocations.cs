using BackupLsp.Language.Analysis;
using BackupLsp.Language.Features;
using BackupLsp.Server.Files;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;

namespace BackupLsp.Server.Handlers;

/// <summary>Where the catalog file a document is checked against writes an object: its declaration in the cluster.</summary>
public static class CatalogLocations
{
    /// <summary>
    /// The object's entries in the catalog file, if the catalog came from one; none while that file is broken (see
    /// <see cref="LanguageServer.BrokenCatalogFiles"/>): the places read from the last good file may be elsewhere now.
    /// </summary>
    public static IEnumerable<Location> Of(LanguageServer server, DocumentAnalysis analysis, ReferenceResult found, CancellationToken cancellationToken) =>
        analysis.Context.Catalog is { FilePath: { } path } && !server.BrokenCatalogFiles.Contains(path)
            ? CatalogDeclarations.Of(analysis, found, cancellationToken).Select(span => new Location(FileUris.FromPath(path), Positions.ToRange(span)))
            : [];
}
