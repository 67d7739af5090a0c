using System.Collections.Immutable;
using BackupLsp.Language.Catalog;

namespace BackupLsp.Language.Analysis;

internal static partial class SessionContexts
{
    /// <summary>
    /// The session with the database an effect works in (the one it names, else the current one) as the effect leaves what
    /// it holds, in each of the three places the session keeps a database: what the script made there where nothing more
    /// is known of it (<see cref="WithMade"/>), the databases the script made, and those the catalog lists. As it was where
    /// none of them has that database or nothing changes.
    /// </summary>
    private static StarRocksCatalog? InEffectDatabase(StarRocksCatalog? catalog, SessionEffect effect)
    {
        if (catalog is not null && effect.Database is null && catalog is { DefaultDatabase: null, NoDatabase: false } && KindMade(effect.Kind) is { } made)
            return WithObjectsUnknown(catalog, catalog.DroppedDatabases, [made]);
        if ((effect.Database ?? catalog?.DefaultDatabase) is not { } name)
            return catalog is { NoDatabase: false } ? WithoutMadeAnywhere(catalog, effect) : catalog;
        if (WithExisting(WithMade(catalog, name, effect), name, effect) is not { } changed)
            return null;
        var created = WithDatabaseChanged(changed.CreatedDatabases, name, effect);
        var databases = changed.Databases is { } listed ? WithDatabaseChanged(listed, name, effect) : null;
        return ReferenceEquals(created, changed.CreatedDatabases) && ReferenceEquals(databases, changed.Databases) ? changed
            : changed with { CreatedDatabases = created, Databases = databases };
    }

    /// <summary>
    /// The session with the database a CREATE TABLE, VIEW, MATERIALIZED VIEW or FUNCTION works in, or a USE switches to, known to exist
    /// (<see cref="StarRocksCatalog.ExistingDatabases"/>), where nothing else tells so: the catalog lists no databases, and
    /// the script neither made it nor followed what it made there. Not one the script dropped and has not made again:
    /// StarRocks refuses the statement there, which proves nothing.
    /// </summary>
    private static StarRocksCatalog? WithExisting(StarRocksCatalog? catalog, string database, SessionEffect effect)
    {
        if (!ProvesDatabase(effect) || catalog?.Databases is not null
            || (catalog is not null && (ScriptShowsDatabase(catalog, database) || catalog.DroppedDatabases.Contains(database))))
            return catalog;
        var session = catalog ?? StarRocksCatalog.Empty;
        return session with { ExistingDatabases = session.ExistingDatabases.Add(database) };
    }

    /// <summary>
    /// Whether StarRocks runs the effect only in a database that exists, so that one it runs proves its database: a CREATE
    /// TABLE (LocalMetastore.createTable), CREATE VIEW (LocalMetastore.createView) or synchronous CREATE MATERIALIZED VIEW
    /// (AlterJobMgr.processCreateMaterializedView), each failing "Unknown database"; an asynchronous CREATE MATERIALIZED
    /// VIEW ("Can not find database", MaterializedViewAnalyzer.visitCreateMaterializedViewStatement); a USE ("Unknown
    /// database", ConnectContext.changeCatalogDb); a CREATE FUNCTION ("Unknown database" before Database.addFunction,
    /// DDLStmtExecutor.visitCreateFunctionStatement, IF NOT EXISTS or OR REPLACE too; a GLOBAL one, GlobalFunctionMgr's,
    /// names none, and a TEMPORARY one or one with both of those is refused: none is an effect); a CREATE TEMPORARY TABLE,
    /// made as a CREATE TABLE is (CreateTemporaryTableStmt is a CreateTableStmt), where the release and the FE config take
    /// temporary tables (where they do not it fails, and the proof it is taken for only leaves a later CREATE DATABASE of
    /// that name unreported). Not the rename of a materialized view, the kind's other effect, as no rename is taken for proof.
    /// </summary>
    private static bool ProvesDatabase(SessionEffect effect) =>
        effect is { Kind: SessionEffectKind.CreateTable or SessionEffectKind.CreateTemporaryTable or SessionEffectKind.CreateView
                or SessionEffectKind.CreateFunction or SessionEffectKind.UseDatabase }
            or { Kind: SessionEffectKind.CreateMaterializedView, Also: null };

    /// <summary>The databases with the one of that name, where they hold it, as the effect leaves what it holds.</summary>
    private static TDictionary WithDatabaseChanged<TDictionary>(TDictionary databases, string name, SessionEffect effect)
        where TDictionary : IImmutableDictionary<string, DatabaseInfo> =>
        databases.TryGetValue(name, out var database) && DatabaseAfter(database, effect) is var changed && !ReferenceEquals(changed, database)
            ? (TDictionary)databases.SetItem(name, changed)
            : databases;

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
}
