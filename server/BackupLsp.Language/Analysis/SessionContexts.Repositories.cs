using BackupLsp.Language.Catalog;

namespace BackupLsp.Language.Analysis;

internal static partial class SessionContexts
{
    /// <summary>
    /// The session with the repository a CREATE REPOSITORY makes: among those the catalog lists, if it lists them. StarRocks
    /// finds a repository's snapshots by its name and location: made again where a DROP REPOSITORY of the script took one
    /// of its name from, it holds that one's snapshots (as far as they are known); anywhere else, what is there is unknown.
    /// </summary>
    private static StarRocksCatalog WithRepository(StarRocksCatalog catalog, SessionEffect effect)
    {
        var snapshots = catalog.DroppedRepositories.GetValueOrDefault(effect.Name) is { } dropped
            && RepositoryLocation.Normalized(dropped.Location) is { } location && location == RepositoryLocation.Normalized(effect.Also)
            ? dropped.Snapshots : null;
        var created = new RepositoryInfo(effect.Name, effect.Also, effect.ReadOnly, snapshots, null);
        return catalog with
        {
            Repositories = catalog.Repositories?.Add(effect.Name, created),
            CreatedRepositories = catalog.CreatedRepositories.Add(effect.Name, created),
            DroppedRepositories = catalog.DroppedRepositories.Remove(effect.Name),
        };
    }

    /// <summary>
    /// The session without the repository a DROP REPOSITORY takes away, kept aside with what it held, for a CREATE
    /// REPOSITORY of its name and location to find again.
    /// </summary>
    private static StarRocksCatalog WithoutRepository(StarRocksCatalog catalog, string name, RepositoryInfo dropped) =>
        catalog with
        {
            Repositories = catalog.Repositories?.Remove(name),
            CreatedRepositories = catalog.CreatedRepositories.Remove(name),
            DroppedRepositories = catalog.DroppedRepositories.SetItem(name, dropped),
        };

    /// <summary>
    /// The repository without the snapshot, where the catalog lists its snapshots and that one among them; a read-only
    /// repository keeps it (StarRocks refuses the drop).
    /// </summary>
    private static StarRocksCatalog? WithoutSnapshot(StarRocksCatalog? catalog, string repository, string snapshot)
    {
        if (catalog?.Repositories is not { } repositories || !repositories.TryGetValue(repository, out var held) || held.ReadOnly
            || !held.HoldsSnapshot(snapshot))
            return catalog;
        var kept = held with { Snapshots = held.Snapshots!.Value.RemoveAll(s => s.Name == snapshot) };
        return catalog with { Repositories = repositories.SetItem(repository, kept), DroppedSnapshots = catalog.DroppedSnapshots.Add((repository, snapshot)) };
    }
}
