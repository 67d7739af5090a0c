using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Rules;

/// <summary>Enumerations over a statement's tree that several rules share.</summary>
internal static class SyntaxWalk
{
    public static IEnumerable<Name> Names(Statement statement) => statement switch
    {
        SnapshotJobStatement job =>
            (job.External?.Catalogs.SelectMany(c => AliasAndName(c.Name, c.Alias)) ?? [])
            .Concat(job.Database is { } db ? AliasAndName(db.Name, db.Alias) : [])
            .Concat(job.Snapshot.Parts)
            .Append(job.Repository)
            .Concat(job.On?.Objects.SelectMany(ObjectNames) ?? []),
        CreateRepositoryStatement create => create.Broker is { Quoting: not NameQuoting.String } broker ? [create.Name, broker] : [create.Name],
        DropRepositoryStatement drop => [drop.Name],
        ShowSnapshotStatement show => [show.Repository],
        ShowJobsStatement { Database: { } database } => [database],
        CancelJobStatement { Database: { } database } => [database],
        _ => [],
    };

    public static IEnumerable<Alias> Aliases(SnapshotJobStatement job) =>
        (job.External?.Catalogs.Select(c => c.Alias) ?? [])
        .Append(job.Database?.Alias)
        .Concat(job.On?.Objects.Select(o => o.Alias) ?? [])
        .OfType<Alias>();

    public static PropertyList? Properties(Statement statement) => statement switch
    {
        SnapshotJobStatement job => job.Properties,
        CreateRepositoryStatement create => create.Properties,
        _ => null,
    };

    private static IEnumerable<Name> AliasAndName(Name name, Alias? alias) => alias is null ? [name] : [name, alias.Name];

    private static IEnumerable<Name> ObjectNames(ObjectDesc item) =>
        (item.Name?.Parts ?? [])
        .Concat(item.Partitions?.Partitions.Select(p => p.Name).Where(n => n.Quoting != NameQuoting.String) ?? [])
        .Concat(item.Alias is { } alias ? [alias.Name] : []);
}
