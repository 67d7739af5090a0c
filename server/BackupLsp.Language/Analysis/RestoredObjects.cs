using System.Collections.Immutable;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Analysis;

/// <summary>
/// One object a RESTORE brings back, under the name it gets (its alias, if any). <see cref="Name"/> is null for every
/// object of the kind (<c>ALL TABLES</c>, or a RESTORE without ON); <see cref="Partitions"/> is empty for a whole table.
/// <see cref="Bare"/> is the name in the snapshot of an item named without a kind or partitions, which may be a view or
/// a materialized view as well as a table.
/// </summary>
internal readonly record struct RestoredObject(ObjectKind Kind, string? Name, ImmutableArray<string> Partitions, string? Bare = null)
{
    public bool Equals(RestoredObject other) =>
        Kind == other.Kind && Name == other.Name && Partitions.SequenceEqual(other.Partitions) && Bare == other.Bare;

    public override int GetHashCode() => HashCode.Combine(Kind, Name, Partitions.Length);
}

/// <summary>
/// What a RESTORE brings back into its database, compared by value: an edit inside a RESTORE that changes none of it
/// (its properties, say) leaves the session of the statements after it as it was.
/// </summary>
internal sealed class RestoredObjects(ImmutableArray<RestoredObject> objects) : IEquatable<RestoredObjects>
{
    private static readonly ImmutableArray<RestoredObject> WholeDatabase = [
        new(ObjectKind.Table, null, []), new(ObjectKind.View, null, []),
        new(ObjectKind.MaterializedView, null, []), new(ObjectKind.Function, null, [])];

    public ImmutableArray<RestoredObject> Objects { get; } = objects;

    public static RestoredObjects Of(SnapshotJobStatement restore) =>
        new(restore.On is not { } on ? WholeDatabase : [.. on.Objects.Where(o => o.Kind != ObjectKind.MissingTable).Select(Of)]);

    private static RestoredObject Of(ObjectDesc item) =>
        new(item.Kind, item.All ? null : (item.Alias?.Name ?? item.Name?.Last)?.Value,
            item.Partitions is { TemporarySpan: null } clause ? [.. clause.Partitions.Where(p => p.Value is null).Select(p => p.Name.Value)] : [],
            item is { Kind: ObjectKind.Table, KeywordSpan: null, Partitions: null, All: false } ? item.Name?.Last.Value : null);

    /// <summary>
    /// The database after the restore: each named object exists, a partly restored table has those partitions, and a
    /// kind restored whole (or a table restored whole, whose partitions the snapshot decides) is no longer known.
    /// </summary>
    public DatabaseInfo ApplyTo(DatabaseInfo database)
    {
        // Each list is replaced only when it changes, so that a restore that changes nothing leaves the catalog as it was.
        foreach (var item in Objects)
        {
            var restored = item.Bare is { } bare ? item with { Kind = KindOf(database, bare) } : item;
            database = restored.Kind switch
            {
                ObjectKind.Table when WithTable(database.Tables, restored) is var tables && !ReferenceEquals(tables, database.Tables) =>
                    database with { Tables = tables },
                ObjectKind.View when WithName(database.Views, restored.Name) is var views && views != database.Views =>
                    database with { Views = views },
                ObjectKind.MaterializedView when WithName(database.MaterializedViews, restored.Name) is var views && views != database.MaterializedViews =>
                    database with { MaterializedViews = views },
                ObjectKind.Function when WithName(database.Functions, restored.Name) is var functions && functions != database.Functions =>
                    database with { Functions = functions },
                _ => database,
            };
        }
        return database;
    }

    /// <summary>
    /// What a name given bare brings back, as the database knows it: the snapshot is of this database, most often, and a
    /// view taken for a table would lose its kind's checks (SRB304) and its hover.
    /// </summary>
    private static ObjectKind KindOf(DatabaseInfo database, string name) =>
        database.Views?.Contains(name) == true ? ObjectKind.View
        : database.MaterializedViews?.Contains(name) == true ? ObjectKind.MaterializedView
        : ObjectKind.Table;

    private static ImmutableArray<string>? WithName(ImmutableArray<string>? known, string? name) =>
        known is not { } names || name is null ? null
        : names.Contains(name) ? names : names.Add(name);

    private static ImmutableSortedDictionary<string, TableInfo>? WithTable(ImmutableSortedDictionary<string, TableInfo>? known, RestoredObject restored)
    {
        if (known is not { } tables || restored.Name is not { } name)
            return null;
        if (!tables.TryGetValue(name, out var table))
            return tables.Add(name, new TableInfo(name, null, null, null, null));
        // A table restored whole has the snapshot's partitions. (One with temporary partitions fails the RESTORE, which
        // then changes nothing: the table restored had none, and has none after.)
        if (restored.Partitions.IsEmpty)
            return table.Partitions is null ? tables : tables.SetItem(name, table with { Partitions = null });
        if (table.Partitions is not { } partitions)
            return tables;
        var added = restored.Partitions.Where(p => !table.HasPartition(p)).Distinct(StringComparer.OrdinalIgnoreCase).ToArray();
        return added.Length == 0 ? tables : tables.SetItem(name, table with { Partitions = partitions.AddRange(added), PartitionsChangedByScript = true });
    }

    public bool Equals(RestoredObjects? other) => other is not null && Objects.SequenceEqual(other.Objects);

    public override bool Equals(object? obj) => Equals(obj as RestoredObjects);

    public override int GetHashCode() => Objects.Length;
}
