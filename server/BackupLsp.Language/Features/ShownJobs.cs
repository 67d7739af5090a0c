using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Features;

/// <summary>
/// The jobs a SHOW BACKUP or SHOW RESTORE lists: StarRocks keeps one job per database, the last BACKUP or RESTORE there
/// (BackupHandler), and the SHOW lists the one of the database it names (<c>FROM db</c>), or of every database without
/// FROM (ShowExecutor, from 3.0), where that job is of the kind shown. A snapshot the SHOW's filter names is that job's.
/// StarRocks keys the job by the database's id, which a rename keeps: FROM finds it under the database's new name (see
/// <see cref="Identity"/>).
/// </summary>
internal sealed class ShownJobs
{
    /// <summary>
    /// A BACKUP or RESTORE at a document offset, in the database it works in (its <see cref="Identity"/>; null where that is
    /// not known here), and where the next job of that database starts, which takes its place (<see cref="int.MaxValue"/>:
    /// none, or not known).
    /// </summary>
    private readonly record struct Job(int Offset, object? Database, JobKind Kind, string Snapshot, string Repository, int ReplacedAt = int.MaxValue);

    private readonly ImmutableArray<Job> _jobs;

    /// <summary>Where each database's jobs are in <see cref="_jobs"/>, in order: a SHOW ... FROM finds the last before it.</summary>
    private readonly Dictionary<object, List<int>> _byDatabase;

    /// <summary>Where each snapshot's jobs are in <see cref="_jobs"/>, in order: a filter that names one looks at those alone.</summary>
    private readonly Dictionary<string, List<int>> _bySnapshot;

    private ShownJobs(ImmutableArray<Job> jobs, Dictionary<object, List<int>> byDatabase, Dictionary<string, List<int>> bySnapshot) =>
        (_jobs, _byDatabase, _bySnapshot) = (jobs, byDatabase, bySnapshot);

    /// <summary>Each analysis's jobs, read once: every highlight in a SHOW's filter asks for them.</summary>
    private static readonly ConditionalWeakTable<DocumentAnalysis, ShownJobs> Made = new();

    public static ShownJobs Of(DocumentAnalysis analysis, CancellationToken cancellationToken) =>
        Made.GetValue(analysis, made => Read(made, cancellationToken));

    private static ShownJobs Read(DocumentAnalysis analysis, CancellationToken cancellationToken)
    {
        var jobs = ImmutableArray.CreateBuilder<Job>();
        var byDatabase = new Dictionary<object, List<int>>();
        var bySnapshot = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var count = 0;
        // A statement StarRocks refuses, on its own or for what the script does before it, starts no job (asked as SRB700
        // asks, of its block): it takes no database's place.
        for (var block = 0; block < analysis.Blocks.Length; block++)
        {
            foreach (var (start, part, catalog) in analysis.Blocks[block].JobsAndDrops)
            {
                if (count++ % 256 == 0)
                    cancellationToken.ThrowIfCancellationRequested();
                if (part.Job is not { } job || !analysis.StartsJob(block, start, job))
                    continue;
                var at = analysis.BlockStarts[block] + start;
                // A RESTORE that names no database works in its snapshot's, and a job of external catalogs in none.
                var database = job.OfExternalCatalogs || (job.Database is null && job.Kind == JobKind.Restore) ? null
                    : Identity(job.Database ?? catalog?.BackupDatabase, catalog);
                if (database is not null)
                {
                    if (byDatabase.TryGetValue(database, out var earlier))
                        jobs[earlier[^1]] = jobs[earlier[^1]] with { ReplacedAt = at };
                    else
                        byDatabase[database] = earlier = [];
                    earlier.Add(jobs.Count);
                }
                if (!bySnapshot.TryGetValue(job.SnapshotName, out var named))
                    bySnapshot[job.SnapshotName] = named = [];
                named.Add(jobs.Count);
                jobs.Add(new Job(at, database, job.Kind, job.SnapshotName, job.Repository));
            }
        }
        return new ShownJobs(jobs.DrainToImmutable(), byDatabase, bySnapshot);
    }

    /// <summary>
    /// The database <paramref name="name"/> stands for in the session of <paramref name="catalog"/>, as jobs are kept by: the
    /// same under the new name an ALTER DATABASE gives it, another under its old name (see StarRocksCatalog.DatabaseIdentity).
    /// </summary>
    public static object? Identity(string? name, StarRocksCatalog? catalog) => name is null ? null : catalog?.DatabaseIdentity(name) ?? name;

    /// <summary>A job of the script: its snapshot, the repository it takes it into or restores it from, and where it starts.</summary>
    public readonly record struct StartedJob(string Snapshot, string Repository, int Offset);

    /// <summary>
    /// The repository of <paramref name="snapshot"/> where a SHOW of <paramref name="shown"/> jobs at <paramref name="offset"/>,
    /// of <paramref name="database"/> (its <see cref="Identity"/>; null: of every database), lists a job of it: the one its
    /// last job before the SHOW takes it into or restores it from. Null where the SHOW lists no job of that name the script starts.
    /// </summary>
    public string? Repository(JobKind shown, object? database, string snapshot, int offset) =>
        _bySnapshot.TryGetValue(snapshot, out var named) ? Listed(named, shown, database, offset).Select(job => job.Repository).FirstOrDefault() : null;

    /// <summary>
    /// The script's jobs a SHOW of <paramref name="shown"/> jobs at <paramref name="offset"/>, of <paramref name="database"/>
    /// (its <see cref="Identity"/>; null: of every database), lists: its database's last job, or each database's, the latest
    /// first, where of that kind.
    /// </summary>
    public IEnumerable<StartedJob> Listed(JobKind shown, object? database, int offset) => Listed(null, shown, database, offset);

    /// <summary><see cref="Listed(JobKind, object?, int)"/> among the jobs at <paramref name="among"/> (indexes in order; null: all).</summary>
    private IEnumerable<StartedJob> Listed(List<int>? among, JobKind shown, object? database, int offset)
    {
        // With FROM, the database's last job before the SHOW: no job before it is listed. A job whose database is not known
        // here may be its database's last (with FROM, where it comes after the last one known there).
        var last = database is not null && _byDatabase.TryGetValue(database, out var its) && LastBefore(its, offset) is >= 0 and var at ? its[at] : -1;
        var from = last < 0 ? 0 : _jobs[last].Offset;
        for (var i = LastBefore(among, offset); i >= 0; i--)
        {
            var index = among?[i] ?? i;
            var job = _jobs[index];
            if (job.Offset < from)
                yield break;
            var listed = database is null ? job.ReplacedAt >= offset : job.Database is null || index == last;
            if (listed && job.Kind == shown)
                yield return new StartedJob(job.Snapshot, job.Repository, job.Offset);
        }
    }

    /// <summary>The position in <paramref name="among"/> (null: all jobs) of the last job before <paramref name="offset"/>, or -1.</summary>
    private int LastBefore(List<int>? among, int offset) =>
        SortedSearch.FirstNotBefore(0, among?.Count ?? _jobs.Length, (jobs: _jobs, among, offset),
            static (state, i) => state.jobs[state.among?[i] ?? i].Offset < state.offset) - 1;

    /// <summary>
    /// The script's jobs of <paramref name="shown"/> kind before <paramref name="offset"/> in <paramref name="database"/>
    /// (its <see cref="Identity"/>; null: in any), or in a database not known here, the latest first: those a later job hides
    /// from a SHOW too.
    /// </summary>
    public IEnumerable<StartedJob> Started(JobKind shown, object? database, int offset) =>
        _jobs.Reverse().Where(job => job.Offset < offset && job.Kind == shown && (database is null || job.Database is null || job.Database.Equals(database)))
            .Select(job => new StartedJob(job.Snapshot, job.Repository, job.Offset));
}
