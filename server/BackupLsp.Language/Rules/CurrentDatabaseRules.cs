using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Rules;

/// <summary>
/// A BACKUP that names no database where the script's session is known to have none: StarRocks' catalog switch
/// (<c>SET CATALOG c</c>, <c>USE 'CATALOG c'</c>, before 3.0 <c>USE CATALOG c</c>) clears the current database, and such a
/// job then looks up the database '' (<c>Unknown database ''</c>). Told without a catalog file: it follows from the script
/// alone. With one, a current database the script dropped or renamed is reported as unknown (SRB601): the session keeps its
/// name, which StarRocks then looks up; so is one of an external catalog (<c>SET CATALOG hive; USE db</c>) that the default
/// catalog lacks, as StarRocks looks its name up there (<see cref="Catalog.StarRocksCatalog.BackupDatabase"/>). A RESTORE never
/// reads the session's database: one that names none restores into the snapshot's own.
/// </summary>
internal static class CurrentDatabaseRules
{
    public static readonly RuleDescriptor NoDatabaseSelected = new("SRB701", "no-database-selected", DiagnosticSeverity.Error,
        "A BACKUP that names no database after a catalog switch (SET CATALOG, USE 'CATALOG c', before 3.0 USE CATALOG c) left the session without one.");

    public static readonly IReadOnlyList<RuleDescriptor> All = [NoDatabaseSelected];

    public static void Check(RuleContext context)
    {
        // External-catalog jobs belong to no database.
        if (context.Catalog is not { } session
            || context.Syntax is not SnapshotJobStatement { Kind: JobKind.Backup, External: null, NamedDatabase: null } job)
            return;
        // The catalog file lists its default database, and a USE of one it lacks is refused: the session lacks its current
        // database only after a DROP DATABASE or a rename of it, or where a refused USE default_catalog.db brought it back
        // from another catalog with that catalog's database's name.
        if (session is { ExternalCatalog: null, DefaultDatabase: { } current, Databases: { } databases } && !databases.ContainsKey(current))
        {
            var how = CatalogRules.HowGone(session, current)
                ?? "a USE of a database default_catalog lacks brought the session back to default_catalog with the name of its database in another catalog, and default_catalog has no database of that name";
            context.Report(CatalogRules.UnknownDatabase, job.Snapshot.Span,
                $"Unknown database '{current}', the session's current one: {how}. {NameOrUse(context)}");
            return;
        }
        if (session is { ExternalCatalog: { } external, ExternalCatalogDatabase: { } inExternal, Databases: { } listed } && !listed.ContainsKey(inExternal))
        {
            var gone = CatalogRules.HowGone(session, inExternal) is { } dropped ? $" ({dropped})" : "";
            context.Report(CatalogRules.UnknownDatabase, job.Snapshot.Span,
                $"Unknown database '{inExternal}': this BACKUP names no database, so StarRocks backs up the database of default_catalog named as the session's current one ('{inExternal}', of catalog '{external}'), and default_catalog has none{gone}. {NameOrUse(context)}");
            return;
        }
        if (!session.NoDatabase)
            return;
        context.Report(NoDatabaseSelected, job.Snapshot.Span,
            $"No database is selected: the switch to {(session.ExternalCatalog is { } switched ? $"catalog '{switched}'" : "default_catalog")} before this BACKUP left the session without one, so StarRocks fails it (\"Unknown database ''\"). {NameOrUse(context)}");
    }

    /// <summary>The ways out: naming the database in the BACKUP, in the forms the configured release has, or a USE.</summary>
    private static string NameOrUse(RuleContext context) =>
        $"Name the database ({(context.Options.Version < StarRocksVersion.V3_4 ? "db.snapshot" : "db.snapshot or DATABASE db")}), or USE one before it.";
}
