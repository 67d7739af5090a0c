using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Rules;

/// <summary>Forms added in StarRocks 3.4 (and DROP SNAPSHOT, in 4.2), flagged when an older version is configured.</summary>
internal static class VersionRules
{
    public static readonly RuleDescriptor RequiresNewerVersion = new("SRB500", "requires-newer-version", DiagnosticSeverity.Warning,
        "A form added in StarRocks 3.4 (DROP SNAPSHOT: 4.2), used while `starrocksVersion` is older.");

    public static readonly IReadOnlyList<RuleDescriptor> All = [RequiresNewerVersion];

    private static readonly StarRocksVersion DropSnapshotSince = new(4, 2);

    public static void Check(RuleContext context)
    {
        if (context.Options.Version is not { } version)
            return;
        if (context.Syntax is DropSnapshotStatement && version < DropSnapshotSince)
            context.Report(RequiresNewerVersion, context.Parsed.HeadSpan,
                $"DROP SNAPSHOT requires StarRocks {DropSnapshotSince} or later; the configured version is {version}.");
        if (version >= StarRocksVersion.V3_4)
            return;
        foreach (var (span, what) in NewerForms(context.Syntax, context.Text))
            context.Report(RequiresNewerVersion, span,
                $"{what} requires StarRocks 3.4 or later; the configured version is {version}.");
    }

    private static IEnumerable<(TextSpan Span, string What)> NewerForms(Statement statement, string text)
    {
        switch (statement)
        {
            case SnapshotJobStatement job:
                if (job.External is { } external)
                    yield return (external.Span, "Backing up or restoring external catalogs");
                if (job.Database is { } database)
                    yield return (database.Span, "The DATABASE clause");
                foreach (var item in job.On?.Objects ?? [])
                    if (item.KeywordSpan is { } keyword)
                        yield return (keyword, item.Kind switch
                        {
                            ObjectKind.View => "Naming views in ON (...)",
                            ObjectKind.MaterializedView => "Naming materialized views in ON (...)",
                            ObjectKind.Function => "Naming functions in ON (...)",
                            // As written: ALL TABLE or ALL TABLES.
                            _ => item.All ? (text[keyword.End - 1] is 's' or 'S' ? "ALL TABLES" : "ALL TABLE") : "The TABLE keyword in ON (...)",
                        });
                break;
            case CancelJobStatement { ForExternalCatalogSpan: { } forExternal }:
                yield return (forExternal, "CANCEL ... FOR EXTERNAL CATALOG");
                break;
        }
    }
}
