using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Facts;
using BackupLsp.Language.Rules;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Analysis;

/// <summary>
/// The context a statement is checked in, after the session effects of the statements before it: <c>USE db</c> makes db
/// the database of statements that name none, a CREATE adds its name to the catalog (a repository, database, table or
/// view created earlier in the script exists for the statements after it), a RESTORE the objects it brings back, and
/// DROP REPOSITORY or DROP SNAPSHOT takes one out; a statement StarRocks refuses has none (see StatementParts). Each
/// context after an effect is made once and kept, so that the statements between two effects share one context and
/// their per-statement results stay cached. Names are only ever added where the catalog lists them completely; what it
/// leaves unknown stays unknown, but for what the script makes of kinds StarRocks does not back up, which is kept apart
/// (<see cref="StarRocksCatalog.MadeObjects"/>).
/// </summary>
internal static class SessionContexts
{
    private static readonly ConditionalWeakTable<AnalysisContext, ConcurrentDictionary<SessionEffect, AnalysisContext>> Derived = new();

    /// <summary>Typing a CREATE's name makes a context per keystroke: past this many, a context's followers are made afresh.</summary>
    private const int MaxFollowers = 1024;

    public static AnalysisContext After(this AnalysisContext context, SessionEffect? effect)
    {
        if (effect is not { } known)
            return context;
        var followers = Derived.GetValue(context, _ => new());
        if (followers.TryGetValue(known, out var follower))
            return follower;
        // Most effects change nothing (a CREATE TABLE without a catalog): those are not kept.
        var after = Apply(known, context);
        if (ReferenceEquals(after, context))
            return context;
        if (followers.Count > MaxFollowers)
            followers.Clear();
        return followers.GetOrAdd(known, after);
    }

    private static readonly ConditionalWeakTable<AnalysisContext, AnalysisContext> BackInDefaultCatalog = new();

    /// <summary>
    /// The session a refused <c>USE default_catalog.db</c> (of a database the catalog lacks) leaves. StarRocks'
    /// changeCatalogDb switches to the named catalog before it finds the database missing, and keeps the database name the
    /// session had: from an external catalog the session comes back to the default one, without a database after
    /// <c>SET CATALOG c</c> and, after <c>USE c.db</c>, with db, now the default catalog's database of that name (as a
    /// BACKUP in c read it already). Any other refused statement changes nothing.
    /// </summary>
    public static AnalysisContext AfterRefusedUse(this AnalysisContext context, SessionEffect? effect) =>
        effect is { Kind: SessionEffectKind.UseDatabase, Catalog: { } named } && SessionEffect.IsDefaultCatalog(named)
            && context.Catalog is { ExternalCatalog: not null } catalog
            ? BackInDefaultCatalog.GetValue(context, c => c with { Catalog = InSession(catalog, null, catalog.BackupDatabase, noDatabase: catalog.NoDatabase) })
            : context;

    private static AnalysisContext Apply(SessionEffect effect, AnalysisContext context)
    {
        var catalog = context.Catalog;
        var changed = effect.Kind switch
        {
            // USE 'CATALOG c' came in 3.0, SET CATALOG in 3.0 and 2.5.3: an older release fails it, and the session stays as
            // it was.
            SessionEffectKind.UseCatalog or SessionEffectKind.SetCatalog when context.Options.Version < Releases.CatalogSwitchSinceFor(effect.Kind) => catalog,
            // USE CATALOG c is the older releases' switch, which 3.0 and later fail (unset: the latest).
            SessionEffectKind.LegacyUseCatalog when !(context.Options.Version < Releases.CatalogSwitchSince) => catalog,
            // A catalog switch, even to the catalog the session is in, leaves no current database (StarRocks' changeCatalog
            // clears it): a statement that names none fails until a USE.
            SessionEffectKind.UseCatalog or SessionEffectKind.SetCatalog or SessionEffectKind.LegacyUseCatalog => InSession(catalog, SessionEffect.IsDefaultCatalog(effect.Name) ? null : effect.Name, null, noDatabase: true),
            SessionEffectKind.UseDatabase when effect.Catalog is { } named =>
                InSession(catalog, SessionEffect.IsDefaultCatalog(named) ? null : named, effect.Name),
            // In an external catalog, USE db names one of its databases, none of the file's (but a BACKUP looks its name up
            // in the default catalog).
            SessionEffectKind.UseDatabase when catalog?.ExternalCatalog is { } external => InSession(catalog, external, effect.Name),
            // Without a catalog the current database still decides which jobs run on the same database.
            SessionEffectKind.UseDatabase => InSession(catalog, null, effect.Name),
            // What a statement creates or changes in another catalog than the default one is none of the file's: named so
            // (hive.db.t), or named alone in a session switched to one. Repositories and what a RESTORE brings back are the
            // cluster's, whatever the session, and a statement not read may name anything.
            _ when effect.Kind is not (SessionEffectKind.CreateRepository or SessionEffectKind.DropRepository or SessionEffectKind.DropSnapshot
                    or SessionEffectKind.Restore or SessionEffectKind.ObjectsUnknown)
                && !effect.InDefaultCatalog(catalog) => catalog,
            SessionEffectKind.CreateRepository when catalog?.HasRepository(effect.Name) != true => WithRepository(catalog ?? StarRocksCatalog.Empty, effect),
            SessionEffectKind.DropRepository when catalog?.KnownRepository(effect.Name) is { } dropped =>
                catalog with
                {
                    Repositories = catalog.Repositories?.Remove(effect.Name),
                    CreatedRepositories = catalog.CreatedRepositories.Remove(effect.Name),
                    DroppedRepositories = catalog.DroppedRepositories.SetItem(effect.Name, dropped),
                },
            SessionEffectKind.DropSnapshot => WithoutSnapshot(catalog, effect.Also!, effect.Name),
            // A name StarRocks refuses fails the CREATE or rename (CreateDbAnalyzer, AlterDatabaseRenameAnalyzer:
            // FeNameFormat.checkDbName), which changes nothing.
            SessionEffectKind.CreateDatabase when !effect.Recovers && NameRules.RefusesDatabaseName(effect.Name, context.Options.Version) => catalog,
            SessionEffectKind.CreateDatabase when effect.Also is { } old && catalog is not null => RenamedDatabase(catalog, old, effect.Name),
            SessionEffectKind.CreateDatabase when effect.Also is null => CreatedDatabase(catalog, effect),
            SessionEffectKind.DropDatabase => DroppedDatabase(catalog ?? StarRocksCatalog.Empty, effect),
            SessionEffectKind.ObjectsUnknown => WithObjectsUnknown(catalog, null, AllKinds),
            SessionEffectKind.DropTable or SessionEffectKind.DropView or SessionEffectKind.DropMaterializedView =>
                InEffectDatabase(catalog, effect, WithoutObject),
            SessionEffectKind.CreateTable when effect.Copy is { } copy => InEffectDatabase(catalog, Copying(effect, copy, CopiedTable(catalog, copy)), WithObject),
            SessionEffectKind.CreateTable or SessionEffectKind.RenameTable or SessionEffectKind.CreateView or SessionEffectKind.CreateMaterializedView
                or SessionEffectKind.CreateFunction => InEffectDatabase(catalog, effect, WithObject),
            SessionEffectKind.SwapTables => InEffectDatabase(catalog, effect, WithTablesSwapped),
            SessionEffectKind.PartitionsChange or SessionEffectKind.PartitionsLoaded => InEffectDatabase(catalog, effect, WithPartitionsUnknown),
            // A form newer than the configured release is a syntax error there, which changes nothing.
            _ when effect.Partitions is { } change && context.Options.Version is { } version && change.IsLackedBy(version) => catalog,
            SessionEffectKind.PartitionAdded or SessionEffectKind.TemporaryPartitionAdded or SessionEffectKind.TemporaryPartitionsCleared
                or SessionEffectKind.PartitionsReplaced or SessionEffectKind.PartitionsDropped or SessionEffectKind.PartitionRenamed =>
                InEffectDatabase(catalog, effect, WithPartitionChanged),
            SessionEffectKind.Restore => WithRestored(catalog, effect),
            _ => catalog,
        };
        return ReferenceEquals(changed, catalog) ? context : context with { Catalog = changed };
    }

    /// <summary>
    /// The databases after <c>ALTER DATABASE old RENAME new</c>: the database, all it holds, under its new name and no longer
    /// under the old one. StarRocks refuses a rename onto a database that exists (LocalMetastore.renameDatabase: "Database
    /// name[new] is already used"), which changes nothing: one the catalog lists, or the script made or made something in.
    /// A database the catalog does not list is taken as renamed all the same, what it holds being unknown, but for what the
    /// script made there.
    /// </summary>
    private static StarRocksCatalog RenamedDatabase(StarRocksCatalog catalog, string old, string renamed)
    {
        if (catalog.FindDatabase(renamed) is not null || catalog.CreatedDatabases.ContainsKey(renamed) || catalog.MadeObjects.ContainsKey(renamed))
            return catalog;
        var created = Moved(catalog.CreatedDatabases, old, renamed);
        var made = Moved(catalog.MadeObjects, old, renamed);
        if (!ReferenceEquals(made, catalog.MadeObjects))
            catalog = catalog with { MadeObjects = made };
        if (catalog.Databases is not { } databases)
            return ReferenceEquals(created, catalog.CreatedDatabases)
                ? catalog.DroppedDatabases.Contains(renamed) ? catalog with { DroppedDatabases = catalog.DroppedDatabases.Remove(renamed) } : catalog
                : catalog with { CreatedDatabases = created };
        if (!databases.TryGetValue(old, out var known))
            return catalog with { Databases = databases.Add(renamed, new DatabaseInfo(renamed, null, null, null, null, null)), CreatedDatabases = created };
        return catalog with
        {
            Databases = databases.Remove(old).Add(renamed, known with { Name = renamed, Declared = null }),
            GoneDatabases = catalog.GoneDatabases.SetItem(old, renamed),
            CreatedDatabases = created,
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
        if (catalog?.CreatedDatabases.ContainsKey(effect.Name) == true)
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
        };
    }

    /// <summary>The session after <c>DROP DATABASE db</c>: the database is gone, whether the catalog lists it or the script made it.</summary>
    private static StarRocksCatalog DroppedDatabase(StarRocksCatalog catalog, SessionEffect effect)
    {
        var created = catalog.CreatedDatabases.Remove(effect.Name);
        var dropped = catalog.DroppedDatabases.Add(effect.Name);
        var made = catalog.MadeObjects.Remove(effect.Name);
        if (catalog.Databases is not { } databases || !databases.ContainsKey(effect.Name))
            return ReferenceEquals(created, catalog.CreatedDatabases) && ReferenceEquals(dropped, catalog.DroppedDatabases) && ReferenceEquals(made, catalog.MadeObjects) ? catalog
                : catalog with { CreatedDatabases = created, DroppedDatabases = dropped, MadeObjects = made };
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
    /// The table a CREATE TABLE ... LIKE copies, as the session has it: as the catalog lists it, or as the script made it
    /// (in a database it made, or in one of which it knows no more); null where it is not known, or not in the default
    /// catalog.
    /// </summary>
    private static TableInfo? CopiedTable(StarRocksCatalog? catalog, TableCopy copy) =>
        catalog is { ExternalCatalog: null } && (copy.Database ?? catalog.DefaultDatabase) is { } database
            ? catalog.FindDatabase(database)?.Tables?.GetValueOrDefault(copy.Table)
                ?? catalog.CreatedDatabases.GetValueOrDefault(database)?.Tables?.GetValueOrDefault(copy.Table)
                ?? catalog.MadeObjects.GetValueOrDefault(database)?.Tables?.GetValueOrDefault(copy.Table)
            : null;

    /// <summary>
    /// The CREATE TABLE ... LIKE as the copy of <paramref name="source"/> makes its table: StarRocks writes the source's DDL
    /// and runs it under the new name (CreateTableLikeAnalyzer, AstToStringBuilder.getDdlStmt), an external table's engine
    /// (<c>ENGINE=MYSQL</c>) and a table's PARTITION BY LIST with the rest, so the copy is of the source's kind.
    /// </summary>
    private static SessionEffect Copying(SessionEffect effect, TableCopy copy, TableInfo? source) =>
        effect with
        {
            Partitions = copy.PartitionsOf(source),
            Engine = source?.Engine,
            ListPartitioned = source is { Engine: null, Partitioning: TablePartitioning.List },
        };

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

    /// <summary>
    /// A RESTORE creates its database when it is missing (restoring a whole one takes the privilege to create it). One that
    /// names no database restores into the database the snapshot was taken from (BackupHandler reads it from the
    /// snapshot), not the session's: which one is the snapshot's to say, so every database the catalog lists may get its
    /// objects, and each is left as unknown as the restore makes its own.
    /// </summary>
    private static StarRocksCatalog? WithRestored(StarRocksCatalog? catalog, SessionEffect effect)
    {
        if (catalog is null)
            return null;
        var created = Restored(catalog.CreatedDatabases, effect);
        var made = Restored(catalog.MadeObjects, effect);
        var changed = ReferenceEquals(created, catalog.CreatedDatabases) && ReferenceEquals(made, catalog.MadeObjects) ? catalog
            : catalog with { CreatedDatabases = created, MadeObjects = made };
        if (catalog.Databases is not { } databases)
            return changed;
        if (effect.Database is not { } name)
        {
            var restoredInto = Restored(databases, effect);
            return ReferenceEquals(restoredInto, databases) ? changed : changed with { Databases = restoredInto };
        }
        var database = databases.GetValueOrDefault(name);
        var restored = effect.Restored!.ApplyTo(database ?? new DatabaseInfo(name, null, null, null, null, null));
        return ReferenceEquals(restored, database) ? changed : changed with { Databases = databases.SetItem(name, restored) };
    }

    /// <summary>
    /// The databases of <paramref name="databases"/> a RESTORE may bring objects back into, as it leaves them: the one it
    /// names, else every one (see <see cref="WithRestored"/>). One it names that is not among them is left to the caller.
    /// </summary>
    private static TDictionary Restored<TDictionary>(TDictionary databases, SessionEffect effect)
        where TDictionary : IImmutableDictionary<string, DatabaseInfo>
    {
        var changed = databases;
        foreach (var (listed, before) in databases)
            if ((effect.Database is null || effect.Database == listed) && effect.Restored!.ApplyTo(before) is var after && !ReferenceEquals(after, before))
                changed = (TDictionary)changed.SetItem(listed, after);
        return changed;
    }

    /// <summary>
    /// The session with the database an effect works in (the one it names, else the current one) as
    /// <paramref name="change"/> makes it; as it was where the catalog does not list that database or nothing changes.
    /// </summary>
    private static StarRocksCatalog? InEffectDatabase(StarRocksCatalog? catalog, SessionEffect effect, Func<DatabaseInfo, SessionEffect, DatabaseInfo> change)
    {
        if (catalog is not null && effect.Database is null && catalog is { DefaultDatabase: null, NoDatabase: false } && KindMade(effect.Kind) is { } made)
            return WithObjectsUnknown(catalog, catalog.DroppedDatabases, [made]);
        if ((effect.Database ?? catalog?.DefaultDatabase) is not { } name)
            return catalog is { NoDatabase: false } ? WithoutMadeAnywhere(catalog, effect) : catalog;
        if (WithMade(catalog, name, effect, change) is not { } changed)
            return null;
        // A database the script made is followed apart, with what the script puts in it (see StarRocksCatalog.CreatedDatabases).
        if (changed.CreatedDatabases.TryGetValue(name, out var created) && change(created, effect) is var grown && !ReferenceEquals(grown, created))
            changed = changed with { CreatedDatabases = changed.CreatedDatabases.SetItem(name, grown) };
        if (changed.Databases is not { } databases || !databases.TryGetValue(name, out var database))
            return changed;
        var updated = change(database, effect);
        return ReferenceEquals(updated, database) ? changed : changed with { Databases = databases.SetItem(name, updated) };
    }

    /// <summary>Whether the session knows all the database holds: the script made it, or the catalog lists its tables.</summary>
    private static bool KnowsObjectsOf(StarRocksCatalog? catalog, string database) =>
        catalog is not null && (catalog.CreatedDatabases.ContainsKey(database) || catalog.FindDatabase(database)?.Tables is not null);

    /// <summary>
    /// The session with what the script made in <paramref name="database"/> (<see cref="StarRocksCatalog.MadeObjects"/>) as
    /// the effect leaves it, where the session knows no more of that database.
    /// </summary>
    private static StarRocksCatalog? WithMade(StarRocksCatalog? catalog, string database, SessionEffect effect, Func<DatabaseInfo, SessionEffect, DatabaseInfo> change)
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
            SessionEffectKind.DropTable => Dropped(change(before, effect), effect.Name),
            _ => change(before, effect),
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

    private static DatabaseInfo WithObject(DatabaseInfo database, SessionEffect effect) =>
        effect.Kind switch
        {
            // A CREATE of a name the database has (a table's, a view's or a materialized view's) is refused ("Table 't'
            // already exists"), or skipped IF NOT EXISTS; CREATE OR REPLACE VIEW keeps a view a view.
            SessionEffectKind.CreateTable when database.Tables is { } tables && !Refuses(database, effect) =>
                database with { Tables = WithTable(tables, effect.Name, Created(effect)) },
            SessionEffectKind.RenameTable when database.Tables is { } tables && !Refuses(database, effect) && !IsExternal(database, effect.Also!)
                    && Renamed(tables, effect.Also!, effect.Name) is var renamed
                    && !ReferenceEquals(renamed, tables) => database with
                    {
                        Tables = renamed,
                        GoneTables = tables.ContainsKey(effect.Also!) ? database.GoneTables.SetItem(effect.Also!, effect.Name) : database.GoneTables,
                    },
            SessionEffectKind.CreateView when database.Views is { } views && !Refuses(database, effect) =>
                database with { Views = views.Add(effect.Name) },
            // A synchronous one is an index of its table, none of the database's objects.
            SessionEffectKind.CreateMaterializedView when effect.Synchronous => RefusesSynchronous(database, effect) ? database
                : database with { SynchronousMaterializedViews = database.SynchronousMaterializedViews.Add(effect.Name, effect.BaseTable) },
            SessionEffectKind.CreateMaterializedView when database.MaterializedViews is { } views && !Refuses(database, effect) =>
                database with { MaterializedViews = (effect.Also is { } old ? views.Remove(old) : views).Add(effect.Name) },
            SessionEffectKind.CreateFunction when database.Functions is { } functions && database.HasFunction(effect.Name) == false =>
                database with { Functions = functions.Add(effect.Name) },
            _ => database,
        };

    /// <summary>
    /// Whether StarRocks refuses a synchronous materialized view: one of its name is an index of a table already, or an OLAP
    /// table has its name (MaterializedViewHandler.checkAndPrepareMaterializedView: "Materialized view[mv] already exists",
    /// "Table [mv] already exists"; a table whose kind is not known may be one), or its table is external, which
    /// AlterJobMgr.processCreateMaterializedView refuses as no OLAP table.
    /// </summary>
    private static bool RefusesSynchronous(DatabaseInfo database, SessionEffect effect) =>
        database.SynchronousMaterializedViews.ContainsKey(effect.Name) || database.Tables?.GetValueOrDefault(effect.Name) is { Engine: null }
        || (effect.BaseTable is { } table && IsExternal(database, table));

    /// <summary>
    /// Whether StarRocks refuses a CREATE, rename or RECOVER of the database: the catalog has one of that name, or what a
    /// RECOVER would bring back was dropped with FORCE.
    /// </summary>
    internal static bool RefusesDatabase(StarRocksCatalog catalog, SessionEffect effect) =>
        catalog.FindDatabase(effect.Name) is not null || (effect.Recovers && catalog.UnrecoverableDatabases.Contains(effect.Name));

    /// <summary>
    /// Whether StarRocks refuses a CREATE, rename or RECOVER of a table, view or materialized view in the database: the
    /// three share one set of names, and a table dropped with FORCE is not in the recycle bin.
    /// </summary>
    internal static bool Refuses(DatabaseInfo database, SessionEffect effect) =>
        database.HasObject(effect.Name) || (effect.Recovers && database.Unrecoverable.Contains(effect.Name));

    /// <summary>
    /// The database without the table, view or materialized view a DROP names, where it lists it: StarRocks refuses a DROP
    /// TABLE of a view and a DROP VIEW of a table (each names the other kind's statement), which then drop nothing.
    /// </summary>
    private static DatabaseInfo WithoutObject(DatabaseInfo database, SessionEffect effect) =>
        effect.Kind switch
        {
            SessionEffectKind.DropTable when database.Tables is { } tables && tables.ContainsKey(effect.Name) => database with
            {
                Tables = tables.Remove(effect.Name),
                GoneTables = database.GoneTables.SetItem(effect.Name, null),
                Unrecoverable = effect.Forced ? database.Unrecoverable.Add(effect.Name) : database.Unrecoverable.Remove(effect.Name),
            },
            SessionEffectKind.DropView when database.Views is { } views && views.Contains(effect.Name) =>
                database with { Views = views.Remove(effect.Name) },
            SessionEffectKind.DropMaterializedView when database.MaterializedViews is { } views && views.Contains(effect.Name) =>
                database with { MaterializedViews = views.Remove(effect.Name) },
            SessionEffectKind.DropMaterializedView when database.SynchronousMaterializedViews.ContainsKey(effect.Name) =>
                database with { SynchronousMaterializedViews = database.SynchronousMaterializedViews.Remove(effect.Name) },
            _ => database,
        };

    /// <summary>
    /// The session in <paramref name="external"/> (null: the default catalog) with the database of that catalog named
    /// <paramref name="database"/> current, or none at all (<paramref name="noDatabase"/>).
    /// </summary>
    private static StarRocksCatalog? InSession(StarRocksCatalog? catalog, string? external, string? database, bool noDatabase = false)
    {
        var (inDefault, inExternal) = external is null ? (database, (string?)null) : (null, database);
        return catalog is not null && catalog.ExternalCatalog == external && catalog.DefaultDatabase == inDefault
            && catalog.ExternalCatalogDatabase == inExternal && catalog.NoDatabase == noDatabase
            ? catalog
            : (catalog ?? StarRocksCatalog.Empty) with { ExternalCatalog = external, DefaultDatabase = inDefault, ExternalCatalogDatabase = inExternal, NoDatabase = noDatabase };
    }

    /// <summary>
    /// The table's partitions (and the other table's, for a swap) become unknown: nothing is checked against them. A load
    /// leaves its temporary partitions known, and the partitions of a table whose partitions are fixed.
    /// </summary>
    private static DatabaseInfo WithPartitionsUnknown(DatabaseInfo database, SessionEffect effect)
    {
        if (database.Tables is not { } tables)
            return database;
        var updated = tables;
        var loaded = effect.Kind == SessionEffectKind.PartitionsLoaded;
        foreach (var table in (string?[])[effect.Name, effect.Also])
            if (table is not null && updated.TryGetValue(table, out var known) && !(loaded && known.PartitionsFixed)
                && (known.Partitions is not null || (!loaded && known.TemporaryPartitions is not null)))
                updated = updated.SetItem(table, known with
                {
                    Partitions = null,
                    TemporaryPartitions = loaded ? known.TemporaryPartitions : null,
                    HasUnnamedTemporaryPartitions = loaded && known.HasUnnamedTemporaryPartitions,
                });
        return ReferenceEquals(updated, tables) ? database : database with { Tables = updated };
    }

    /// <summary>
    /// The tables after <c>ALTER TABLE t SWAP WITH u</c>: each table, partitions and all, under the other's name, as a rename
    /// would make it (LocalMetastore.swapTableInternal). Where the database lacks either, which StarRocks refuses, or the
    /// script made one in ways not followed, both tables' partitions become unknown.
    /// </summary>
    private static DatabaseInfo WithTablesSwapped(DatabaseInfo database, SessionEffect effect)
    {
        var (name, other) = (effect.Name, effect.Also!);
        if (SwapsExternal(database, effect))
            return database;
        if (!ListsBothTables(database, effect))
            return WithPartitionsUnknown(database, effect);
        if (name == other)
            return database;
        var tables = database.Tables!;
        return database with { Tables = tables.SetItem(name, RenamedTable(tables[other], name)).SetItem(other, RenamedTable(tables[name], other)) };
    }

    /// <summary>
    /// Whether the database has the table as an external one, which StarRocks alters in no way: it refuses an ALTER TABLE of
    /// a table neither OLAP nor a materialized view (AlterJobExecutor: "Do not support alter non-native table"; before,
    /// "Do not support alter non-OLAP table"), a RENAME or SWAP WITH among them, which then changes nothing.
    /// </summary>
    private static bool IsExternal(DatabaseInfo database, string table) => database.Tables?.GetValueOrDefault(table)?.Engine is not null;

    /// <summary>Whether <c>ALTER TABLE t SWAP WITH u</c> names an external table, which StarRocks refuses.</summary>
    private static bool SwapsExternal(DatabaseInfo database, SessionEffect swap) => IsExternal(database, swap.Name) || IsExternal(database, swap.Also!);

    /// <summary>Whether the database lists both tables of <c>ALTER TABLE t SWAP WITH u</c>, which the swap then gives each other's name.</summary>
    internal static bool ListsBothTables(DatabaseInfo? database, SessionEffect swap) =>
        database?.Tables is { } tables && tables.ContainsKey(swap.Name) && tables.ContainsKey(swap.Also!);

    /// <summary>
    /// The table with the partition added to those listed, or partitions dropped from them or renamed; its temporary partitions
    /// dropped; or partitions replaced with temporary ones. A temporary one added to a table whose temporary partitions are unknown is
    /// the one known: the table has some. A batch of temporary ones gives the table some whose names are not known, until a
    /// DROP or REPLACE of temporary partitions leaves it unknown whether it has any. A regular one added where the table's are unknown leaves them so. A partition and
    /// a temporary partition cannot share a name (OlapTable.checkPartitionNameExist): an ADD of a name the other kind has is refused.
    /// </summary>
    private static DatabaseInfo WithPartitionChanged(DatabaseInfo database, SessionEffect effect)
    {
        if (database.Tables?.GetValueOrDefault(effect.Name) is not { } table)
            return database;
        var changed = (effect.Kind, effect.Also) switch
        {
            (SessionEffectKind.TemporaryPartitionsCleared, _) when table.TemporaryPartitions is not [] =>
                table with { TemporaryPartitions = [], HasUnnamedTemporaryPartitions = false },
            // Which of a batch's temporary partitions a DROP or REPLACE leaves is not known: whether the table still has any.
            (SessionEffectKind.PartitionsReplaced or SessionEffectKind.PartitionsDropped, _)
                when table.HasUnnamedTemporaryPartitions && effect.Partitions is PartitionReplacement or PartitionDrop { Temporary: true } =>
                effect.Partitions!.ApplyTo(table) with { HasUnnamedTemporaryPartitions = false, BatchTemporaryPartitionsUnknown = true },
            (SessionEffectKind.PartitionsReplaced or SessionEffectKind.PartitionsDropped or SessionEffectKind.PartitionRenamed, _) => effect.Partitions!.ApplyTo(table),
            (SessionEffectKind.TemporaryPartitionAdded, null) => table with { TemporaryPartitions = null, HasUnnamedTemporaryPartitions = true },
            (SessionEffectKind.PartitionAdded, { } partition) when table.Partitions is { } listed && !table.HasPartition(partition)
                && !table.HasTemporaryPartition(partition) =>
                table with { Partitions = listed.Add(partition) },
            (SessionEffectKind.TemporaryPartitionAdded, { } partition) when !table.HasUnnamedTemporaryPartitions && !table.HasTemporaryPartition(partition)
                && table.Partitions?.Contains(partition) != true =>
                table with { TemporaryPartitions = (table.TemporaryPartitions ?? []).Add(partition) },
            _ => table,
        };
        if (ReferenceEquals(changed, table))
            return database;
        // What is known of the temporary partitions since (none, some named, a new batch) replaces that unknown.
        if (changed.BatchTemporaryPartitionsUnknown && (changed.TemporaryPartitions is not null || changed.HasUnnamedTemporaryPartitions))
            changed = changed with { BatchTemporaryPartitionsUnknown = false };
        if (!Nullable.Equals(changed.Partitions, table.Partitions))
            changed = changed with { PartitionsChangedByScript = true };
        return database with { Tables = database.Tables.SetItem(effect.Name, changed) };
    }

    /// <summary>
    /// The tables after <c>ALTER TABLE old RENAME new</c>, a name the database lacks (StarRocks refuses a rename onto one it
    /// has, a table's, a view's or a materialized view's, which changes nothing): the table under its new name, partitions
    /// and all, and no longer under the old one. A table the catalog does not list is taken as renamed all the same, what
    /// is known of it being nothing.
    /// </summary>
    private static ImmutableSortedDictionary<string, TableInfo> Renamed(ImmutableSortedDictionary<string, TableInfo> tables, string old, string renamed)
    {
        var known = tables.GetValueOrDefault(old);
        return WithTable(known is null ? tables : tables.Remove(old), renamed, known is null ? null : RenamedTable(known, renamed));
    }

    /// <summary>
    /// A table under its new name. The one partition of a table without PARTITION BY is named as the table, and renamed with
    /// it (OlapTable.setName); a catalog table whose only partition has its name may be that or a partitioned one that
    /// StarRocks leaves as it is, so its partitions become unknown.
    /// </summary>
    private static TableInfo RenamedTable(TableInfo table, string renamed) =>
        table with
        {
            Name = renamed,
            Declared = null,
            Partitions = table.OnlyPartitionBearsItsName
                ? table.Partitioning == TablePartitioning.Unpartitioned ? [renamed] : null
                : table.Partitions,
        };

    /// <summary>
    /// The table a CREATE TABLE makes, with the partitions it declares, its engine and whether it is partitioned by LIST; null
    /// (nothing known) where none of those is.
    /// </summary>
    private static TableInfo? Created(SessionEffect effect)
    {
        var table = effect.Partitions is PartitionsDeclared declared ? declared.ApplyTo(new TableInfo(effect.Name, null, null, null, null)) : null;
        if (effect.Engine is null && !effect.ListPartitioned)
            return table;
        table ??= new TableInfo(effect.Name, null, null, null, null);
        return table with { Engine = effect.Engine, Partitioning = effect.ListPartitioned ? TablePartitioning.List : table.Partitioning };
    }

    /// <summary>
    /// The tables with <paramref name="name"/>, which they lack, made: as <paramref name="known"/> says, when a rename makes
    /// it of a table known or a CREATE declares its partitions; otherwise with its partitions unknown.
    /// </summary>
    private static ImmutableSortedDictionary<string, TableInfo> WithTable(ImmutableSortedDictionary<string, TableInfo> tables, string name, TableInfo? known)
    {
        var grown = tables.Add(name, known ?? new TableInfo(name, null, null, null, null));
        NameCandidates.Grown(tables, grown, name);
        return grown;
    }
}
