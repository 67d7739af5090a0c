using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Rules;

/// <summary>Rules across the statements of one script.</summary>
internal static partial class ScriptRules
{
    public static readonly RuleDescriptor ConcurrentJobs = new("SRB700", "concurrent-jobs", DiagnosticSeverity.Hint,
        "A second BACKUP or RESTORE of the same database, or of external catalogs, in one script (only one such job runs at a time), or a DROP SNAPSHOT of a snapshot, or a DROP REPOSITORY of a repository, that a BACKUP or RESTORE before it uses (unless a CANCEL of its kind stopped it).");

    public static readonly IReadOnlyList<RuleDescriptor> All = [ConcurrentJobs];

    /// <summary>
    /// Adds what these rules may need of one statement of a run that StarRocks does not refuse (one it refuses starts no
    /// job): for each database, its first two jobs there since the run's last CANCEL there (the script's first two jobs of
    /// a database after a cancel are among the first two of the runs they stand in), every CANCEL, and every job whose
    /// refusal only the statements before it decide (see <see cref="JobMention.Tentative"/>), which the first two do not
    /// count. Spans are relative to the run; the statement starts at <paramref name="start"/> in it and was checked in
    /// <paramref name="context"/>, where its job or CANCEL is in <paramref name="slot"/> (see <see cref="JobSlot.Of"/>).
    /// </summary>
    internal static void AddMention(ImmutableArray<JobMention>.Builder mentions, int start, ParsedStatement parsed, JobSlot slot, AnalysisContext context)
    {
        if (parsed.Cancel is { } cancel)
        {
            if (!slot.Unknown)
                mentions.Add(new JobMention(slot, cancel.Kind, default, start, Tentative: false, Cancels: true));
            return;
        }
        if (parsed.Job is not { } job)
            return;
        // A BACKUP into a repository the session knows may find its name taken (SRB605), a RESTORE from one may name a
        // snapshot it lacks that no BACKUP before it takes (SRB606).
        var tentative = context.Catalog?.KnownRepository(job.Repository) is not null;
        if (slot.Unknown || (!tentative && CountSinceCancel(mentions, slot) >= 2))
            return;
        mentions.Add(new JobMention(slot, job.Kind, job.Snapshot.Shift(start), job.SnapshotNameSpan.Start + start, tentative));
    }

    private static int CountSinceCancel(ImmutableArray<JobMention>.Builder mentions, JobSlot slot)
    {
        // By index, from the end: the builder's enumerator is an object.
        var count = 0;
        for (var i = mentions.Count - 1; i >= 0 && !(mentions[i].Cancels && mentions[i].Slot == slot); i--)
            if (mentions[i].Slot == slot && !mentions[i].Tentative)
                count++;
        return count;
    }

    /// <summary>
    /// Snapshots across the script, in the repositories whose snapshots the catalog lists. A BACKUP to a snapshot the
    /// repository holds fails, and so does one to a snapshot a BACKUP before it took, as StarRocks finds it there, unless
    /// a DROP SNAPSHOT between them dropped it; the fix offered is a numbered name free of both the catalog's snapshots
    /// and every name the script takes. A RESTORE's or DROP SNAPSHOT's unknown snapshot (<see cref="Diagnostic.UnlessTakenEarlier"/>)
    /// stands only if no BACKUP before it takes that snapshot (and no DROP after that BACKUP drops it): a script that
    /// backs a snapshot up and then restores it restores what exists by then. A CANCEL BACKUP makes the snapshot of the
    /// job it stops neither taken nor free: cancelled while uploading, the job leaves its snapshot's folder, which then
    /// holds the name (BackupJob.cancelInternal cleans only the local files), and before, nothing; a CANCEL after the job
    /// finished stops nothing. StarRocks refuses each statement these report, which so starts no job: where each one's
    /// snapshot is named goes into <paramref name="refused"/>.
    /// </summary>
    /// <param name="runs">Each run's conditional diagnostics and snapshot changes, and the offset that places them, in document order.</param>
    /// <param name="restoresOfTakes">Where each RESTORE or DROP SNAPSHOT that names a snapshot a BACKUP before it takes names
    /// it, with where that BACKUP names it (see <see cref="SnapshotContents"/>).</param>
    public static List<Diagnostic> Snapshots(IReadOnlyList<(int Offset, ImmutableArray<Diagnostic> Conditional, ImmutableArray<SnapshotChange> Changes)> runs,
        StarRocksCatalog? catalog, StarRocksVersion? version, HashSet<int> refused, List<(int Use, int Take)> restoresOfTakes)
    {
        var problems = new List<Diagnostic>();
        // Where the BACKUP that took a snapshot taken again names it is read in a second pass, for those snapshots alone:
        // on every keystroke the pass keeps no place for the other BACKUPs (thousands in a long script).
        if (new SnapshotPass(runs, catalog, version, refused, restoresOfTakes, problems, follow: null).Run() is { } takenAgain)
        {
            problems.Clear();
            refused.Clear();
            restoresOfTakes.Clear();
            new SnapshotPass(runs, catalog, version, refused, restoresOfTakes, problems, takenAgain).Run();
        }
        return problems;
    }

    private static Diagnostic TakeProblem(SnapshotChange take, int offset, bool exists, IReadOnlySet<string> namesInUse, StarRocksVersion? version)
    {
        var (repository, name, _) = take.Snapshot!;
        var message = exists && take.HeldAgain
            ? $"Snapshot `{name}` already exists in repository {MessageNames.Repository(repository)}: the repository created again earlier in this script, on the location of the one of its name dropped before, holds that one's snapshots still. Choose a new snapshot name."
            : exists
            ? $"Snapshot `{name}` already exists in repository {MessageNames.Repository(repository)}: choose a new snapshot name."
            : $"Snapshot `{name}` is already taken into repository {MessageNames.Repository(repository)} by a BACKUP earlier in this script: choose a new snapshot name.";
        var span = take.Name.Shift(offset);
        return FreshSnapshotName(name, namesInUse) is { } fresh
            ? Diagnostic.Create(CatalogRules.SnapshotExists, span, message, CodeFix.Replace($"Change to {NameText.ToSql(fresh, version)}", span, NameText.ToSql(fresh, version)))
            : Diagnostic.Create(CatalogRules.SnapshotExists, span, message);
    }

    /// <summary>
    /// The names of the repositories that the script's BACKUPs take snapshots into, at each location a lookup looks in
    /// (see <see cref="SnapshotLookup"/>); null where no statement looks a snapshot up (most scripts, on every keystroke).
    /// </summary>
    private static Dictionary<string, HashSet<string>>? TakersAtLookedUpLocations(IReadOnlyList<(int Offset, ImmutableArray<Diagnostic> Conditional, ImmutableArray<SnapshotChange> Changes)> runs)
    {
        Dictionary<string, HashSet<string>>? takers = null;
        foreach (var run in runs)
            foreach (var change in run.Changes)
                if (change.Lookup is not null)
                    (takers ??= new(StringComparer.Ordinal)).TryAdd(change.Snapshot!.Location!, new HashSet<string>(StringComparer.Ordinal));
        if (takers is null)
            return null;
        foreach (var run in runs)
            foreach (var change in run.Changes)
                if (change is { Snapshot.Location: { } location, Drops: false, Lookup: null } && takers.TryGetValue(location, out var names))
                    names.Add(change.Snapshot.Repository);
        return takers;
    }

    /// <summary>The snapshot of the looked-up name in the folder of each other repository the script takes snapshots into at its location.</summary>
    private static IEnumerable<SnapshotKey> Elsewhere(SnapshotKey looked, Dictionary<string, HashSet<string>> takersAt) =>
        takersAt[looked.Location!].Where(name => name != looked.Repository).Select(name => new SnapshotKey(name, looked.Snapshot, looked.Location));

    /// <summary>
    /// A lookup of a snapshot that neither the session nor the script's BACKUPs before it put in its repository, but that
    /// another repository at the same location holds: as the session lists it, or as a BACKUP before it takes it (and no
    /// DROP SNAPSHOT after that drops it). StarRocks keeps each repository's snapshots under its own name there, so this
    /// one does not see it (BackupHandler fails a RESTORE: "Failed to get info of snapshot"). The fix names another
    /// repository the session has there, where one holds the snapshot.
    /// </summary>
    private static Diagnostic? SnapshotElsewhere(SnapshotChange change, SnapshotLookup lookup, int offset, HashSet<SnapshotKey> taken,
        Dictionary<string, HashSet<string>>? takersAt, Dictionary<SnapshotKey, TextSpan>? takenAt, StarRocksVersion? version)
    {
        var looked = change.Snapshot!;
        var holders = new List<string>(lookup.Holding);
        var related = ImmutableArray.CreateBuilder<RelatedSpan>(0);
        foreach (var elsewhere in takersAt is null ? [] : Elsewhere(looked, takersAt))
            if (taken.Contains(elsewhere))
            {
                if (!holders.Contains(elsewhere.Repository))
                    holders.Add(elsewhere.Repository);
                related.Add(TakingBackup(takenAt![elsewhere], looked.Snapshot, elsewhere.Repository));
            }
        if (holders.Count == 0)
            return null;
        holders.Sort(StringComparer.Ordinal);
        var named = string.Join(" and ", holders.Select(MessageNames.Repository));
        var how = related.Count > 0 ? "a BACKUP earlier in this script takes it there" : "the catalog lists it there";
        var effect = lookup.Kind switch
        {
            StatementKind.Restore => "this RESTORE fails (\"Failed to get info of snapshot\")",
            StatementKind.DropSnapshot => "this DROP SNAPSHOT does not find it",
            _ => "SHOW SNAPSHOT does not list it here",
        };
        // StarRocks drops no snapshot from a read-only repository: no name to point a DROP SNAPSHOT at.
        var usable = holders.Where(h => lookup.Present.Contains(h) || (lookup.Kind != StatementKind.DropSnapshot && lookup.ReadOnly.Contains(h))).ToList();
        var remedy = usable.Count > 0 ? $"Name {string.Join(" or ", usable.Select(MessageNames.Repository))} here."
            : holders.Where(lookup.ReadOnly.Contains).ToList() is { Count: > 0 } readOnly
                ? (readOnly.Count == 1 ? "Repository " : "Repositories ") + string.Join(" and ", readOnly.Select(MessageNames.Repository))
                    + (readOnly.Count == 1 ? " is read-only: StarRocks drops no snapshot from it." : " are read-only: StarRocks drops no snapshot from them.")
            : $"A repository sees it with the same name and location: create it as {named}.";
        var span = lookup.Repository.Shift(offset);
        var message = $"Snapshot `{looked.Snapshot}` is kept under repository {named} at this location ({how}), not under {MessageNames.Repository(looked.Repository)}: "
            + $"StarRocks keeps each repository's snapshots under its own name, so {effect}. {remedy}";
        var fixes = usable.Select(h => CodeFix.Replace($"Change to {NameText.ToSql(h, version)}", span, NameText.ToSql(h, version))).ToArray();
        return Diagnostic.Create(CatalogRules.SnapshotInOtherRepository, span, message, fixes) with { Related = related.DrainToImmutable() };
    }

    /// <summary>
    /// The snapshot name with the next free number: <c>nightly</c> becomes <c>nightly_2</c>, <c>nightly_2</c> becomes
    /// <c>nightly_3</c> (a longer number, such as a date, is kept and gets its own <c>_2</c>). Free means none of
    /// <paramref name="used"/> (a set that compares in any case); none if it would pass the 128 characters a snapshot name may have.
    /// </summary>
    internal static string? FreshSnapshotName(string name, IReadOnlySet<string> used)
    {
        var underscore = name.LastIndexOf('_');
        var suffix = underscore < 0 ? "" : name[(underscore + 1)..];
        var (stem, first) = suffix is [>= '1' and <= '9', ..] && suffix.Length <= 3 && suffix.All(char.IsAsciiDigit)
            ? (name[..underscore], int.Parse(suffix, System.Globalization.CultureInfo.InvariantCulture) + 1)
            : (name, 2);
        for (var number = first; ; number++)
        {
            var candidate = $"{stem}_{number}";
            if (candidate.Length > 128)
                return null;
            if (!used.Contains(candidate))
                return candidate;
        }
    }

    /// <summary>
    /// A DROP SNAPSHOT of a snapshot that a BACKUP earlier in the script writes or a RESTORE reads, or a DROP REPOSITORY of
    /// the repository such a job works in: those jobs run on after their statements, and StarRocks refuses to drop a
    /// snapshot one of them uses, or a repository one of them runs on (BackupHandler.dropRepository: "Backup or restore job
    /// is running on this repository"). Read from what the blocks keep of their jobs, CANCELs and drops (see
    /// <see cref="StatementBlock.JobsAndDrops"/>), only for a script that drops a snapshot or repository at all. A statement
    /// StarRocks refuses starts no job (see <see cref="StatementBlock.StartsJob"/>, with <paramref name="refused"/>: where the
    /// snapshots are named of those refused for what the script does before them) and drops nothing, and is not told; a
    /// CANCEL between the job and the drop stops the job.
    /// </summary>
    /// <param name="runs">The blocks in document order, each with the offset that places it; those after the last block that
    /// drops something are not read (their jobs come after every drop).</param>
    public static IEnumerable<Diagnostic> DropsDuringJobs(IReadOnlyList<(int Offset, StatementBlock Block)> runs, IReadOnlySet<int> refused)
    {
        var last = runs.Count - 1;
        while (last >= 0 && !runs[last].Block.Drops)
            last--;
        // Every job on each snapshot and in each repository, not only the last: jobs of other databases run side by side,
        // and a CANCEL stops only those of its database (BackupHandler.dropRepository refuses while any of them runs). Each
        // with the number of CANCELs of its kind in its slot (see JobSlot: a renamed database keeps its own) before it: one
        // after it stopped it. A RESTORE that names no database works in its snapshot's, which no CANCEL is known to name.
        var jobsOn = new Dictionary<(string Repository, string Snapshot), List<StartedJob>>();
        var jobsIn = new Dictionary<string, List<StartedJob>>(StringComparer.Ordinal);
        var cancels = new Dictionary<(JobSlot Slot, JobKind Kind), int>();
        int CancelsBefore(JobSlot slot, JobKind kind) => cancels.GetValueOrDefault((slot, kind));
        // The latest of the jobs that no CANCEL stopped, if any.
        StartedJob? LatestRunning(List<StartedJob> jobs)
        {
            for (var i = jobs.Count - 1; i >= 0; i--)
                if (CancelsBefore(jobs[i].Slot, jobs[i].Job.Kind) == jobs[i].Cancels)
                    return jobs[i];
            return null;
        }
        for (var run = 0; run <= last; run++)
        {
            var (offset, block) = runs[run];
            foreach (var (start, part, catalog) in block.JobsAndDrops)
            {
                var partStart = offset + start;
                var slot = JobSlot.Of(part, catalog);
                if (part.Job is { } job)
                {
                    if (block.StartsJob(start, job, offset, refused))
                    {
                        // A job whose slot is not known here gets one of its own, which no CANCEL stops.
                        var started = new StartedJob(job, slot.Unknown ? slot with { Identity = new object() } : slot, job.Snapshot.Shift(partStart),
                            CancelsBefore(slot, job.Kind));
                        Add(jobsOn, (job.Repository, job.SnapshotName), started);
                        Add(jobsIn, job.Repository, started);
                    }
                    continue;
                }
                if (part.Cancel is { } cancel)
                {
                    if (!slot.Unknown)
                        cancels[(slot, cancel.Kind)] = CancelsBefore(slot, cancel.Kind) + 1;
                    continue;
                }
                if (SessionEffect.Read(part.OwnText) is not ({ } drop, var names) || refused.Contains(partStart + names.Name.Span.Start))
                    continue;
                var span = names.Name.Span.Shift(partStart);
                // Told once: the drop leaves no job to tell of again, whether StarRocks refuses it or not.
                if (drop.Kind == SessionEffectKind.DropSnapshot && jobsOn.Remove((drop.Also!, drop.Name), out var onSnapshot)
                    && LatestRunning(onSnapshot) is { } user)
                    yield return Diagnostic.Create(ConcurrentJobs, span, user.Job.Kind == JobKind.Backup
                        ? $"A BACKUP earlier in this script writes snapshot `{drop.Name}` into repository {MessageNames.Repository(drop.Also!)}, and StarRocks refuses to drop a snapshot a BACKUP is writing: if that job may still be running, wait for it (SHOW BACKUP) first."
                        : $"A RESTORE earlier in this script reads snapshot `{drop.Name}` from repository {MessageNames.Repository(drop.Also!)}, and StarRocks refuses to drop a snapshot a RESTORE is reading: if that job may still be running, wait for it (SHOW RESTORE) first.")
                        with { Related = [RunningJob(user.Snapshot, user.Job.Kind)] };
                else if (drop.Kind == SessionEffectKind.DropRepository && jobsIn.Remove(drop.Name, out var inRepository)
                    && LatestRunning(inRepository) is { } runner)
                    yield return Diagnostic.Create(ConcurrentJobs, span, runner.Job.Kind == JobKind.Backup
                        ? $"A BACKUP earlier in this script writes into repository {MessageNames.Repository(drop.Name)}, and StarRocks refuses to drop a repository while a BACKUP or RESTORE runs on it: if that job may still be running, wait for it (SHOW BACKUP) first."
                        : $"A RESTORE earlier in this script reads from repository {MessageNames.Repository(drop.Name)}, and StarRocks refuses to drop a repository while a BACKUP or RESTORE runs on it: if that job may still be running, wait for it (SHOW RESTORE) first.")
                        with { Related = [RunningJob(runner.Snapshot, runner.Job.Kind)] };
            }
        }
    }

    private static void Add<TKey>(Dictionary<TKey, List<StartedJob>> jobs, TKey key, StartedJob job) where TKey : notnull
    {
        if (jobs.TryGetValue(key, out var list))
            list.Add(job);
        else
            jobs[key] = [job];
    }

    /// <summary>A job a statement starts, in its slot, where it names its snapshot, with the CANCELs of its kind in its slot before it.</summary>
    private readonly record struct StartedJob(SnapshotJob Job, JobSlot Slot, TextSpan Snapshot, int Cancels);

    /// <param name="runs">Each run's mentions (see <see cref="AddMention"/>) and the offset that places them, in document order.</param>
    /// <param name="refused">Where the snapshots are named of the jobs StarRocks refuses for what the script does before them (see <see cref="Snapshots"/>).</param>
    public static IEnumerable<Diagnostic> Check(IEnumerable<(int Offset, ImmutableArray<JobMention> Mentions)> runs, IReadOnlySet<int> refused, StarRocksVersion? version)
    {
        // The job each slot runs: the first since the slot's last CANCEL of that job's kind (a job started while it runs is
        // refused), the name it gives its database, and whether the hint was given. Told once per running job, at the second:
        // the point is made, and a long script stays readable.
        var running = new Dictionary<JobSlot, (JobKind Kind, TextSpan Snapshot, string Database, bool Told)>();
        foreach (var (offset, mentions) in runs)
        {
            foreach (var (slot, kind, snapshot, nameStart, tentative, cancels) in mentions)
            {
                if (cancels)
                {
                    // BackupHandler.cancel stops the slot's job only if it is of the kind cancelled.
                    if (running.TryGetValue(slot, out var job) && job.Kind == kind)
                        running.Remove(slot);
                    continue;
                }
                // The block made mentions of the jobs it does not refuse; one refused for what the script does before it
                // (only a tentative one can be) starts none either (see StatementBlock.StartsJob).
                if (tentative && refused.Contains(offset + nameStart))
                    continue;
                if (!running.TryGetValue(slot, out var first))
                {
                    running[slot] = (kind, snapshot.Shift(offset), slot.Database, false);
                    continue;
                }
                if (first.Told)
                    continue;
                running[slot] = first with { Told = true };
                var (earlier, verb) = (Verb(first.Kind), Verb(kind));
                // A rename between them keeps the database, under another name.
                var renamed = first.Database == slot.Database ? "" : $" (then '{first.Database}', before an ALTER DATABASE renamed it)";
                yield return Diagnostic.Create(ConcurrentJobs, snapshot.Shift(offset), slot.OfExternalCatalogs
                    ? $"An earlier {earlier} in this script also works on external catalogs: StarRocks runs one BACKUP or RESTORE of external catalogs at a time, so this {verb} fails if that job is still running. Wait for it to finish before starting this one."
                    : $"An earlier {earlier} in this script also works on database '{slot.Database}'{renamed}: StarRocks runs one BACKUP or RESTORE per database at a time, so this {verb} fails if that job is still running. Wait for it (SHOW {earlier} FROM {NameText.ToSql(slot.Database, version)}) before starting this one.")
                    with { Related = [RunningJob(first.Snapshot, first.Kind)] };
            }
        }
    }

    /// <summary>The statement that starts a job of the kind: BACKUP or RESTORE.</summary>
    internal static string Verb(JobKind kind) => kind == JobKind.Backup ? "BACKUP" : "RESTORE";

    /// <summary>The link to a job a diagnostic says may still run, at where it names its snapshot.</summary>
    private static RelatedSpan RunningJob(TextSpan snapshot, JobKind kind) => new(snapshot, $"The {Verb(kind)} that may still be running");

    /// <summary>The link to the BACKUP that takes a snapshot, at where it names it.</summary>
    internal static RelatedSpan TakingBackup(TextSpan snapshot, string name, string repository) =>
        new(snapshot, $"The BACKUP that takes snapshot `{name}` into repository {MessageNames.Repository(repository)}");
}

/// <summary>
/// A BACKUP or RESTORE, in its slot, where its snapshot is named (all of it, and its own name's start); or a CANCEL of the
/// slot's job of a kind (<paramref name="Cancels"/>), which names no snapshot.
/// </summary>
/// <param name="Tentative">Whether StarRocks may refuse the job for what the statements before it do (a snapshot name they
/// take, one they do not), which <see cref="ScriptRules.Snapshots"/> decides.</param>
internal readonly record struct JobMention(JobSlot Slot, JobKind Kind, TextSpan Snapshot, int NameStart, bool Tentative, bool Cancels = false);

/// <summary>
/// Where StarRocks runs one BACKUP or RESTORE at a time: a database, or external catalogs. A database's slot is named as
/// the statement names it (in its case), and is that of the database itself (<see cref="Identity"/>): StarRocks keys the
/// running job by the database's id (BackupHandler.process), which a rename keeps, so two names may share a slot.
/// </summary>
internal readonly record struct JobSlot(string Database, bool OfExternalCatalogs = false)
{
    public static readonly JobSlot ExternalCatalogs = new("", OfExternalCatalogs: true);

    /// <summary>What the slot is of: the database the name stands for where a rename moved it (see StarRocksCatalog.DatabaseIdentity), else the name.</summary>
    public object Identity { get; init; } = Database;

    public bool Equals(JobSlot other) => OfExternalCatalogs == other.OfExternalCatalogs && Identity.Equals(other.Identity);

    public override int GetHashCode() => HashCode.Combine(OfExternalCatalogs, Identity);

    /// <summary>Whether the slot is of a database not known here: the session's, where it has none known.</summary>
    public bool Unknown => !OfExternalCatalogs && Database.Length == 0;

    /// <summary>
    /// The slot of the job (or the CANCEL) of a statement checked in the session whose catalog is <paramref name="session"/>:
    /// the database it names, else the session's ("" where that is unknown); default for any other statement. A job of
    /// external catalogs works in no database (the session's is not its): StarRocks keeps all of them in one slot of their
    /// own (BackupHandler.process: FAKE_DB_ID), so they wait for each other as a database's jobs do. A RESTORE that names no
    /// database works in its snapshot's, not the session's: in a slot not known here.
    /// </summary>
    public static JobSlot Of(ParsedStatement statement, StarRocksCatalog? session) => statement switch
    {
        { Job: { Kind: JobKind.Restore, Database: null, OfExternalCatalogs: false } } => new JobSlot(""),
        { Job: { } job } => Of(job.OfExternalCatalogs, job.Database, session),
        { Cancel: { } cancel } => Of(cancel.OfExternalCatalogs, cancel.Database, session),
        _ => default,
    };

    private static JobSlot Of(bool ofExternalCatalogs, string? database, StarRocksCatalog? session)
    {
        if (ofExternalCatalogs)
            return ExternalCatalogs;
        var name = database ?? session?.BackupDatabase ?? "";
        return new JobSlot(name) { Identity = session?.DatabaseIdentity(name) ?? name };
    }
}
