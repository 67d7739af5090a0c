using System.Collections.Immutable;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Rules;

namespace BackupLsp.Language.Analysis;

internal static partial class SessionContexts
{
    /// <summary>
    /// The databases after <c>ALTER DATABASE old RENAME new</c>: the database, all it holds, under its new name and no longer
    /// under the old one. StarRocks refuses a rename onto a database that exists (LocalMetastore.renameDatabase: "Database
    /// name[new] is already used"), which changes nothing: one the catalog lists, or the script made, made something in or
    /// made a table in (<see cref="StarRocksCatalog.ExistingDatabases"/>).
    /// A database the catalog does not list is taken as renamed all the same, what it holds being unknown, but for what the
    /// script made there. Where the catalog lists no databases, the old name is gone as after a DROP DATABASE, and the new one
    /// exists: a CREATE DATABASE of it is refused, a CREATE DATABASE IF NOT EXISTS of the old one makes a new database.
    /// </summary>
    private static StarRocksCatalog RenamedDatabase(StarRocksCatalog catalog, string old, string renamed)
    {
        if (RefusesRename(catalog, old, renamed))
            return catalog;
        var moved = catalog.Databases is null ? RenamedUnlisted(catalog, old, renamed) : RenamedListed(catalog, old, renamed);
        return moved with { RenamedDatabaseIdentities = catalog.IdentitiesRenamed(old, renamed) };
    }

    /// <summary>
    /// Whether StarRocks refuses <c>ALTER DATABASE old RENAME renamed</c> in the session, as <see cref="RenamedDatabase"/>
    /// takes it: to its own name (LocalMetastore.renameDatabase: "Same database name"), onto a database that exists, and,
    /// where the catalog lists no databases, of one the script dropped.
    /// </summary>
    internal static bool RefusesRename(StarRocksCatalog catalog, string old, string renamed) =>
        old == renamed || catalog.FindDatabase(renamed) is not null || catalog.CreatedDatabases.ContainsKey(renamed) || catalog.MadeObjects.ContainsKey(renamed)
        || catalog.ExistingDatabases.Contains(renamed)
        || (catalog.Databases is null && catalog.DroppedDatabases.Contains(old) && !catalog.CreatedDatabases.ContainsKey(old));

    /// <summary><see cref="RenamedDatabase"/> where the catalog lists databases.</summary>
    private static StarRocksCatalog RenamedListed(StarRocksCatalog catalog, string old, string renamed)
    {
        var created = Moved(catalog.CreatedDatabases, old, renamed);
        var made = Moved(catalog.MadeObjects, old, renamed);
        if (!ReferenceEquals(made, catalog.MadeObjects))
            catalog = catalog with { MadeObjects = made };
        var databases = catalog.Databases!;
        if (!databases.TryGetValue(old, out var known))
            return catalog with { Databases = databases.Add(renamed, new DatabaseInfo(renamed, null, null, null, null, null)), CreatedDatabases = created };
        return catalog with
        {
            Databases = databases.Remove(old).Add(renamed, known with { Name = renamed, Declared = null }),
            GoneDatabases = catalog.GoneDatabases.SetItem(old, renamed),
            CreatedDatabases = created,
        };
    }

    /// <summary>
    /// <see cref="RenamedDatabase"/> where the catalog lists no databases: the old name is dropped and the new one made again
    /// (<see cref="StarRocksCatalog.DroppedDatabases"/>), what the script made there goes with it, and the new name is known
    /// to exist (among <see cref="StarRocksCatalog.MadeObjects"/>, with nothing made there yet) where the script made neither.
    /// </summary>
    private static StarRocksCatalog RenamedUnlisted(StarRocksCatalog catalog, string old, string renamed)
    {
        var created = Moved(catalog.CreatedDatabases, old, renamed);
        var made = Moved(catalog.MadeObjects, old, renamed);
        if (ReferenceEquals(created, catalog.CreatedDatabases) && ReferenceEquals(made, catalog.MadeObjects))
            made = made.Add(renamed, new DatabaseInfo(renamed, ImmutableSortedDictionary.Create<string, TableInfo>(StringComparer.Ordinal), [], [], null, null));
        return catalog with
        {
            CreatedDatabases = created,
            MadeObjects = made,
            ExistingDatabases = catalog.ExistingDatabases.Remove(old),
            DroppedDatabases = catalog.DroppedDatabases.Remove(renamed).Add(old),
            GoneDatabases = catalog.GoneDatabases.Remove(renamed).SetItem(old, renamed),
        };
    }

    /// <summary>The databases with the one of the old name, if any, under the new one: a rename of what the session holds of it.</summary>
    private static ImmutableDictionary<string, DatabaseInfo> Moved(ImmutableDictionary<string, DatabaseInfo> databases, string old, string renamed) =>
        databases.TryGetValue(old, out var held) ? databases.Remove(old).SetItem(renamed, held with { Name = renamed }) : databases;

    /// <summary>
    /// The session after <c>CREATE DATABASE db</c> or <c>RECOVER DATABASE db</c>: the database exists, among those the
    /// catalog lists if it lists them, what it holds unknown to the checks of names. One the script makes holds nothing
    /// yet (<see cref="StarRocksCatalog.CreatedDatabases"/>): one the catalog does not list where it lists databases, or,
    /// where it lists none, one made without IF NOT EXISTS (a database that exists fails the CREATE, as a repository that
    /// exists fails a CREATE REPOSITORY the script is taken to run). A RECOVER brings back what the database held, and a
    /// CREATE of a database that exists is refused, or skipped with IF NOT EXISTS, which changes nothing.
    /// </summary>
    private static StarRocksCatalog? CreatedDatabase(StarRocksCatalog? catalog, SessionEffect effect)
    {
        if (catalog is not null && ScriptShowsDatabase(catalog, effect.Name))
            return catalog;
        var listed = catalog?.Databases is { } databases && !RefusesDatabase(catalog, effect) ? databases.Add(effect.Name, new DatabaseInfo(effect.Name, null, null, null, null, null)) : null;
        // One the script dropped is gone, whatever the catalog lists: IF NOT EXISTS makes it anew.
        var dropped = catalog?.DroppedDatabases.Contains(effect.Name) == true;
        var empty = !effect.Recovers && (catalog?.Databases is null ? !effect.IfNotExists || dropped : listed is not null);
        // A RECOVER brings back what the dropped database held.
        var recovered = effect.Recovers && dropped ? catalog!.DroppedDatabases.Remove(effect.Name) : catalog?.DroppedDatabases;
        if (listed is null && !empty)
            return ReferenceEquals(recovered, catalog?.DroppedDatabases) ? catalog : catalog! with { DroppedDatabases = recovered! };
        var session = catalog ?? StarRocksCatalog.Empty;
        return session with
        {
            Databases = listed ?? session.Databases,
            CreatedDatabases = empty ? session.CreatedDatabases.Add(effect.Name, new DatabaseInfo(effect.Name, ImmutableSortedDictionary.Create<string, TableInfo>(StringComparer.Ordinal), [], [], [], null)) : session.CreatedDatabases,
            DroppedDatabases = recovered ?? session.DroppedDatabases,
            // A CREATE of a dropped one's name makes another database, with an id of its own (LocalMetastore.createDb):
            // a job the dropped one ran is none of its own. A RECOVER brings the old one back, id and all.
            RenamedDatabaseIdentities = dropped && !effect.Recovers
                ? session.RenamedDatabaseIdentities.SetItem(effect.Name, (new object(), null)) : session.RenamedDatabaseIdentities,
        };
    }

    /// <summary>
    /// Whether StarRocks refuses the CREATE DATABASE, RECOVER DATABASE or rename (skips a CREATE IF NOT EXISTS) in the
    /// session, as the session takes it, which makes nothing: a name it refuses (<see cref="RefusesDatabaseName"/>), a
    /// rename as <see cref="RefusesRename"/> has it, a database that exists, as the catalog lists it or the script shows
    /// it (<see cref="ScriptShowsDatabase"/>), or what a RECOVER would bring back was dropped with FORCE. The one check
    /// of navigation, completion and hover.
    /// </summary>
    internal static bool RefusesCreatedDatabase(AnalysisContext session, SessionEffect effect) =>
        RefusesDatabaseName(effect, session.Options)
        || (effect.Also is { } old ? RefusesRename(session.Catalog ?? StarRocksCatalog.Empty, old, effect.Name)
            : session.Catalog is { } catalog && (ScriptShowsDatabase(catalog, effect.Name) || RefusesDatabase(catalog, effect)));

    /// <summary>
    /// Whether StarRocks refuses the name a CREATE DATABASE or rename gives (CreateDbAnalyzer, AlterDatabaseRenameAnalyzer:
    /// FeNameFormat.checkDbName, as SRB113 reads it for the configured release). A RECOVER only looks the name up.
    /// </summary>
    private static bool RefusesDatabaseName(SessionEffect effect, AnalysisOptions options) =>
        !effect.Recovers && NameRules.RefusesDatabaseName(effect.Name, options.Version);

    /// <summary>
    /// Whether the script shows a database of the name exists: it made it, made something in it, made a table in it (where
    /// the catalog lists no databases) or renamed another to it. StarRocks refuses to make it again.
    /// </summary>
    private static bool ScriptShowsDatabase(StarRocksCatalog catalog, string name) =>
        catalog.CreatedDatabases.ContainsKey(name)
        || (catalog.Databases is null && (catalog.MadeObjects.ContainsKey(name) || catalog.ExistingDatabases.Contains(name)));

    /// <summary>The session after <c>DROP DATABASE db</c>: the database is gone, whether the catalog lists it or the script made it.</summary>
    private static StarRocksCatalog DroppedDatabase(StarRocksCatalog catalog, SessionEffect effect)
    {
        var created = catalog.CreatedDatabases.Remove(effect.Name);
        var dropped = catalog.DroppedDatabases.Add(effect.Name);
        var made = catalog.MadeObjects.Remove(effect.Name);
        if (catalog.Databases is null)
            return catalog with
            {
                CreatedDatabases = created, DroppedDatabases = dropped, MadeObjects = made, ExistingDatabases = catalog.ExistingDatabases.Remove(effect.Name),
                GoneDatabases = catalog.GoneDatabases.SetItem(effect.Name, null),
            };
        if (!catalog.Databases.ContainsKey(effect.Name))
            return ReferenceEquals(created, catalog.CreatedDatabases) && ReferenceEquals(dropped, catalog.DroppedDatabases) && ReferenceEquals(made, catalog.MadeObjects) ? catalog
                : catalog with { CreatedDatabases = created, DroppedDatabases = dropped, MadeObjects = made };
        var databases = catalog.Databases;
        return catalog with
        {
            MadeObjects = made,
            Databases = databases.Remove(effect.Name),
            GoneDatabases = catalog.GoneDatabases.SetItem(effect.Name, null),
            UnrecoverableDatabases = effect.Forced ? catalog.UnrecoverableDatabases.Add(effect.Name) : catalog.UnrecoverableDatabases.Remove(effect.Name),
            CreatedDatabases = created,
            DroppedDatabases = dropped,
        };
    }

    /// <summary>
    /// Whether StarRocks refuses a CREATE, rename or RECOVER of the database: the catalog has one of that name, or what a
    /// RECOVER would bring back was dropped with FORCE.
    /// </summary>
    internal static bool RefusesDatabase(StarRocksCatalog catalog, SessionEffect effect) =>
        catalog.FindDatabase(effect.Name) is not null || (effect.Recovers && catalog.UnrecoverableDatabases.Contains(effect.Name));
}
