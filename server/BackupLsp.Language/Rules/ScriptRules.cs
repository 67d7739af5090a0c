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
    /// The jobs of a run of statements that these rules may need: for each database, its first two jobs there
    /// (the script's first two jobs of a database are among the first two of the runs they stand in). Spans are
    /// relative to the run, whose statements are given relative to it too.
    /// </summary>
    internal static ImmutableArray<JobMention> Mentions(IEnumerable<(int Start, ParsedStatement Parsed)> statements, AnalysisContext context)
    {
        var mentions = ImmutableArray.CreateBuilder<JobMention>(0);
        foreach (var (start, parsed) in statements)
        {
            if (parsed.Job is not { } job)
                continue;
            var database = job.Database ?? context.Catalog?.DefaultDatabase;
            if (string.IsNullOrEmpty(database) || CountOf(mentions, database) >= 2)
                continue;
            mentions.Add(new JobMention(database, job.Kind, job.Snapshot.Shift(start)));
        }
        return mentions.DrainToImmutable();
    }

    private static int CountOf(ImmutableArray<JobMention>.Builder mentions, string database)
    {
        var count = 0;
        foreach (var mention in mentions)
            if (mention.Database == database)
                count++;
        return count;
    }

    /// <param name="runs">Each run's <see cref="Mentions"/> and the offset that places them, in document order.</param>
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
