using System.Collections.Immutable;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Analysis;

internal static partial class SessionContexts
{
    private static readonly ObjectKind[] AllKinds = [ObjectKind.Table, ObjectKind.View, ObjectKind.MaterializedView, ObjectKind.Function];

    /// <summary>What a CREATE (or RECOVER TABLE) of the kind makes; null for an effect that makes nothing in a database.</summary>
    private static ObjectKind? KindMade(SessionEffectKind kind) => kind switch
    {
        SessionEffectKind.CreateTable => ObjectKind.Table,
        SessionEffectKind.CreateView => ObjectKind.View,
        SessionEffectKind.CreateMaterializedView => ObjectKind.MaterializedView,
        SessionEffectKind.CreateFunction => ObjectKind.Function,
        _ => null,
    };

    /// <summary>
    /// The session after a statement that may make objects of <paramref name="kinds"/> in a database that cannot be told
    /// (a CREATE that names none before any USE, whose database the connection chose; one StarRocks reads otherwise than
    /// its words look): in any database the catalog lists, and in those the script made (of them only the ones in
    /// <paramref name="madeAmong"/>, where given). A list of those kinds that was empty is no longer known; one that holds
    /// something still tells what it holds.
    /// </summary>
    private static StarRocksCatalog? WithObjectsUnknown(StarRocksCatalog? catalog, ImmutableHashSet<string>? madeAmong, ObjectKind[] kinds)
    {
        if (catalog is null)
            return null;
        var created = catalog.CreatedDatabases;
        foreach (var (name, database) in catalog.CreatedDatabases)
            if ((madeAmong is null || madeAmong.Contains(name)) && WithEmptyUnknown(database, kinds) is var unknown && !ReferenceEquals(unknown, database))
                created = created.SetItem(name, unknown);
        var databases = catalog.Databases;
        foreach (var (name, database) in catalog.Databases ?? ImmutableSortedDictionary<string, DatabaseInfo>.Empty)
            if (WithEmptyUnknown(database, kinds) is var unknown && !ReferenceEquals(unknown, database))
                databases = databases!.SetItem(name, unknown);
        return ReferenceEquals(created, catalog.CreatedDatabases) && ReferenceEquals(databases, catalog.Databases) ? catalog
            : catalog with { CreatedDatabases = created, Databases = databases };
    }

    /// <summary>The database with its empty lists of <paramref name="kinds"/> unknown.</summary>
    private static DatabaseInfo WithEmptyUnknown(DatabaseInfo database, ObjectKind[] kinds)
    {
        foreach (var kind in kinds)
            database = kind switch
            {
                ObjectKind.Table when database.Tables is { Count: 0 } => database with { Tables = null },
                ObjectKind.View when database.Views is { Length: 0 } => database with { Views = null },
                ObjectKind.MaterializedView when database.MaterializedViews is { Length: 0 } => database with { MaterializedViews = null },
                ObjectKind.Function when database.Functions is { Length: 0 } => database with { Functions = null },
                _ => database,
            };
        return database;
    }
}
