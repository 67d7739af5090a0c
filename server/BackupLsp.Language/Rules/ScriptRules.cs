using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Rules;

/// <summary>Rules across the statements of one script.</summary>
internal static class ScriptRules
{
    public static readonly RuleDescriptor ConcurrentJobs = new("SRB700", "concurrent-jobs", DiagnosticSeverity.Hint,
        "A second BACKUP or RESTORE of the same database in one script: only one job per database runs at a time.");

    public static readonly IReadOnlyList<RuleDescriptor> All = [ConcurrentJobs];

    /// <summary>
    /// Adds what these rules may need of one statement of a run: for each database, its first two jobs there (the
    /// script's first two jobs of a database are among the first two of the runs they stand in). Spans are relative to
    /// the run; the statement starts at <paramref name="start"/> in it and was checked in <paramref name="context"/>.
    /// </summary>
    internal static void AddMention(ImmutableArray<JobMention>.Builder mentions, int start, ParsedStatement parsed, AnalysisContext context)
    {
        if (parsed.Job is not { } job)
            return;
        var database = job.Database ?? context.Catalog?.DefaultDatabase;
        if (string.IsNullOrEmpty(database) || CountOf(mentions, database) >= 2)
            return;
        mentions.Add(new JobMention(database, job.Kind, job.Snapshot.Shift(start)));
    }

    private static int CountOf(ImmutableArray<JobMention>.Builder mentions, string database)
    {
        var count = 0;
        foreach (var mention in mentions)
            if (mention.Database == database)
                count++;
        return count;
    }

    /// <summary>
    /// Snapshots across the script, in the repositories whose snapshots the catalog lists. A RESTORE's unknown snapshot
    /// (<see cref="Diagnostic.UnlessTakenEarlier"/>) stands only if no BACKUP before it takes that snapshot: a script that
    /// backs a snapshot up and then restores it restores what exists by then. A BACKUP of a snapshot that one before it
    /// took finds it there, as StarRocks does.
    /// </summary>
    /// <param name="runs">Each run's conditional diagnostics and takes, and the offset that places them, in document order.</param>
    public static IEnumerable<Diagnostic> Snapshots(IEnumerable<(int Offset, ImmutableArray<Diagnostic> Conditional, ImmutableArray<SnapshotTake> Takes)> runs)
    {
        var taken = new HashSet<SnapshotKey>();
        foreach (var (offset, conditional, takes) in runs)
        {
            var next = 0;
            foreach (var diagnostic in conditional)
            {
                for (; next < takes.Length && takes[next].Name.Start < diagnostic.Span.Start; next++)
                    if (TakenAgain(taken, takes[next], offset) is { } again)
                        yield return again;
                if (!taken.Contains(diagnostic.UnlessTakenEarlier!))
                    yield return diagnostic.Shift(offset);
            }
            for (; next < takes.Length; next++)
                if (TakenAgain(taken, takes[next], offset) is { } again)
                    yield return again;
        }
    }

    private static Diagnostic? TakenAgain(HashSet<SnapshotKey> taken, SnapshotTake take, int offset) =>
        taken.Add(take.Snapshot)
            ? null
            : Diagnostic.Create(CatalogRules.SnapshotExists, take.Name.Shift(offset),
                $"Snapshot `{take.Snapshot.Snapshot}` is already taken into repository [{take.Snapshot.Repository}] by a BACKUP earlier in this script: choose a new snapshot name.");

    /// <param name="runs">Each run's mentions (see <see cref="AddMention"/>) and the offset that places them, in document order.</param>
    public static IEnumerable<Diagnostic> Check(IEnumerable<(int Offset, ImmutableArray<JobMention> Mentions)> runs)
    {
        // Told once per database, at the second job: the point is made, and a long script stays readable.
        // The value is the first job's verb, or null once the hint was given.
        var first = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var (offset, mentions) in runs)
        {
            foreach (var (database, kind, snapshot) in mentions)
            {
                var verb = kind == JobKind.Backup ? "BACKUP" : "RESTORE";
                if (first.TryGetValue(database, out var earlier))
                {
                    if (earlier is null)
                        continue;
                    first[database] = null;
                    yield return Diagnostic.Create(ConcurrentJobs, snapshot.Shift(offset),
                        $"An earlier {earlier} in this script also works on database '{database}': StarRocks runs one BACKUP or RESTORE per database at a time, so this {verb} fails if that job is still running. Wait for it (SHOW {earlier} FROM {NameText.ToSql(database)}) before starting this one.");
                }
                else
                    first[database] = verb;
            }
        }
    }
}

/// <summary>A BACKUP or RESTORE of a database, where its snapshot is named.</summary>
internal readonly record struct JobMention(string Database, JobKind Kind, TextSpan Snapshot);
