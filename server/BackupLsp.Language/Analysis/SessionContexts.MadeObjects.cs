using System.Collections.Immutable;
using BackupLsp.Language.Catalog;

namespace BackupLsp.Language.Analysis;

internal static partial class SessionContexts
{
    /// <summary>Whether the session knows all the database holds: the script made it, or the catalog lists its tables.</summary>
    private static bool KnowsObjectsOf(StarRocksCatalog? catalog, string database) =>
        catalog is not null && (catalog.CreatedDatabases.ContainsKey(database) || catalog.FindDatabase(database)?.Tables is not null);

    /// <summary>
    /// The session with what the script made in <paramref name="database"/> (<see cref="StarRocksCatalog.MadeObjects"/>) as
    /// the effect leaves it, where the session knows no more of that database: as <see cref="DatabaseAfter"/> leaves any
    /// database, but for what this one does not tell, which the cases here decide.
    /// </summary>
    private static StarRocksCatalog? WithMade(StarRocksCatalog? catalog, string database, SessionEffect effect)
    {
        if (KnowsObjectsOf(catalog, database))
            return catalog;
        var before = catalog?.MadeObjects.GetValueOrDefault(database);
        // Until then nothing is told of the database: a script of plain tables keeps the session it had.
        if (before is null && !StartsFollowing(effect))
            return catalog;
        before ??= new DatabaseInfo(database, ImmutableSortedDictionary.Create<string, TableInfo>(StringComparer.Ordinal), [], [], null, null);
        var after = effect.Kind switch
        {
            // A view or materialized view the catalog lists there has the name: StarRocks refuses the CREATE or rename.
            SessionEffectKind.CreateTable or SessionEffectKind.RenameTable when catalog?.FindDatabase(database)?.HasObject(effect.Name) == true => before,
            // A table of that name may be there already, which IF NOT EXISTS leaves as it is: the name is taken, by what is not
            // known. One a DROP TABLE of the script took away is not there, and one the script made is as it made it.
            SessionEffectKind.CreateTable when effect.IfNotExists && !before.HasObject(effect.Name) && !before.WasDropped(effect.Name) =>
                before.Tables is { } tables ? before with { Tables = WithTable(tables, effect.Name, null) } : before,
            // Where the script made only one of the two, what the other is, and whether the database has it, is not known.
            SessionEffectKind.SwapTables when !ListsBothTables(before, effect) && !SwapsExternal(before, effect) =>
                Without(before, effect.Name, effect.Also!),
            // A DROP TABLE that StarRocks runs leaves no table of that name, whether the script made it or not.
            SessionEffectKind.DropTable => Dropped(DatabaseAfter(before, effect), effect.Name),
            _ => DatabaseAfter(before, effect),
        };
        if (ReferenceEquals(after, before))
            return catalog;
        var session = catalog ?? StarRocksCatalog.Empty;
        return session with { MadeObjects = session.MadeObjects.SetItem(database, after) };
    }

    /// <summary>The database's lists with the table a DROP TABLE names known to be gone (<see cref="DatabaseInfo.WasDropped"/>).</summary>
    private static DatabaseInfo Dropped(DatabaseInfo database, string table) =>
        database.WasDropped(table) ? database : database with { GoneTables = database.GoneTables.SetItem(table, null) };

    /// <summary>
    /// Whether the effect starts following what the script makes in a database of which the session knows no more: a CREATE
    /// of what StarRocks does not back up for its kind (an external table, one partitioned by LIST, a synchronous
    /// materialized view), or a DROP TABLE, after which a CREATE TABLE IF NOT EXISTS of that name makes its table.
    /// </summary>
    private static bool StartsFollowing(SessionEffect effect) =>
        effect is { Kind: SessionEffectKind.CreateTable, IfNotExists: false, Recovers: false } and ({ Engine: not null } or { ListPartitioned: true })
        || effect is { Kind: SessionEffectKind.CreateMaterializedView, Synchronous: true }
        || effect.Kind == SessionEffectKind.DropTable;

    /// <summary>
    /// The session after a DROP, rename or swap in the current database where that is not known (before any USE): the names
    /// it may take away from any database are no longer known to be what the script made.
    /// </summary>
    private static StarRocksCatalog WithoutMadeAnywhere(StarRocksCatalog catalog, SessionEffect effect)
    {
        var other = effect.Kind is SessionEffectKind.RenameTable or SessionEffectKind.SwapTables ? effect.Also : null;
        if (effect.Kind is not (SessionEffectKind.DropTable or SessionEffectKind.DropView or SessionEffectKind.DropMaterializedView
                or SessionEffectKind.RenameTable or SessionEffectKind.SwapTables))
            return catalog;
        var made = catalog.MadeObjects;
        foreach (var (name, database) in catalog.MadeObjects)
            if (Without(database, effect.Name, other) is var after && !ReferenceEquals(after, database))
                made = made.SetItem(name, after);
        return ReferenceEquals(made, catalog.MadeObjects) ? catalog : catalog with { MadeObjects = made };
    }

    /// <summary>The database's lists without the table, view or materialized view of either name, synchronous ones too.</summary>
    private static DatabaseInfo Without(DatabaseInfo database, string name, string? other)
    {
        foreach (var gone in (string?[])[name, other])
            if (gone is not null && (database.HasObject(gone) || database.SynchronousMaterializedViews.ContainsKey(gone)))
                database = database with
                {
                    Tables = database.Tables?.Remove(gone),
                    Views = database.Views?.Remove(gone),
                    MaterializedViews = database.MaterializedViews?.Remove(gone),
                    SynchronousMaterializedViews = database.SynchronousMaterializedViews.Remove(gone),
                };
        return database;
    }
}
