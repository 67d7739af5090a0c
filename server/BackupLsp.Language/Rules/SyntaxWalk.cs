using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Rules;

/// <summary>Enumerations over a statement's tree that several rules share.</summary>
internal static class SyntaxWalk
{
    // Iterators rather than LINQ chains: the rules walk every statement of a script, and each chain link is an object.
    public static IEnumerable<Name> Names(Statement statement)
    {
        switch (statement)
        {
            case SnapshotJobStatement job:
                foreach (var catalog in job.External?.Catalogs ?? [])
                {
                    yield return catalog.Name;
                    if (catalog.Alias is { } catalogAlias)
                        yield return catalogAlias.Name;
                }
                if (job.Database is { } target)
                {
                    yield return target.Name;
                    if (target.Alias is { } targetAlias)
                        yield return targetAlias.Name;
                }
                foreach (var part in job.Snapshot.Parts)
                    yield return part;
                yield return job.Repository;
                foreach (var item in job.On?.Objects ?? [])
                {
                    foreach (var part in item.Name?.Parts ?? [])
                        yield return part;
                    foreach (var partition in item.Partitions?.Partitions ?? [])
                        if (partition.Name.Quoting != NameQuoting.String)
                            yield return partition.Name;
                    if (item.Alias is { } alias)
                        yield return alias.Name;
                }
                break;
            case CreateRepositoryStatement create:
                yield return create.Name;
                if (create.Broker is { Quoting: not NameQuoting.String } broker)
                    yield return broker;
                break;
            case DropRepositoryStatement drop:
                yield return drop.Name;
                break;
            case ShowSnapshotStatement show:
                yield return show.Repository;
                break;
            case ShowJobsStatement { Database: { } database }:
                yield return database;
                break;
            case CancelJobStatement { Database: { } database }:
                yield return database;
                break;
        }
    }

    public static IEnumerable<Alias> Aliases(SnapshotJobStatement job)
    {
        foreach (var catalog in job.External?.Catalogs ?? [])
            if (catalog.Alias is { } catalogAlias)
                yield return catalogAlias;
        if (job.Database?.Alias is { } databaseAlias)
            yield return databaseAlias;
        foreach (var item in job.On?.Objects ?? [])
            if (item.Alias is { } alias)
                yield return alias;
    }

    public static PropertyList? Properties(Statement statement) => statement switch
    {
        SnapshotJobStatement job => job.Properties,
        CreateRepositoryStatement create => create.Properties,
        _ => null,
    };
}
