using BackupLsp.Language.Analysis;
using BackupLsp.Language.Facts;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;
using static BackupLsp.Language.Facts.Releases;

namespace BackupLsp.Language.Rules;

/// <summary>
/// Forms added in StarRocks 3.4, 4.0 (an unparenthesized PARTITION list of more than one name), 4.1 (WHERE, ORDER BY and
/// LIMIT on the SHOW statements; SHOW RESTORE's WHERE, taken before, was ignored) and 4.2 (DROP SNAPSHOT, BACKUP's <c>ttl</c>), flagged when an older version is configured.
/// USE 'CATALOG c', of 3.0, and SET CATALOG, of 3.0 and 2.5.3, are other SQL: SessionRules reports them under this rule.
/// </summary>
internal static class VersionRules
{
    public static readonly RuleDescriptor RequiresNewerVersion = new("SRB500", "requires-newer-version", DiagnosticSeverity.Warning,
        "A form added in StarRocks 3.4 (the WHERE of SHOW BACKUP and SHOW REPOSITORIES and any SHOW's ORDER BY or LIMIT: 4.1, and SHOW RESTORE's WHERE, which older releases take and ignore; DROP SNAPSHOT and BACKUP's `ttl`: 4.2; more than one partition after PARTITION without parentheses: 4.0; USE 'CATALOG c': 3.0; SET CATALOG: 2.5.3), or a BACKUP of a view (3.4) or materialized view (3.2), used while `starrocksVersion` is older.");

    public static readonly IReadOnlyList<RuleDescriptor> All = [RequiresNewerVersion];

    public static void Check(RuleContext context)
    {
        if (context.Options.Version is not { } version)
            return;
        foreach (var (span, what, since) in NewerForms(context.Syntax, context.Parsed, context.Text, version))
            if (version < since)
                context.Report(RequiresNewerVersion, span, $"{what} requires StarRocks {since} or later; the configured version is {version}.");
        if (version <= ObjectRules.LastReadingNextAsTable)
            ReportPartitionListsGoingOn(context, version);
        if (version < ShowClausesSince)
            ReportIgnoredRestoreFilter(context, version);
    }

    /// <summary>
    /// SHOW RESTORE's WHERE, which the grammar took before 4.1 and nothing read: AstBuilder.visitShowRestoreStatement drops
    /// it without FROM, ShowRestoreStmt keeps it unread with one, and ShowExecutor lists the latest restore job of every
    /// database, or of FROM's, whatever it says. 4.1 filters the rows of every SHOW of the family by it.
    /// </summary>
    private static void ReportIgnoredRestoreFilter(RuleContext context, StarRocksVersion version)
    {
        if (context.Syntax is not ShowJobsStatement { Kind: JobKind.Restore, Clauses.Where: { } where } show)
            return;
        var listed = show.Database is { } database ? $"of database '{database.Value}'" : "of every database";
        context.Report(RequiresNewerVersion, where.Span,
            $"StarRocks {version} ignores the WHERE of SHOW RESTORE: it lists the latest restore job {listed} whatever the condition says; StarRocks {ShowClausesSince} and later filter them.");
    }

    /// <summary>
    /// <c>t1 PARTITION p1, 'p2'</c>: releases up to 3.5 read one name after a PARTITION without parentheses, and fail at
    /// a string after it, which 4.0 and later read as another partition. Parentheses keep that reading and are
    /// read so by every release.
    /// </summary>
    private static void ReportPartitionListsGoingOn(RuleContext context, StarRocksVersion version)
    {
        if (context.Syntax is not SnapshotJobStatement { On: { } on })
            return;
        foreach (var item in on.Objects)
        {
            if (item.Partitions is not { Parenthesized: false, Partitions: { Length: > 1 } partitions })
                continue;
            var all = TextSpan.FromBounds(partitions[0].Span.Start, partitions[^1].Span.End);
            context.Report(RequiresNewerVersion, TextSpan.FromBounds(partitions[1].Span.Start, all.End),
                $"More than one partition after PARTITION without parentheses requires StarRocks {ObjectRules.FirstReadingNextAsPartition} or later ({ObjectRules.LastReadingNextAsTable} and older read one name there); the configured version is {version}. Put the partitions in parentheses.",
                CodeFix.Parenthesize($"Add parentheses: partitions ({context.OneLine(all)})", all, certain: true));
        }
    }

    private static IEnumerable<(TextSpan Span, string What, StarRocksVersion Since)> NewerForms(Statement statement, ParsedStatement parsed, string text,
        StarRocksVersion version)
    {
        var since34 = StarRocksVersion.V3_4;
        switch (statement)
        {
            case SnapshotJobStatement job:
                if (job.External is { } external)
                    yield return (external.Span, "Backing up or restoring external catalogs", since34);
                if (job.Database is { } database)
                    yield return (database.Span, "The DATABASE clause", since34);
                if (job.Kind == JobKind.Backup && PropertyRules.LastProperty(job, PropertyKeys.Ttl, version) is { } ttl)
                    yield return (ttl.Span, "The BACKUP property \"ttl\"", TtlSince);
                foreach (var item in job.On?.Objects ?? [])
                    if (item.KeywordSpan is { } keyword)
                        yield return (keyword, item.Kind switch
                        {
                            ObjectKind.View => "Naming views in ON (...)",
                            ObjectKind.MaterializedView => "Naming materialized views in ON (...)",
                            ObjectKind.Function => "Naming functions in ON (...)",
                            // As written: ALL TABLE or ALL TABLES.
                            _ => item.All ? (text[keyword.End - 1] is 's' or 'S' ? "ALL TABLES" : "ALL TABLE") : "The TABLE keyword in ON (...)",
                        }, since34);
                break;
            case CancelJobStatement { ForExternalCatalogSpan: { } forExternal }:
                yield return (forExternal, "CANCEL ... FOR EXTERNAL CATALOG", since34);
                break;
            case DropSnapshotStatement drop:
                // The whole statement, which the release cannot parse: what the rules find in it is not reported there.
                yield return (drop.Span, "DROP SNAPSHOT", StatementSince(StatementKind.DropSnapshot)!.Value);
                break;
        }
        if (SyntaxWalk.ShowClausesOf(statement) is not { } clauses)
            yield break;
        var show = StatementHeads.WordsOf(parsed.Kind);
        if (clauses.Where is { } where && IsNewShowClause(parsed.Kind, "WHERE"))
            yield return (where.Span, $"WHERE on {show}", ShowClausesSince);
        if (clauses.OrderBy is { } orderBy)
            yield return (orderBy, $"ORDER BY on {show}", ShowClausesSince);
        if (clauses.Limit is { } limit)
            yield return (limit, $"LIMIT on {show}", ShowClausesSince);
    }
}
