using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Rules;

/// <summary>
/// A BACKUP that takes nothing: StarRocks' privilege check refuses a BACKUP whose analysed list of objects is empty
/// (AuthorizerStmtVisitor.visitBackupStatement, and PrivilegeCheckerV2 in 3.0: "Database: db is empty"; 2.5's
/// PrivilegeChecker fails it on the list's first object: "Table not found."). Without ON, BackupRestoreAnalyzer lists
/// every table of the database, views and materialized views among them, and from 3.4 its functions too (which 3.4's
/// check counts); with ON, ALL of a kind adds the objects of that kind alone. Told only where the database's lists of
/// those kinds are known: the catalog lists them, or the script made the database (with what it has put in it since).
/// </summary>
internal static class EmptyBackupRules
{
    public static readonly RuleDescriptor EmptyBackup = new("SRB609", "empty-backup", DiagnosticSeverity.Error,
        "A BACKUP that takes nothing: the database has no object of the kinds it backs up, whole or ALL of a kind (StarRocks: \"Database: db is empty\").");

    public static readonly IReadOnlyList<RuleDescriptor> All = [EmptyBackup];

    /// <summary>The release whose privilege check names the empty database (3.0's PrivilegeCheckerV2).</summary>
    private static readonly StarRocksVersion NamedEmptySince = new(3, 0);

    public static void Check(RuleContext context)
    {
        if (context.Catalog is not { } catalog
            || context.Syntax is not SnapshotJobStatement { Kind: JobKind.Backup, External: null } backup
            || (backup.NamedDatabase?.Value ?? catalog.BackupDatabase) is not { Length: > 0 } name
            // One whose name StarRocks refuses fails for that alone (SRB113).
            || NameRules.RefusedDatabase(backup, context.Options.Version) is not null)
            return;
        var created = catalog.CreatedDatabases.GetValueOrDefault(name);
        if ((created ?? catalog.FindDatabase(name)) is not { } database)
            return;
        // A 3.4 form (the DATABASE clause, ALL of a kind) fails an older release's parser (SRB500): it is judged as the
        // releases that take it judge it, where it fails for what it takes.
        var version = context.Options.Version is { } configured && configured < StarRocksVersion.V3_4 && (backup.Database is not null || backup.On is not null)
            ? StarRocksVersion.V3_4 : context.Options.Version;
        var before3_4 = version < StarRocksVersion.V3_4;
        ObjectKind[] kinds;
        TextSpan span;
        string what;
        if (backup.On is not { } on)
        {
            // Functions are backed up from 3.4 on; before, a database of functions alone is empty to the BACKUP.
            kinds = before3_4 ? [ObjectKind.Table, ObjectKind.View, ObjectKind.MaterializedView]
                : [ObjectKind.Table, ObjectKind.View, ObjectKind.MaterializedView, ObjectKind.Function];
            span = backup.Database?.Name.Span ?? backup.Snapshot.Span;
            what = $"A BACKUP of the whole database '{database.Name}' takes nothing: it has";
        }
        else
        {
            // An object named is taken, or refused for its own reason (SRB602).
            if (on.Objects.IsEmpty || on.Objects.Any(o => !o.All))
                return;
            kinds = [.. on.Objects.Select(o => o.Kind).Distinct()];
            span = on.Span;
            what = $"{Joined([.. kinds.Select(AllOf)], "and")} {(kinds.Length == 1 ? "takes" : "take")} nothing, and the BACKUP names nothing else: database '{database.Name}' has";
        }
        // A loop rather than a lambda capturing the database, which would be allocated on entry, for every statement checked.
        foreach (var kind in kinds)
            if (CountOf(database, kind) != 0)
                return;
        var source = created is null ? "as the catalog lists it and the script leaves it"
            : catalog.RenamedFrom(name) is { } createdAs ? $"as the script has made it since a CREATE DATABASE made it as '{createdAs}' and an ALTER DATABASE renamed it"
            : "as the script has made it since its CREATE DATABASE";
        var refusal = version < NamedEmptySince ? "Table not found." : $"Database: {database.Name} is empty";
        context.Report(EmptyBackup, span,
            $"{what} no {Joined([.. kinds.Select(NounOf)], "or")}, {source}. StarRocks refuses a BACKUP that takes nothing (\"{refusal}\"), and no job starts.");
    }

    /// <summary>How many objects of the kind the database has; null where that is not known.</summary>
    private static int? CountOf(DatabaseInfo database, ObjectKind kind) => kind switch
    {
        ObjectKind.Table => database.Tables?.Count,
        ObjectKind.View => database.Views?.Length,
        ObjectKind.MaterializedView => database.MaterializedViews?.Length,
        ObjectKind.Function => database.Functions?.Length,
        _ => null,
    };

    private static string NounOf(ObjectKind kind) => kind switch
    {
        ObjectKind.Table => "tables",
        ObjectKind.View => "views",
        ObjectKind.MaterializedView => "materialized views",
        _ => "functions",
    };

    private static string AllOf(ObjectKind kind) => "ALL " + NounOf(kind).ToUpperInvariant();

    /// <summary><c>a, b and c</c> (or <paramref name="conjunction"/>).</summary>
    private static string Joined(string[] items, string conjunction) =>
        items.Length == 1 ? items[0] : $"{string.Join(", ", items[..^1])} {conjunction} {items[^1]}";
}
