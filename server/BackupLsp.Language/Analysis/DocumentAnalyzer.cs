using System.Collections.Immutable;
using BackupLsp.Language.Rules;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Analysis;

/// <summary>
/// Text in, <see cref="DocumentAnalysis"/> out. Statements are parsed once per distinct text and their rule results
/// kept per <see cref="AnalysisContext"/> instance; after an edit only the text around it is split again, and only the
/// <see cref="StatementBlock"/> it touched is rebuilt. Thread-safe; one instance serves every document.
/// </summary>
public sealed class DocumentAnalyzer(StatementCache? cache = null)
{
    public static readonly RuleDescriptor InternalError = new("SRB999", "internal-error", DiagnosticSeverity.Error,
        "The analyser failed on this statement; the rest of the document is still analysed. Please report it.");

    /// <summary>How many statements to parse before it pays to spread them over threads (an edit parses one or two).</summary>
    private const int ParallelThreshold = 512;

    private readonly StatementCache _cache = cache ?? new StatementCache();

    public DocumentAnalysis Analyze(string text, AnalysisContext context, CancellationToken cancellationToken = default) =>
        Analyze(DocumentText.From(text), context, previous: null, cancellationToken);

    /// <summary>
    /// Analyses <paramref name="text"/>; when <paramref name="previous"/> is the analysis of an earlier version of the
    /// same document, only the text around the edit is split again and the blocks on either side are reused.
    /// </summary>
    public DocumentAnalysis Analyze(DocumentText text, AnalysisContext context, DocumentAnalysis? previous, CancellationToken cancellationToken = default)
    {
        // An earlier analysis that lost a statement to an internal error no longer lines up with its split.
        if (previous is null || !previous.InternalErrors.IsEmpty || previous.StatementCount == 0)
        {
            var spans = StatementSplitter.Split(text.Slice(new TextSpan(0, text.Length)).Span);
            var (statements, leaves) = Prepare(text, [.. spans.Select(span => (span, (ParsedStatement?)null))], context, cancellationToken);
            return Assemble(text, context, [], [], Blocks(text, statements, leaves, first: true, text.Length), [], [], 0, null);
        }

        var change = ChangedRegion.Between(text, previous.Text);
        var split = StatementSplitter.Resplit(text, change, previous.StatementSpans);
        var earlierLines = previous.LinesIfMade is { } lines ? (lines, change) : ((LineIndex, ChangedRegion)?)null;
        if (!ReferenceEquals(previous.Context, context))
        {
            // New settings or catalog: every statement's rules run again, on the parses already made.
            var all = Statements(previous, 0, split, previous.StatementCount);
            var (statements, leaves) = Prepare(text, all, context, cancellationToken);
            return Assemble(text, context, [], [], Blocks(text, statements, leaves, first: true, text.Length), [], [], 0, earlierLines);
        }

        // Rebuild the blocks from the one holding the first re-split statement to the one holding the last
        // replaced statement; keep the blocks before as they are and the blocks after at a moved start.
        var firstBlock = previous.BlockOf(Math.Min(split.Kept, previous.StatementCount - 1));
        // The text after a statement is its block's (its ignore comments are read with it): where the re-split statements
        // now start elsewhere (a comment written at the start of the first), the statement before them gets new text after it.
        if (split.Kept > 0 && FirstStartAfterKept(text, previous, split) != previous.StatementSpans[split.Kept].Start)
            firstBlock = previous.BlockOf(split.Kept - 1);
        var lastBlock = split.ResumedAt > split.Kept ? Math.Max(firstBlock, previous.BlockOf(split.ResumedAt - 1)) : firstBlock;
        var firstIndex = previous.FirstIndexOf(firstBlock);
        var middle = Statements(previous, firstIndex, split, previous.FirstIndexOf(lastBlock + 1));
        // And the text before the first statement is the first block's: where the edit leaves none in the blocks it
        // rebuilds from the script's start, the next block becomes the first.
        if (firstBlock == 0 && middle.Length == 0 && lastBlock + 1 < previous.Blocks.Length)
        {
            lastBlock++;
            middle = Statements(previous, previous.FirstIndexOf(lastBlock), previous.FirstIndexOf(lastBlock + 1), split.Delta);
        }
        var entry = firstBlock > 0 ? previous.Blocks[firstBlock - 1].ExitContext : context;
        var (planned, exit) = Prepare(text, middle, entry, cancellationToken);
        // The blocks after are reused only if they start in the session they were checked in: an edited USE or CREATE
        // changes it for the statements after it, whose blocks are checked again (on their parses) until it lines up.
        // A changed session usually holds to the end, so each round takes twice the blocks of the last (and all cores).
        for (var blocks = 1; lastBlock + 1 < previous.Blocks.Length && !ReferenceEquals(previous.Blocks[lastBlock + 1].EntryContext, exit); blocks *= 2)
        {
            var from = previous.FirstIndexOf(lastBlock + 1);
            lastBlock = Math.Min(previous.Blocks.Length - 1, lastBlock + blocks);
            (var again, exit) = Prepare(text, Statements(previous, from, previous.FirstIndexOf(lastBlock + 1), split.Delta), exit, cancellationToken);
            planned = [.. planned, .. again];
        }
        var end = lastBlock + 1 < previous.Blocks.Length ? previous.BlockStarts[lastBlock + 1] + split.Delta : text.Length;
        return Assemble(text, context, previous.Blocks.AsSpan(0, firstBlock), previous.BlockStarts.AsSpan(0, firstBlock),
            Blocks(text, planned, exit, first: firstBlock == 0, end),
            previous.Blocks.AsSpan((lastBlock + 1)..), previous.BlockStarts.AsSpan((lastBlock + 1)..), split.Delta, earlierLines);
    }

    /// <summary>Where the first statement after those <paramref name="split"/> kept starts in the new text (its end where none follows).</summary>
    private static int FirstStartAfterKept(DocumentText text, DocumentAnalysis previous, ResplitResult split) =>
        split.Scanned.Count > 0 ? split.Scanned[0].Start
        : split.ResumedAt < previous.StatementCount ? previous.StatementSpans[split.ResumedAt].Start + split.Delta
        : text.Length;

    /// <summary>
    /// Keeps in the statement cache only what <paramref name="kept"/> parsed (the open documents' analyses): a closed
    /// document's statements, a large script's whole text among them, would otherwise stay until the cache fills.
    /// </summary>
    public void KeepOnly(IEnumerable<DocumentAnalysis> kept) =>
        _cache.Retain(kept.SelectMany(analysis => analysis.Blocks).SelectMany(block => block.Statements).Select(statement => statement.Parsed));

    /// <summary>
    /// The statements from index <paramref name="from"/> of the previous analysis up to the edit, the statements the edit
    /// re-split (not parsed yet), and those after the edit up to index <paramref name="to"/>, moved by its length.
    /// </summary>
    private static (TextSpan Span, ParsedStatement? Parsed)[] Statements(DocumentAnalysis previous, int from, ResplitResult split, int to)
    {
        var statements = new (TextSpan, ParsedStatement?)[split.Kept - from + split.Scanned.Count + to - split.ResumedAt];
        var next = 0;
        for (var i = from; i < split.Kept; i++)
            statements[next++] = previous.StatementAtIndex(i);
        foreach (var span in split.Scanned)
            statements[next++] = (span, null);
        for (var i = split.ResumedAt; i < to; i++)
            statements[next++] = Known(previous, i, split.Delta);
        return statements;
    }

    /// <summary>The statements from index <paramref name="from"/> up to <paramref name="to"/> of the previous analysis, moved by <paramref name="delta"/>.</summary>
    private static (TextSpan Span, ParsedStatement? Parsed)[] Statements(DocumentAnalysis previous, int from, int to, int delta)
    {
        var statements = new (TextSpan, ParsedStatement?)[to - from];
        for (var i = from; i < to; i++)
            statements[i - from] = Known(previous, i, delta);
        return statements;
    }

    /// <summary>A statement of the previous analysis, moved by <paramref name="delta"/>, with its parse.</summary>
    private static (TextSpan Span, ParsedStatement? Parsed) Known(DocumentAnalysis previous, int index, int delta)
    {
        var (span, parsed) = previous.StatementAtIndex(index);
        return (span.Shift(delta), parsed);
    }

    private DocumentAnalysis Assemble(DocumentText text, AnalysisContext context,
        ReadOnlySpan<StatementBlock> before, ReadOnlySpan<int> startsBefore,
        (StatementBlock Block, int Start)[] rebuilt,
        ReadOnlySpan<StatementBlock> after, ReadOnlySpan<int> startsAfter, int delta, (LineIndex, ChangedRegion)? earlierLines)
    {
        var blocks = ImmutableArray.CreateBuilder<StatementBlock>(before.Length + rebuilt.Length + after.Length);
        var starts = ImmutableArray.CreateBuilder<int>(blocks.Capacity);
        blocks.AddRange(before);
        starts.AddRange(startsBefore);
        foreach (var (block, start) in rebuilt)
        {
            blocks.Add(block);
            starts.Add(start);
        }
        blocks.AddRange(after);
        foreach (var start in startsAfter)
            starts.Add(start + delta);
        var placed = blocks.MoveToImmutable();
        var placedStarts = starts.MoveToImmutable();
        var script = ImmutableArray.CreateBuilder<Diagnostic>();
        // Snapshots first, though told last: a BACKUP to a name taken before it, and a RESTORE or DROP SNAPSHOT of one
        // no BACKUP before it takes, are refused, and start no job for the other rules. Each of these passes runs only
        // where a block has something for it (most scripts drop nothing; without a catalog that lists repositories or a
        // CREATE REPOSITORY, no block has snapshot changes); their diagnostics are merged in document order.
        var refused = new HashSet<int>();
        List<Diagnostic>? snapshots = null;
        if (placed.Any(block => !block.Conditional.IsEmpty || !block.SnapshotChanges.IsEmpty))
        {
            var restoresOfTakes = new List<(int Use, int Take)>();
            snapshots = ScriptRules.Snapshots([.. placed.Select((block, i) => (placedStarts[i], block.Conditional, block.SnapshotChanges))], context.Catalog, context.Options.Version, refused, restoresOfTakes);
            foreach (var (use, take) in restoresOfTakes)
                // Told apart by the jobs their parses keep; the trees, which the rules have let go, read only for a RESTORE and its BACKUP.
                if (JobAt(placed, placedStarts, use, inSession: false) is ({ Job.Kind: JobKind.Restore } restorePart, var restoreStart, _)
                    && JobAt(placed, placedStarts, take, inSession: true) is ({ Job: { } taking } backupPart, var backupStart, var backupSession)
                    && restorePart.Syntax is SnapshotJobStatement restore && backupPart.Syntax is SnapshotJobStatement backup)
                {
                    // Where it matters, the session the RESTORE runs in too: it brings every table back onto those of its database.
                    var restoreSession = SnapshotContents.RestoresEveryTable(restore) ? JobAt(placed, placedStarts, use, inSession: true)?.Session : null;
                    var taker = ScriptRules.TakingBackup(taking.Snapshot.Shift(backupStart), taking.SnapshotName, taking.Repository);
                    foreach (var diagnostic in SnapshotContents.Check(backup, backupSession?.Catalog, restore, restoreSession?.Catalog, context.Options.Version))
                    {
                        refused.Add(use);
                        snapshots.Add(diagnostic.Shift(restoreStart) with { Related = [taker] });
                    }
                }
        }
        foreach (var diagnostic in ScriptRules.Check(placed.Select((block, i) => (placedStarts[i], block.Jobs)), refused, context.Options.Version))
            if (StatementChecks.Configured(diagnostic, context.Options) is { } adjusted)
                script.Add(adjusted);
        var merged = false;
        if (placed.Any(block => block.Drops))
        {
            foreach (var diagnostic in ScriptRules.DropsDuringJobs([.. placed.Select((block, i) => (placedStarts[i], block))], refused))
                if (StatementChecks.Configured(diagnostic, context.Options) is { } adjusted)
                    script.Add(adjusted);
            merged = true;
        }
        // Configured as their statements' diagnostics were.
        if (placed.Any(block => !block.OnDroppedCatalogs.IsEmpty))
        {
            script.AddRange(DroppedCatalogRules.Linked(placed, placedStarts));
            merged = true;
        }
        if (snapshots is not null)
        {
            foreach (var diagnostic in snapshots)
                if (StatementChecks.Configured(diagnostic, context.Options) is { } adjusted)
                    script.Add(adjusted);
            merged = true;
        }
        return new DocumentAnalysis(text, context, placed, placedStarts, merged ? Diagnostic.InDocumentOrder(script) : script.DrainToImmutable(), refused, earlierLines);
    }

    /// <summary>
    /// The BACKUP or RESTORE (or the part of a statement after a missing `;`) at <paramref name="offset"/>, where it starts,
    /// and, when asked (<paramref name="inSession"/>), the session it runs in; told from the job its parse keeps, not its tree.
    /// </summary>
    private static (ParsedStatement Part, int Start, AnalysisContext? Session)? JobAt(ImmutableArray<StatementBlock> blocks, ImmutableArray<int> starts,
        int offset, bool inSession)
    {
        var index = starts.BinarySearch(offset);
        if (index < 0)
            index = ~index - 1;
        if (index < 0)
            return null;
        var relative = offset - starts[index];
        var session = blocks[index].EntryContext;
        foreach (var statement in blocks[index].Statements)
        {
            if (!statement.Span.Contains(relative))
            {
                if (inSession)
                    session = StatementParts.SessionAfter(statement.Parsed, session);
                continue;
            }
            var (partOffset, _, part, inPart) = StatementParts.Of(statement.Parsed, session).Last(p => p.Offset <= relative - statement.Span.Start);
            return part.Job is not null ? (part, starts[index] + statement.Span.Start + partOffset, inSession ? inPart : null) : null;
        }
        return null;
    }

    /// <summary>
    /// Parses the statements not parsed yet and checks them all, each in the session the statements before it leave
    /// (<paramref name="entry"/> at the first); also yields the session the last one leaves. Each statement's rules run
    /// right after its parse, so that its tree can be let go while it is young. Opening a large script spreads them
    /// over every core.
    /// </summary>
    private (PlannedStatement[] Statements, AnalysisContext Exit) Prepare(DocumentText text, (TextSpan Span, ParsedStatement? Parsed)[] statements,
        AnalysisContext entry, CancellationToken cancellationToken)
    {
        // The sessions first, in order: a statement's effect is read from its first words, and most are not parsed yet.
        var prepared = new PlannedStatement[statements.Length];
        var session = entry;
        for (var i = 0; i < statements.Length; i++)
        {
            var (span, parsed) = statements[i];
            var unparsed = parsed is null ? text.Slice(span) : default;
            var read = parsed is null ? session.After(SessionEffect.Of(unparsed.Span)) : null;
            // A statement whose first words change the session is parsed here, in order, and checked in it: one StarRocks
            // refuses changes nothing. So is a RESTORE, whose effect is read from its tree, where it can change anything (a
            // session that knows no database's tables, of the catalog or made by the script, nor a catalog the script dropped,
            // has none for it to bring back), and a statement that may hold others after a missing `;`, whose effects count
            // after it too.
            if (parsed is null && (!ReferenceEquals(read, session)
                    || (session.Catalog is { } catalog && (catalog.Databases is not null || !catalog.CreatedDatabases.IsEmpty || !catalog.MadeObjects.IsEmpty
                        || !catalog.DroppedCatalogs.IsEmpty) && SessionEffect.ReadsTree(unparsed.Span))
                    || StatementParser.MayHoldAnotherStatement(unparsed.Span)))
                parsed = ParseOrLeaveToPrepareOne(unparsed.Span);
            prepared[i] = new PlannedStatement(span, parsed, [], session);
            session = parsed is null ? read! : StatementParts.SessionAfter(parsed, session);
        }
        if (statements.Length >= ParallelThreshold)
        {
            _cache.Reserve(statements.Length);
            // One thread per processor, no more: unbounded, the loop takes every thread the pool adds while it runs, and a
            // language server's other messages (a completion in another document) wait for the whole analysis.
            Parallel.For(0, statements.Length, new ParallelOptions { CancellationToken = cancellationToken, MaxDegreeOfParallelism = Environment.ProcessorCount },
                i => prepared[i] = PrepareOne(text, prepared[i]));
        }
        else
            for (var i = 0; i < statements.Length; i++)
            {
                if (i % 256 == 0)
                    cancellationToken.ThrowIfCancellationRequested();
                prepared[i] = PrepareOne(text, prepared[i]);
            }
        return (prepared, session);
    }

    /// <summary>The parse, or null when it throws: <see cref="PrepareOne"/> parses again and reports the error.</summary>
    private ParsedStatement? ParseOrLeaveToPrepareOne(ReadOnlySpan<char> statementText)
    {
        try
        {
            return _cache.GetOrParse(statementText);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return null;
        }
    }

    private PlannedStatement PrepareOne(DocumentText text, PlannedStatement statement)
    {
        try
        {
            var parsed = statement.Parsed ?? _cache.GetOrParse(text.Slice(statement.Span).Span);
            return statement with { Parsed = parsed, Diagnostics = StatementChecks.Diagnostics(parsed, statement.Context) };
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return statement with { Parsed = null, Error = e };
        }
    }

    /// <summary>Groups checked statements into blocks of about <see cref="StatementBlock.TargetSize"/>.</summary>
    /// <param name="exit">The session the last statement leaves; each other block's is the session the next one starts in.</param>
    /// <param name="first">Whether the statements start the script (see <see cref="StatementBlock.Create"/>).</param>
    /// <param name="end">Where the text after the last of them ends: at the next statement, or the script's end.</param>
    private static (StatementBlock Block, int Start)[] Blocks(DocumentText text, PlannedStatement[] statements, AnalysisContext exit, bool first, int end)
    {
        var count = (statements.Length + StatementBlock.TargetSize - 1) / StatementBlock.TargetSize;
        var blocks = new (StatementBlock, int)[count];
        for (var i = 0; i < count; i++)
        {
            var from = (int)((long)statements.Length * i / count);
            var to = (int)((long)statements.Length * (i + 1) / count);
            var (leaves, blockEnd) = to < statements.Length ? (statements[to].Context, statements[to].Span.Start) : (exit, end);
            blocks[i] = (StatementBlock.Create(statements.AsSpan(from, to - from), leaves, text, first && i == 0, blockEnd), statements[from].Span.Start);
        }
        return blocks;
    }
}
