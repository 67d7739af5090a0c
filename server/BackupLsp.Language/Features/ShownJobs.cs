using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Features;

/// <summary>
/// The jobs a SHOW BACKUP or SHOW RESTORE lists: StarRocks keeps one job per database, the last BACKUP or RESTORE there
/// (BackupHandler), and the SHOW lists the one of the database it names (<c>FROM db</c>), or of every database without
/// FROM (ShowExecutor, from 3.0), where that job is of the kind shown. A snapshot the SHOW's filter names is that job's.
/// </summary>
internal sealed class ShownJobs
{
    /// <summary>A BACKUP or RESTORE at a document offset, in the database it works in (null where that is not known here).</summary>
    private readonly record struct Job(int Offset, string? Database, JobKind Kind, string Snapshot, string Repository);

    private readonly ImmutableArray<Job> _jobs;

    private ShownJobs(ImmutableArray<Job> jobs) => _jobs = jobs;

    /// <summary>Each analysis's jobs, read once: every highlight in a SHOW's filter asks for them.</summary>
    private static readonly ConditionalWeakTable<DocumentAnalysis, ShownJobs> Made = new();

    public static ShownJobs Of(DocumentAnalysis analysis, CancellationToken cancellationToken) =>
        Made.GetValue(analysis, made => Read(made, cancellationToken));

    private static ShownJobs Read(DocumentAnalysis analysis, CancellationToken cancellationToken)
    {
        var jobs = ImmutableArray.CreateBuilder<Job>();
        var count = 0;
        foreach (var (statement, session) in analysis.StatementsInSessions())
        {
            if (count++ % 256 == 0)
                cancellationToken.ThrowIfCancellationRequested();
            if (statement.Parsed.Job is null && statement.Parsed.Continuations.IsEmpty)
                continue;
            foreach (var (partOffset, _, part, partSession) in StatementParts.Of(statement.Parsed, session))
                if (part.Job is { } job)
                    // A RESTORE that names no database works in its snapshot's, and a job of external catalogs in none.
                    jobs.Add(new Job(statement.Start + partOffset,
                        job.OfExternalCatalogs || (job.Database is null && job.Kind == JobKind.Restore) ? null : job.Database ?? partSession.Catalog?.DefaultDatabase,
                        job.Kind, job.SnapshotName, job.Repository));
        }
        return new ShownJobs(jobs.DrainToImmutable());
    }

    /// <summary>A job of the script: its snapshot, the repository it takes it into or restores it from, and where it starts.</summary>
    public readonly record struct StartedJob(string Snapshot, string Repository, int Offset);

    /// <summary>
    /// The repository of <paramref name="snapshot"/> where a SHOW of <paramref name="shown"/> jobs at <paramref name="offset"/>,
    /// of <paramref name="database"/> (null: of every database), lists a job of it: the one its last job before the SHOW
    /// takes it into or restores it from. Null where the SHOW lists no job of that name the script starts.
    /// </summary>
    public string? Repository(JobKind shown, string? database, string snapshot, int offset) =>
        Listed(shown, database, offset).Where(job => job.Snapshot == snapshot).Select(job => job.Repository).FirstOrDefault();

    /// <summary>
    /// The script's jobs a SHOW of <paramref name="shown"/> jobs at <paramref name="offset"/>, of <paramref name="database"/>
    /// (null: of every database), lists: its database's last job, or each database's, the latest first, where of that kind.
    /// </summary>
    public IEnumerable<StartedJob> Listed(JobKind shown, string? database, int offset)
    {
        // Without FROM, the last job of each database, the latest first; one whose database is not known here may be its
        // database's last.
        HashSet<string>? listed = database is null ? new(StringComparer.Ordinal) : null;
        for (var i = _jobs.Length - 1; i >= 0; i--)
        {
            var job = _jobs[i];
            if (job.Offset >= offset || (database is not null ? job.Database != database : job.Database is { } other && !listed!.Add(other)))
                continue;
            if (job.Kind == shown)
                yield return new StartedJob(job.Snapshot, job.Repository, job.Offset);
            if (database is not null)
                yield break;
        }
    }

    /// <summary>
    /// The script's jobs of <paramref name="shown"/> kind before <paramref name="offset"/> in <paramref name="database"/>
    /// (null: in any), or in a database not known here, the latest first: those a later job hides from a SHOW too.
    /// </summary>
    public IEnumerable<StartedJob> Started(JobKind shown, string? database, int offset) =>
        _jobs.Reverse().Where(job => job.Offset < offset && job.Kind == shown && (database is null || job.Database is null || job.Database == database))
            .Select(job => new StartedJob(job.Snapshot, job.Repository, job.Offset));
}
