using System.Collections.Immutable;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Rules;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Analysis;

/// <summary>A statement of a <see cref="StatementBlock"/>, its span relative to the block's start.</summary>
internal readonly record struct BlockStatement(TextSpan Span, ParsedStatement Parsed);

/// <summary>
/// A BACKUP, RESTORE, CANCEL, DROP SNAPSHOT or DROP REPOSITORY of a <see cref="StatementBlock"/> (or the part of a statement
/// after a missing `;`), where it starts relative to the block, with the catalog of the session it was checked in, where
/// its job or CANCEL is in <c>JobSlot.Of(Part, Catalog)</c>.
/// </summary>
internal readonly record struct BlockJob(int Start, ParsedStatement Part, StarRocksCatalog? Catalog);

/// <summary>
/// The catalog of the session a <see cref="BlockJob"/> at <paramref name="Start"/> (relative to its block) was checked in,
/// where it is not the one of the job before it (the block's entry session's, for the first).
/// </summary>
internal readonly record struct JobSession(int Start, StarRocksCatalog? Catalog);

/// <summary>
/// A run of consecutive statements and their diagnostics, all positioned relative to the block's start. An edit
/// rebuilds only the block it touches and reuses every other one as it is, merely placed at a moved start: the
/// cost of a keystroke does not grow with the length of the document.
/// </summary>
internal sealed class StatementBlock
{
    /// <summary>Statements per block: small enough to rebuild on a keystroke, large enough to keep the block list short.</summary>
    public const int TargetSize = 64;

    private StatementBlock(ImmutableArray<BlockStatement> statements, ImmutableArray<Diagnostic> diagnostics,
        ImmutableArray<Diagnostic> conditional, ImmutableArray<Diagnostic> onDroppedCatalogs, ImmutableArray<CatalogChange> catalogChanges,
        ImmutableArray<SnapshotChange> snapshotChanges, ImmutableArray<Exception> errors, ImmutableArray<JobMention> jobs, ImmutableArray<JobSession> jobSessions, bool drops,
        ImmutableArray<int> refused, ImmutableArray<BlockIgnore> ignores, AnalysisContext entryContext, AnalysisContext exitContext)
    {
        Statements = statements;
        Diagnostics = diagnostics;
        Conditional = conditional;
        OnDroppedCatalogs = onDroppedCatalogs;
        CatalogChanges = catalogChanges;
        SnapshotChanges = snapshotChanges;
        Errors = errors;
        Jobs = jobs;
        _jobSessions = jobSessions;
        Drops = drops;
        Refused = refused;
        Ignores = ignores;
        EntryContext = entryContext;
        ExitContext = exitContext;
    }

    /// <summary>The statements that were analysed (one that failed is left out, see <see cref="Errors"/>).</summary>
    public ImmutableArray<BlockStatement> Statements { get; }

    /// <summary>Relative to the block's start, in document order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>Diagnostics that stand only if the statements before them allow it (see <see cref="Diagnostic.UnlessTakenEarlier"/>), in document order.</summary>
    public ImmutableArray<Diagnostic> Conditional { get; }

    /// <summary>
    /// Diagnostics on a catalog a DROP CATALOG before dropped (see <see cref="Diagnostic.OnDroppedCatalog"/>), in document
    /// order: the DROP may be in another block, so they are linked to it across the script.
    /// </summary>
    public ImmutableArray<Diagnostic> OnDroppedCatalogs { get; }

    /// <summary>The external catalogs the block's statements drop or make again, in document order. Empty for most blocks.</summary>
    public ImmutableArray<CatalogChange> CatalogChanges { get; }

    /// <summary>The snapshots the block's BACKUPs take and its DROP SNAPSHOTs drop, where, in document order.</summary>
    public ImmutableArray<SnapshotChange> SnapshotChanges { get; }

    /// <summary>The exceptions of statements that failed; each also became an internal-error diagnostic.</summary>
    public ImmutableArray<Exception> Errors { get; }

    /// <summary>What the rules across statements need of this block (relative to its start), kept so that an edit elsewhere need not look into its statements.</summary>
    public ImmutableArray<JobMention> Jobs { get; }

    /// <summary>
    /// The block's jobs, CANCELs and drops that StarRocks does not refuse on their own (see <see cref="Refused"/>), in document
    /// order, each with its session: ScriptRules.DropsDuringJobs and the jobs a SHOW lists (ShownJobs) read them without
    /// going through the sessions again. Read from the statements on first use, each with the session the block kept for it
    /// (<see cref="_jobSessions"/>): only a script that drops a snapshot or repository, or one asked about a SHOW BACKUP or
    /// RESTORE, asks, and the others' blocks keep no list.
    /// </summary>
    public ImmutableArray<BlockJob> JobsAndDrops
    {
        get
        {
            if (_jobsAndDrops.IsDefault)
                ImmutableInterlocked.InterlockedInitialize(ref _jobsAndDrops, ReadJobsAndDrops());
            return _jobsAndDrops;
        }
    }

    private ImmutableArray<BlockJob> _jobsAndDrops;

    /// <summary>Where the session of the block's jobs, CANCELs and drops changes (see <see cref="JobSession"/>). Empty for most blocks.</summary>
    private readonly ImmutableArray<JobSession> _jobSessions;

    private ImmutableArray<BlockJob> ReadJobsAndDrops()
    {
        var jobs = ImmutableArray.CreateBuilder<BlockJob>();
        var catalog = EntryContext.Catalog;
        var next = 0;
        foreach (var statement in Statements)
            foreach (var (offset, part) in StatementParts.Of(statement.Parsed))
            {
                var start = statement.Span.Start + offset;
                if (!IsJobOrDrop(part) || Refused.Contains(start))
                    continue;
                if (next < _jobSessions.Length && _jobSessions[next].Start == start)
                    catalog = _jobSessions[next++].Catalog;
                jobs.Add(new BlockJob(start, part, catalog));
            }
        return jobs.DrainToImmutable();
    }

    /// <summary>Whether the statement (or part) is a BACKUP, RESTORE, CANCEL, DROP SNAPSHOT or DROP REPOSITORY (see <see cref="BlockJob"/>).</summary>
    private static bool IsJobOrDrop(ParsedStatement part) =>
        part.Job is not null || part.Cancel is not null || part.Kind is StatementKind.DropSnapshot or StatementKind.DropRepository;

    /// <summary>Whether a DROP SNAPSHOT or DROP REPOSITORY is among the block's statements (see ScriptRules.DropsDuringJobs).</summary>
    public bool Drops { get; }

    /// <summary>
    /// Where the block's BACKUPs, RESTOREs, DROP SNAPSHOTs and DROP REPOSITORYs that StarRocks refuses start (or the parts of a statement
    /// after a missing `;`), relative to the block: they run no job and drop nothing (see ScriptRules.DropsDuringJobs).
    /// Empty for most blocks.
    /// </summary>
    public ImmutableArray<int> Refused { get; }

    /// <summary>
    /// The <c>backup-lsp-ignore</c> comments of the block's text, in document order: those in its statements (kept by their
    /// parses), after each, and before the first where it is the script's first block. Empty for most blocks.
    /// </summary>
    public ImmutableArray<BlockIgnore> Ignores { get; }

    /// <summary>
    /// Whether the BACKUP or RESTORE <paramref name="job"/> of the statement (or part after a missing `;`) at
    /// <paramref name="start"/> (relative to the block, placed at <paramref name="offset"/>) starts a job: StarRocks refuses
    /// it neither on its own (<see cref="Refused"/>) nor for what the script does before it (<paramref name="refusedJobs"/>,
    /// see DocumentAnalysis.RefusedJobs). SRB700 and the jobs a SHOW lists both ask here; the block's <see cref="Jobs"/> are
    /// those it does not refuse, and SRB700 skips those of them in <paramref name="refusedJobs"/>.
    /// </summary>
    public bool StartsJob(int start, SnapshotJob job, int offset, IReadOnlySet<int> refusedJobs) =>
        !Refused.Contains(start) && !refusedJobs.Contains(offset + start + job.SnapshotNameSpan.Start);

    /// <summary>The session the block's first statement was checked in (see SessionContexts).</summary>
    public AnalysisContext EntryContext { get; }

    /// <summary>The session its last statement leaves, which the next block starts in.</summary>
    public AnalysisContext ExitContext { get; }

    /// <summary>
    /// The snapshot a BACKUP takes, or a DROP SNAPSHOT drops, in a repository the session knows (see
    /// StarRocksCatalog.KnownRepository), whether or not it knows the repository's snapshots (one the script creates holds
    /// those at its location): a second BACKUP of the name there fails, and a RESTORE of it is no unknown snapshot. With a
    /// catalog, a CANCEL BACKUP too: the job it stops, if any, may have taken its snapshot or not. A BACKUP that StarRocks
    /// <paramref name="refused"/> (a syntax error, a read-only repository...) is still checked against the names taken
    /// before it, but takes nothing; a refused drop changes nothing. And the snapshot a RESTORE, DROP SNAPSHOT or SHOW
    /// SNAPSHOT looks for where the session does not list it (see <see cref="SnapshotLookup"/>). Read from what the
    /// parse kept (its job, or the snapshots it looks for), not the tree, which the rules have just let go. The statement
    /// runs from <paramref name="start"/> to <paramref name="end"/> (relative to the block); a drop (and a cancel) is placed
    /// at its end, after the statement's own diagnostics, so that its unknown snapshot is told before the drop takes the
    /// snapshot away.
    /// </summary>
    private static void AddChanges(ParsedStatement parsed, AnalysisContext session, JobSlot slot, bool refused, int start, int end,
        ImmutableArray<SnapshotChange>.Builder changes)
    {
        var catalog = session.Catalog;
        // StarRocks refuses an empty snapshot name (ERR_WRONG_LABEL_NAME): such a BACKUP takes nothing.
        if (parsed.Job is { Kind: JobKind.Backup, SnapshotName.Length: > 0 } backup)
        {
            if (catalog?.KnownRepository(backup.Repository) is { } repository)
            {
                var held = repository.HoldsSnapshot(backup.SnapshotName);
                changes.Add(new SnapshotChange(backup.SnapshotNameSpan.Shift(start), repository.KeyOf(backup.SnapshotName),
                    Held: held, Refused: refused, Slot: slot,
                    HeldAgain: held && catalog.FoundAgain(backup.Repository)));
            }
            return;
        }
        // A CREATE REPOSITORY that finds a dropped one's snapshots again at its location is where a BACKUP of one of them
        // learns why the name is taken.
        if (parsed.Kind == StatementKind.CreateRepository)
        {
            if (!refused && SessionEffect.Read(parsed.OwnText) is ({ Kind: SessionEffectKind.CreateRepository } made, var names)
                && session.After(made).Catalog?.FoundAgain(made.Name) == true)
                changes.Add(new SnapshotChange(names.Name.Span.Shift(start), null, Held: false, FindsAgain: made.Name));
            return;
        }
        if (parsed.Job is { Kind: JobKind.Restore } restore)
        {
            if (LookedUp(catalog, restore.Repository, restore.SnapshotName) is { } key)
                changes.Add(Lookup(catalog!, key, restore.RepositorySpan, restore.SnapshotNameSpan, StatementKind.Restore, start));
            return;
        }
        if (parsed.Cancel is { Kind: JobKind.Backup } cancel)
        {
            if (!refused && catalog is not null)
                changes.Add(new SnapshotChange(new TextSpan(end, 0), null, Held: false, Slot: slot));
            return;
        }
        if (parsed.Kind == StatementKind.DropSnapshot && SessionEffect.Of(parsed) is { Kind: SessionEffectKind.DropSnapshot } dropped)
        {
            if (LookedUp(catalog, dropped.Also!, dropped.Name) is { } key && parsed.Query is { Snapshots: [var (_, snapshotSpan)] } drop)
                changes.Add(Lookup(catalog!, key, drop.RepositorySpan, snapshotSpan, StatementKind.DropSnapshot, start));
            if (!refused && catalog?.KnownRepository(dropped.Also!) is { } held)
                changes.Add(new SnapshotChange(new TextSpan(end, 0), held.KeyOf(dropped.Name), Held: false, Drops: true));
            return;
        }
        // A filter StarRocks refuses shows nothing.
        if (!refused && parsed.Kind == StatementKind.ShowSnapshot && catalog is not null && parsed.Query is { } show)
            foreach (var (name, span) in show.Snapshots)
                if (LookedUp(catalog, show.Repository, name) is { } key)
                    changes.Add(Lookup(catalog!, key, show.RepositorySpan, span, StatementKind.ShowSnapshot, start));
    }

    /// <summary>
    /// Where a statement looks for <paramref name="snapshot"/> in the repository, if the session knows the repository's
    /// location and does not list the snapshot in it: the script may have taken it there, or under another repository's
    /// name at that location, which this one does not see. Null otherwise.
    /// </summary>
    private static SnapshotKey? LookedUp(StarRocksCatalog? catalog, string repository, string snapshot) =>
        snapshot.Length > 0 && catalog?.KnownRepository(repository) is { } known && !known.HoldsSnapshot(snapshot)
            && known.KeyOf(snapshot) is { Location: not null } key ? key : null;

    /// <summary>
    /// The lookup of <paramref name="key"/> (see <see cref="LookedUp"/>), with the other repositories at its location as the
    /// session of the statement has them; the script's BACKUPs into them are read across the script (ScriptRules.Snapshots).
    /// </summary>
    private static SnapshotChange Lookup(StarRocksCatalog catalog, SnapshotKey key, TextSpan repositorySpan, TextSpan snapshotSpan, StatementKind kind, int start)
    {
        var present = ImmutableArray.CreateBuilder<string>(0);
        var readOnly = ImmutableArray.CreateBuilder<string>(0);
        var holding = ImmutableArray.CreateBuilder<string>(0);
        foreach (var (other, dropped) in catalog.OthersAt(key.Location!, key.Repository))
        {
            if (!dropped)
                (other.ReadOnly ? readOnly : present).Add(other.Name);
            if (other.HoldsSnapshot(key.Snapshot))
                holding.Add(other.Name);
        }
        return new SnapshotChange(snapshotSpan.Shift(start), key, Held: false, Lookup: new SnapshotLookup(kind, repositorySpan.Shift(start),
            present.DrainToImmutable(), readOnly.DrainToImmutable(), holding.DrainToImmutable()));
    }

    /// <summary>
    /// What the rules across statements need of one statement (or part of one, after a missing `;`): its snapshot change,
    /// and its job, CANCEL or drop unless StarRocks refuses the statement, which then starts, stops and drops nothing.
    /// </summary>
    private static void AddScriptFacts(ParsedStatement parsed, AnalysisContext session, int start, int end, ImmutableArray<SnapshotChange>.Builder snapshotChanges,
        ImmutableArray<JobMention>.Builder jobs, ref JobSessions jobSessions, ImmutableArray<int>.Builder refusals, ref bool drops)
    {
        var dropsSomething = parsed.Kind is StatementKind.DropSnapshot or StatementKind.DropRepository;
        if (parsed.Job is null && parsed.Cancel is null && !dropsSomething && parsed.Kind is not (StatementKind.ShowSnapshot or StatementKind.CreateRepository))
            return;
        var refused = StatementChecks.Refuses(parsed, session);
        var slot = JobSlot.Of(parsed, session.Catalog);
        AddChanges(parsed, session, slot, refused, start, end, snapshotChanges);
        if (refused)
            refusals.Add(start);
        else
        {
            ScriptRules.AddMention(jobs, start, parsed, slot, session);
            if (IsJobOrDrop(parsed))
                jobSessions.Add(start, session.Catalog);
        }
        drops |= dropsSomething;
    }

    [ThreadStatic]
    private static ImmutableArray<JobMention>.Builder? t_jobs;

    [ThreadStatic]
    private static ImmutableArray<SnapshotChange>.Builder? t_snapshotChanges;

    /// <summary>The <see cref="JobSession"/>s of a block being made: the catalog of each job's session where it changes.</summary>
    private struct JobSessions(StarRocksCatalog? entry)
    {
        private StarRocksCatalog? _last = entry;
        private ImmutableArray<JobSession>.Builder? _changes;

        public void Add(int start, StarRocksCatalog? catalog)
        {
            if (ReferenceEquals(catalog, _last))
                return;
            (_changes ??= ImmutableArray.CreateBuilder<JobSession>()).Add(new JobSession(start, catalog));
            _last = catalog;
        }

        public readonly ImmutableArray<JobSession> ToImmutable() => _changes?.DrainToImmutable() ?? [];
    }

    /// <summary>A block of checked <paramref name="statements"/> (absolute spans), which starts where the first of them does.</summary>
    /// <param name="exitContext">The session the last of them leaves.</param>
    /// <param name="text">The script, whose text between the statements the block reads its ignore comments from.</param>
    /// <param name="first">Whether the block holds the script's first statement, and so the text before it.</param>
    /// <param name="textEnd">Where the block's text ends: at the next block's first statement, or the script's end.</param>
    public static StatementBlock Create(ReadOnlySpan<PlannedStatement> statements, AnalysisContext exitContext, DocumentText text, bool first, int textEnd)
    {
        var start = statements[0].Span.Start;
        var members = ImmutableArray.CreateBuilder<BlockStatement>(statements.Length);
        // Reused, and their items copied out at their number: a block of a script that cancels jobs keeps a score of
        // mentions, one whose repositories are known as many snapshot changes as BACKUPs, and a keystroke rebuilds a block.
        var jobs = t_jobs ??= ImmutableArray.CreateBuilder<JobMention>();
        jobs.Clear();
        var snapshotChanges = t_snapshotChanges ??= ImmutableArray.CreateBuilder<SnapshotChange>();
        snapshotChanges.Clear();
        var diagnostics = new List<Diagnostic>();
        var conditional = ImmutableArray.CreateBuilder<Diagnostic>(0);
        var onDroppedCatalogs = ImmutableArray.CreateBuilder<Diagnostic>(0);
        var catalogChanges = ImmutableArray.CreateBuilder<CatalogChange>(0);
        var refusals = ImmutableArray.CreateBuilder<int>(0);
        var jobSessions = new JobSessions(statements[0].Context.Catalog);
        var drops = false;
        var errors = ImmutableArray<Exception>.Empty;
        for (var i = 0; i < statements.Length; i++)
        {
            var statement = statements[i];
            var relative = statement.Span.Shift(-start);
            if (statement.Error is { } error)
            {
                errors = errors.Add(error);
                diagnostics.Add(Diagnostic.Create(DocumentAnalyzer.InternalError, new TextSpan(relative.Start, 0),
                    $"Internal error while analysing this statement ({error.GetType().Name}: {error.Message}). Please report it."));
                continue;
            }
            foreach (var diagnostic in statement.Diagnostics)
                (diagnostic.UnlessTakenEarlier is not null ? conditional : diagnostic.OnDroppedCatalog is not null ? onDroppedCatalogs : (ICollection<Diagnostic>)diagnostics)
                    .Add(diagnostic.Shift(relative.Start));
            var parsed = statement.Parsed!;
            members.Add(new BlockStatement(relative, parsed));
            var leaves = i + 1 < statements.Length ? statements[i + 1].Context : exitContext;
            if (parsed.Continuations.IsEmpty)
            {
                AddScriptFacts(parsed, statement.Context, relative.Start, relative.End, snapshotChanges, jobs, ref jobSessions, refusals, ref drops);
                AddCatalogChanges(statement.Context, leaves, relative, catalogChanges);
            }
            else
            {
                (int Start, int End, AnalysisContext Session)? previous = null;
                foreach (var (offset, end, part, session) in StatementParts.Of(parsed, statement.Context))
                {
                    AddScriptFacts(part, session, relative.Start + offset, relative.Start + end, snapshotChanges, jobs, ref jobSessions, refusals, ref drops);
                    if (previous is var (previousStart, previousEnd, before))
                        AddCatalogChanges(before, session, TextSpan.FromBounds(previousStart, previousEnd), catalogChanges);
                    previous = (relative.Start + offset, relative.Start + end, session);
                }
                AddCatalogChanges(previous!.Value.Session, leaves, TextSpan.FromBounds(previous.Value.Start, previous.Value.End), catalogChanges);
            }
        }
        return new StatementBlock(members.DrainToImmutable(), Diagnostic.InDocumentOrder(diagnostics), conditional.DrainToImmutable(),
            Diagnostic.InDocumentOrder(onDroppedCatalogs), catalogChanges.DrainToImmutable(), snapshotChanges.ToImmutable(),
            errors, jobs.ToImmutable(), jobSessions.ToImmutable(), drops, refusals.DrainToImmutable(), ReadIgnores(statements, text, first, textEnd), statements[0].Context, exitContext);
    }

    /// <summary>The external catalogs a statement (or part) drops or makes again: those it adds to or takes from the session's dropped ones.</summary>
    private static void AddCatalogChanges(AnalysisContext before, AnalysisContext after, TextSpan statement, ImmutableArray<CatalogChange>.Builder changes)
    {
        var (was, now) = (before.Catalog?.DroppedCatalogs ?? [], after.Catalog?.DroppedCatalogs ?? []);
        if (ReferenceEquals(was, now))
            return;
        foreach (var dropped in now.Except(was))
            changes.Add(new CatalogChange(dropped, statement, Dropped: true));
        foreach (var madeAgain in was.Except(now))
            changes.Add(new CatalogChange(madeAgain, statement, Dropped: false));
    }

    /// <summary>
    /// The ignore comments of a block of <paramref name="statements"/> (see <see cref="Create"/>): the parses of its statements
    /// hold those inside them; those after each (and before the first, in the first block) are read here.
    /// </summary>
    private static ImmutableArray<BlockIgnore> ReadIgnores(ReadOnlySpan<PlannedStatement> statements, DocumentText text, bool first, int end)
    {
        var start = statements[0].Span.Start;
        var ignores = new BlockIgnores(text, start);
        if (first)
            ignores.AddBetween(TextSpan.FromBounds(0, start), NextEnd(statements, 0));
        for (var i = 0; i < statements.Length; i++)
        {
            var span = statements[i].Span;
            var next = i + 1 < statements.Length ? statements[i + 1].Span.Start : end;
            // A statement that failed is no statement to the analysis: its text lies between those around it.
            if (statements[i].Error is not null)
                ignores.AddBetween(TextSpan.FromBounds(span.Start, next), NextEnd(statements, i + 1));
            else
            {
                ignores.AddInStatement(span, statements[i].Parsed!);
                ignores.AddBetween(TextSpan.FromBounds(span.End, next), NextEnd(statements, i + 1));
            }
        }
        return ignores.ToImmutable();
    }

    /// <summary>Where the first statement from index <paramref name="from"/> that did not fail ends, if any.</summary>
    private static int? NextEnd(ReadOnlySpan<PlannedStatement> statements, int from)
    {
        for (var i = from; i < statements.Length; i++)
            if (statements[i].Error is null)
                return statements[i].Span.End;
        return null;
    }
}

/// <summary>
/// A statement of the new text, about to join a block: parsed and checked (its diagnostics relative to it) in
/// <paramref name="Context"/>, the session the statements before it leave, or the exception that stopped it.
/// </summary>
internal readonly record struct PlannedStatement(TextSpan Span, ParsedStatement? Parsed, ImmutableArray<Diagnostic> Diagnostics,
    AnalysisContext Context, Exception? Error = null);

/// <summary>
/// A BACKUP that takes <paramref name="Snapshot"/>, named at <paramref name="Name"/> (relative to its block), in its
/// <paramref name="Slot"/>; a DROP SNAPSHOT that <paramref name="Drops"/> it; a RESTORE, DROP SNAPSHOT or SHOW SNAPSHOT
/// that looks for it (<paramref name="Lookup"/>), which changes nothing; or, with no snapshot, a CANCEL BACKUP of the
/// slot's job. <paramref name="Held"/>: the repository holds the snapshot a BACKUP takes, as the session before it knows
/// (a DROP SNAPSHOT earlier in the script frees the name); <paramref name="HeldAgain"/>, because a CREATE REPOSITORY of the
/// script made the repository again where a dropped one of its name kept it. <paramref name="Refused"/>: StarRocks refuses
/// the BACKUP for another reason, so that it takes nothing. Or the CREATE REPOSITORY, named at <paramref name="Name"/>, that
/// <paramref name="FindsAgain"/> the snapshots of the dropped repository of that name.
/// </summary>
internal readonly record struct SnapshotChange(TextSpan Name, SnapshotKey? Snapshot, bool Held, bool Drops = false, bool Refused = false, JobSlot Slot = default,
    SnapshotLookup? Lookup = null, bool HeldAgain = false, string? FindsAgain = null);

/// <summary>
/// A statement of <paramref name="Kind"/> that looks for a snapshot in a repository (named at <paramref name="Repository"/>,
/// relative to its block) that the session does not list it in, with the other repositories at that location:
/// <paramref name="Present"/> and <paramref name="ReadOnly"/> those the session has, writable or not (under whose name it
/// could look instead), <paramref name="Holding"/> those, present or dropped, that the session lists the snapshot in.
/// </summary>
internal sealed record SnapshotLookup(StatementKind Kind, TextSpan Repository, ImmutableArray<string> Present, ImmutableArray<string> ReadOnly,
    ImmutableArray<string> Holding);
