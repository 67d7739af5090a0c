using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Rules;

internal static partial class ObjectRules
{
    /// <summary>
    /// <c>ON (t.p)</c> where <c>t</c> is a table of the statement's database and <c>p</c> one of its partitions, as the
    /// catalog (or the script's CREATE) has them, and <c>t</c> is not that database: meant as the partition, which
    /// StarRocks reads as database <c>t</c>, table <c>p</c> (StarRocks' own 3.2 guide writes <c>RESTORE ... ON (t.p)</c> so).
    /// What the diagnostic adds to say so, and the fix that writes <c>t PARTITION (p)</c>; null for any other name. The fix
    /// is the one right edit only where <c>p</c> is certainly no table, view or materialized view of the database, nor
    /// <c>t</c> another database the catalog lists: then the name as written can only fail.
    /// </summary>
    private static (string Sentence, CodeFix Fix)? PartitionWrittenAsTable(RuleContext context, SnapshotJobStatement job, ObjectDesc item)
    {
        if (item is not { Partitions: null, Name.Parts: [var owner, var partition] } || partition.Value.Length == 0
            || CatalogRules.KnownObjectsDatabase(context.Catalog, job) is not var (database, whole)
            || string.Equals(owner.Value, database.Name, StringComparison.OrdinalIgnoreCase)
            || database.Tables?.GetValueOrDefault(owner.Value) is not { Partitions: not null } table || !table.HasPartition(partition.Value))
            return null;
        var written = $"{context.Text.Substring(owner.Span.Start, owner.Span.Length)} {context.InStatementCase("PARTITION")} ({context.Text.Substring(partition.Span.Start, partition.Span.Length)})";
        var certain = whole && CatalogRules.TableLikeKind(database, partition.Value) is null
            && context.Catalog!.FindDatabase(owner.Value) is null && !context.Catalog.CreatedDatabases.ContainsKey(owner.Value);
        var verb = job.Kind == JobKind.Backup ? "back up" : "restore";
        return ($" Database '{database.Name}' has a table '{owner.Value}' with a partition '{partition.Value}': to {verb} that partition, write `{written}`.",
            CodeFix.Replace($"Change to {written}", item.Name!.Span, written, certain));
    }
}
