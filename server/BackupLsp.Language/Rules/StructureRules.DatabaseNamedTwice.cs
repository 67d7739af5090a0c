using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Rules;

/// <summary>
/// SRB102: StarRocks' parser refuses a <c>db.</c> prefix on the snapshot beside a DATABASE clause
/// (AstBuilder.parseBackupRestoreStatement). In a BACKUP both name the database backed up. In a RESTORE the prefix names
/// the database to restore into and DATABASE the snapshot's own (<c>labelName.setDbName(dbAlias != null ? dbAlias :
/// originDb)</c>), so <c>DATABASE db AS target</c> says what the two said. A fix is offered only where it keeps that.
/// </summary>
internal static partial class StructureRules
{
    private static void ReportDatabaseNamedTwice(RuleContext context, SnapshotJobStatement job, DatabaseClause database)
    {
        var version = context.Options.Version;
        var prefix = job.Snapshot.Parts[0];
        var named = NameText.ToSql(database.Name.Value, version);
        var target = NameText.ToSql(prefix.Value, version);
        // Database names are case-sensitive in StarRocks: `Sales` is another database than `sales`.
        var sameDatabase = database.Name.Value == prefix.Value;
        // Before 3.4 there is no DATABASE clause: the prefix is what stays.
        var clauseRemoval = CodeFix.Replace("Remove the DATABASE clause", context.WithLeadingSpace(database.Span), "");
        var prefixRemoval = CodeFix.Replace("Remove the database prefix", PrefixSpan(job.Snapshot), "");
        var olderVersion = version < StarRocksVersion.V3_4;

        if (job.Kind == JobKind.Backup)
        {
            if (sameDatabase)
                context.Report(DatabaseNamedTwice, prefix.Span,
                    $"The database is named twice (DATABASE {named} and `{job.Snapshot}`): keep one.",
                    olderVersion ? clauseRemoval : prefixRemoval);
            else
                context.Report(DatabaseNamedTwice, prefix.Span,
                    $"The database to back up is named twice, and differently: {named} (DATABASE) and {target} (`{job.Snapshot}`): keep the one to back up.");
            return;
        }

        var said = $"The database is named twice: in a RESTORE the prefix of `{job.Snapshot}` names the database to restore into ({target}), and DATABASE {named} the snapshot's own database";
        if (database.Alias is { } alias && alias.Name.Value != prefix.Value)
            context.Report(DatabaseNamedTwice, prefix.Span,
                $"{said}, while AS {NameText.ToSql(alias.Name.Value, version)} restores into {NameText.ToSql(alias.Name.Value, version)}: keep the prefix or the AS.");
        else if (olderVersion)
            context.Report(DatabaseNamedTwice, prefix.Span, $"{said}; StarRocks {version} takes no DATABASE clause: keep the prefix.", clauseRemoval);
        else if (database.Alias is not null || sameDatabase)
            context.Report(DatabaseNamedTwice, prefix.Span,
                $"{said}; DATABASE {named}{(database.Alias is null ? "" : $" AS {target}")} restores into {target} already: remove the prefix.", prefixRemoval);
        else
            context.Report(DatabaseNamedTwice, prefix.Span, $"{said}; StarRocks takes one or the other: write DATABASE {named} AS {target}.",
                new CodeFix($"Restore into {target}: write DATABASE {named} AS {target}", [
                    new TextEdit(PrefixSpan(job.Snapshot), ""),
                    new TextEdit(new TextSpan(database.Name.Span.End, 0), " AS " + context.Text.Substring(prefix.Span.Start, prefix.Span.Length)),
                ]));
    }

    /// <summary>The <c>db.</c> of <c>db.snapshot</c>, up to the snapshot's own name.</summary>
    private static TextSpan PrefixSpan(QualifiedName snapshot) => TextSpan.FromBounds(snapshot.Span.Start, snapshot.Parts[1].Span.Start);
}
