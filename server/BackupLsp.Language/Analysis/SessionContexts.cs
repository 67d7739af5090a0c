using System.Collections.Concurrent;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Facts;

namespace BackupLsp.Language.Analysis;

/// <summary>
/// The context a statement is checked in, after the session effects of the statements before it: <c>USE db</c> makes db
/// the database of statements that name none, a CREATE adds its name to the catalog (a repository, database, table or
/// view created earlier in the script exists for the statements after it), a RESTORE the objects it brings back, and
/// DROP REPOSITORY or DROP SNAPSHOT takes one out; a statement StarRocks refuses has none (see StatementParts). Each
/// context after an effect is made once and kept, so that the statements between two effects share one context and
/// their per-statement results stay cached. Names are only ever added where the catalog lists them completely; what it
/// leaves unknown stays unknown, but for what the script makes of kinds StarRocks does not back up, which is kept apart
/// (<see cref="StarRocksCatalog.MadeObjects"/>). <see cref="Apply"/> tells an effect by its kind and hands it to one
/// part: the session's databases, repositories, a RESTORE, or what the database it works in holds
/// (<see cref="InEffectDatabase"/>, which <see cref="DatabaseAfter"/> changes alike wherever the session keeps it).
/// </summary>
internal static partial class SessionContexts
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

    /// <summary>
    /// The one place an effect is told by its kind: the session it switches (catalog, database), the repositories,
    /// snapshots and databases it makes or drops, what a RESTORE brings back; any other effect is on what the database it
    /// works in holds (<see cref="InEffectDatabase"/>).
    /// </summary>
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
            // A USE of the default catalog's database that StarRocks runs proves it exists.
            SessionEffectKind.UseDatabase when effect.Catalog is { } named => SessionEffect.IsDefaultCatalog(named)
                ? WithExisting(InSession(catalog, null, effect.Name), effect.Name, effect) : InSession(catalog, named, effect.Name),
            // In an external catalog, USE db names one of its databases, none of the file's (but a BACKUP looks its name up
            // in the default catalog).
            SessionEffectKind.UseDatabase when catalog?.ExternalCatalog is { } external => InSession(catalog, external, effect.Name),
            // Without a catalog the current database still decides which jobs run on the same database.
            SessionEffectKind.UseDatabase => WithExisting(InSession(catalog, null, effect.Name), effect.Name, effect),
            // External catalogs are the cluster's, whatever the session: a DROP of default_catalog, in any case, drops nothing
            // (CatalogAnalyzer refuses it as written; CatalogMgr finds no catalog of another case of its name).
            SessionEffectKind.DropCatalog when SessionEffect.IsDefaultCatalog(effect.Name) => catalog,
            SessionEffectKind.DropCatalog => WithCatalogs(catalog, (catalog ?? StarRocksCatalog.Empty).DroppedCatalogs.Add(effect.Name)),
            // One of a type the release does not support StarRocks refuses (CatalogAnalyzer.visitCreateCatalogStatement).
            SessionEffectKind.CreateCatalog when !effect.MakesCatalog(context.Options.Version) => catalog,
            SessionEffectKind.CreateCatalog => WithCatalogs(catalog, catalog?.DroppedCatalogs.Remove(effect.Name)),
            // A RESTORE of all its snapshot's catalogs may make any of them again.
            SessionEffectKind.RestoreCatalogs => WithCatalogs(catalog, effect.RestoredCatalogs.IsDefault ? catalog?.DroppedCatalogs.Clear()
                : catalog?.DroppedCatalogs.Except(effect.RestoredCatalogs)),
            // What a statement creates or changes in another catalog than the default one is none of the file's: named so
            // (hive.db.t), or named alone in a session switched to one. Repositories and what a RESTORE brings back are the
            // cluster's, whatever the session, and a statement not read may name anything.
            _ when effect.Kind is not (SessionEffectKind.CreateRepository or SessionEffectKind.DropRepository or SessionEffectKind.DropSnapshot
                    or SessionEffectKind.Restore or SessionEffectKind.ObjectsUnknown)
                && !effect.InDefaultCatalog(catalog) => catalog,
            SessionEffectKind.CreateRepository when catalog?.HasRepository(effect.Name) != true => WithRepository(catalog ?? StarRocksCatalog.Empty, effect),
            SessionEffectKind.DropRepository when catalog?.KnownRepository(effect.Name) is { } dropped => WithoutRepository(catalog, effect.Name, dropped),
            SessionEffectKind.DropSnapshot => WithoutSnapshot(catalog, effect.Also!, effect.Name),
            // A name StarRocks refuses fails the CREATE or rename, which changes nothing.
            SessionEffectKind.CreateDatabase when RefusesDatabaseName(effect, context.Options) => catalog,
            SessionEffectKind.CreateDatabase when effect.Also is { } old => RenamedDatabase(catalog ?? StarRocksCatalog.Empty, old, effect.Name),
            SessionEffectKind.CreateDatabase when effect.Also is null => CreatedDatabase(catalog, effect),
            SessionEffectKind.DropDatabase => DroppedDatabase(catalog ?? StarRocksCatalog.Empty, effect),
            SessionEffectKind.Restore => WithRestored(catalog, effect),
            SessionEffectKind.ObjectsUnknown => WithObjectsUnknown(catalog, null, AllKinds),
            // A form newer than the configured release is a syntax error there, which changes nothing.
            _ when effect.Partitions is { } change && context.Options.Version is { } version && change.IsLackedBy(version) => catalog,
            SessionEffectKind.CreateTable when effect.Copy is { } copy => InEffectDatabase(catalog, Copying(effect, copy, CopiedTable(catalog, copy))),
            _ => InEffectDatabase(catalog, effect),
        };
        return ReferenceEquals(changed, catalog) ? context : context with { Catalog = changed };
    }

    /// <summary>The session with <paramref name="dropped"/> as its dropped catalogs; as it was where they are the same (or none are known).</summary>
    private static StarRocksCatalog? WithCatalogs(StarRocksCatalog? catalog, ImmutableHashSet<string>? dropped) =>
        dropped is null || ReferenceEquals(dropped, catalog?.DroppedCatalogs) || (dropped.IsEmpty && catalog is null)
            ? catalog : (catalog ?? StarRocksCatalog.Empty) with { DroppedCatalogs = dropped };

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
}
