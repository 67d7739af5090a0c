using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Rules;

/// <summary>Rules across the statements of one script.</summary>
internal static class ScriptRules
{
    public static readonly RuleDescriptor ConcurrentJobs = new("SRB700", "concurrent-jobs", DiagnosticSeverity.Hint,
        "A second BACKUP or RESTORE of the same database in one script: only one job per database runs at a time.");

    public static readonly IReadOnlyList<RuleDescriptor> All = [ConcurrentJobs];

    /// <param name="jobs">The script's BACKUP and RESTORE statements, in order, with their document offsets.</param>
    public static IEnumerable<Diagnostic> Check(IEnumerable<(int Start, ParsedStatement Parsed)> jobs, AnalysisContext context)
    {
        // Told once per database, at the second job: the point is made, and a long script stays readable.
        // The value is the first job's verb, or null once the hint was given.
        var first = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (start, parsed) in jobs)
        {
            if (parsed.Syntax is not SnapshotJobStatement { External: null } job)
                continue;
            var database = job.NamedDatabase?.Value ?? context.Catalog?.DefaultDatabase;
            if (string.IsNullOrEmpty(database))
                continue;
            var verb = job.Kind == JobKind.Backup ? "BACKUP" : "RESTORE";
            if (first.TryGetValue(database, out var earlier))
            {
                if (earlier is null)
                    continue;
                first[database] = null;
                yield return Diagnostic.Create(ConcurrentJobs, job.Snapshot.Span.Shift(start),
                    $"An earlier {earlier} in this script also works on database '{database}': StarRocks runs one BACKUP or RESTORE per database at a time, so this {verb} fails if that job is still running. Wait for it (SHOW {earlier} FROM {NameText.ToSql(database)}) before starting this one.");
            }
            else
                first[database] = verb;
        }
    }
}
