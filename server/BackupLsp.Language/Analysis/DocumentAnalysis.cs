using System.Collections.Immutable;
using System.Runtime.InteropServices;
using System.Text;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Analysis;

/// <summary>
/// The immutable result of analysing one version of a document: every feature reads from it. Statements and
/// diagnostics are kept in <see cref="StatementBlock"/>s placed at absolute starts, so that the next version can
/// reuse every block an edit did not touch; the flat lists are built on first use.
/// </summary>
public sealed class DocumentAnalysis
{
    private readonly int[] _firstIndexes;
    private readonly Lazy<LineIndex> _lines;
    private readonly Lazy<ImmutableArray<ScriptStatement>> _statements;
    private readonly Lazy<ImmutableArray<Diagnostic>> _diagnostics;

    /// <param name="earlierLines">The line index of an earlier version and how this text differs from it, if it was made.</param>
    internal DocumentAnalysis(DocumentText text, AnalysisContext context, ImmutableArray<StatementBlock> blocks,
        ImmutableArray<int> blockStarts, ImmutableArray<Diagnostic> scriptDiagnostics, IReadOnlySet<int> refusedJobs,
        (LineIndex Lines, ChangedRegion Change)? earlierLines)
    {
        Text = text;
        Context = context;
        Blocks = blocks;
        BlockStarts = blockStarts;
        RefusedJobs = refusedJobs;
        _firstIndexes = new int[blocks.Length + 1];
        var errors = ImmutableArray<Exception>.Empty;
        for (var i = 0; i < blocks.Length; i++)
        {
            _firstIndexes[i + 1] = _firstIndexes[i] + blocks[i].Statements.Length;
            errors = errors.AddRange(blocks[i].Errors);
        }
        InternalErrors = errors;
        _lines = new Lazy<LineIndex>(() => earlierLines is var (lines, change) ? LineIndex.Create(text, lines, change) : LineIndex.Create(text));
        _statements = new Lazy<ImmutableArray<ScriptStatement>>(Flatten);
        _diagnostics = new Lazy<ImmutableArray<Diagnostic>>(() => [.. PlacedDiagnostics.Select(d => d.Absolute)]);
        StatementSpans = new SpanList(this);
        (IgnoreComments, _shownInBlocks, ScriptDiagnostics) = Analysis.IgnoreComments.Apply(this, scriptDiagnostics);
        var diagnosticCount = ScriptDiagnostics.Length;
        for (var i = 0; i < blocks.Length; i++)
            diagnosticCount += DiagnosticsOfBlock(i).Length;
        DiagnosticCount = diagnosticCount;
    }

    /// <summary>What each block shows of its diagnostics where an ignore comment silenced some (a default array elsewhere); null where none did.</summary>
    private readonly ImmutableArray<Diagnostic>[]? _shownInBlocks;

    /// <summary>The document's <c>backup-lsp-ignore</c> comments, in document order.</summary>
    public ImmutableArray<IgnoreComment> IgnoreComments { get; }

    /// <summary>The diagnostics of block <paramref name="block"/> that no ignore comment silences, relative to its start.</summary>
    internal ImmutableArray<Diagnostic> DiagnosticsOfBlock(int block) =>
        _shownInBlocks is { } shown && !shown[block].IsDefault ? shown[block] : Blocks[block].Diagnostics;

    public DocumentText Text { get; }

    public AnalysisContext Context { get; }

    public LineIndex Lines => _lines.Value;

    /// <summary>
    /// The diagnostic's message, then each related place's line and what it is (<c>… (line 3: The BACKUP that may still be
    /// running)</c>): for a report or a client that shows no related places. <paramref name="offset"/> places a diagnostic
    /// stored relative to its block.
    /// </summary>
    public string MessageWithRelatedLines(Diagnostic diagnostic, int offset = 0)
    {
        var message = new StringBuilder(diagnostic.Message);
        foreach (var related in diagnostic.Related)
            message.Append($" (line {Lines.GetPosition(related.Span.Start + offset).Line + 1}: {related.Message})");
        return message.ToString();
    }

    /// <summary>
    /// A fix's edit (at document offsets) as the document takes it: its line breaks (<c>\n</c>, as fixes write them) made
    /// those of the line it goes in (the one that ends it, or on the last line the one before it), so that a fix that
    /// writes lines keeps a CRLF or CR script's line endings, and a script of mixed ones that part's. A line break the fix
    /// copies from the script (a CRLF or a CR) is the script's already, and stays. The editor's fixes, `--fix` and SARIF's
    /// replacements all write edits so.
    /// </summary>
    public TextEdit AsWritten(TextEdit edit) => edit with { NewText = WithOwnLineBreaks(edit.NewText, edit.Span.Start) };

    private string WithOwnLineBreaks(string newText, int at)
    {
        if (!newText.Contains('\n') || Lines.LineCount < 2)
            return newText;
        var line = Lines.GetPosition(Math.Clamp(at, 0, Text.Length)).Line;
        var breakEnd = Lines.LineStart(Math.Max(line + 1 < Lines.LineCount ? line + 1 : line, 1));
        var own = Text[breakEnd - 1] == '\r' ? "\r" : breakEnd >= 2 && Text[breakEnd - 2] == '\r' ? "\r\n" : "\n";
        if (own == "\n")
            return newText;
        var written = new StringBuilder(newText.Length + 16);
        for (var i = 0; i < newText.Length; i++)
            written.Append(newText[i] == '\n' && (i == 0 || newText[i - 1] != '\r') ? own : newText[i]);
        return written.ToString();
    }

    /// <summary>The line index if a feature already needed it: the next version's index is made from it.</summary>
    internal LineIndex? LinesIfMade => _lines.IsValueCreated ? _lines.Value : null;

    internal ImmutableArray<StatementBlock> Blocks { get; }

    internal ImmutableArray<int> BlockStarts { get; }

    /// <summary>Diagnostics across statements (absolute) and those of ignore comments, in document order, without those silenced.</summary>
    internal ImmutableArray<Diagnostic> ScriptDiagnostics { get; }

    /// <summary>
    /// Where the snapshots are named (absolute) of the BACKUPs, RESTOREs and DROP SNAPSHOTs StarRocks refuses for what the
    /// script does before them (see ScriptRules.Snapshots), which start no job and drop nothing; those refused on their own
    /// are told by StatementChecks.Refuses.
    /// </summary>
    internal IReadOnlySet<int> RefusedJobs { get; }

    /// <summary>
    /// Whether the BACKUP or RESTORE <paramref name="job"/> of the statement (or part after a missing `;`) at
    /// <paramref name="start"/> in <paramref name="block"/> (relative to it) starts a job, as SRB700 counts it (see
    /// <see cref="StatementBlock.StartsJob"/>).
    /// </summary>
    internal bool StartsJob(int block, int start, SnapshotJob job) => Blocks[block].StartsJob(start, job, BlockStarts[block], RefusedJobs);

    public int StatementCount => _firstIndexes[^1];

    /// <summary>The statements' spans in the document, in order, read from the blocks without copying them out.</summary>
    internal IReadOnlyList<TextSpan> StatementSpans { get; }

    /// <summary>Every non-empty statement, family or not, in document order.</summary>
    public ImmutableArray<ScriptStatement> Statements => _statements.Value;

    /// <summary>Diagnostics with document offsets and configured severities, in document order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics => _diagnostics.Value;

    public int DiagnosticCount { get; }

    /// <summary>The diagnostics in document order without copying them: each with the offset that places it.</summary>
    public PlacedDiagnostics PlacedDiagnostics => new(this);

    /// <summary>
    /// The diagnostics in runs: one per block, then those across statements (with no identity). A run whose identity
    /// and placement are those of a run of an earlier version holds the same diagnostics, so a host may reuse what it
    /// made of them.
    /// </summary>
    public IEnumerable<DiagnosticRun> DiagnosticRuns
    {
        get
        {
            // A block an ignore comment silenced diagnostics of is told as a run of its own each time.
            for (var i = 0; i < Blocks.Length; i++)
                yield return DiagnosticsOfBlock(i) is var shown && shown == Blocks[i].Diagnostics
                    ? new DiagnosticRun(Blocks[i], BlockStarts[i], shown)
                    : new DiagnosticRun(ImmutableCollectionsMarshal.AsArray(shown)!, BlockStarts[i], shown);
            yield return new DiagnosticRun(null, 0, ScriptDiagnostics);
        }
    }

    /// <summary>The folding's memo of this version's regions (see Features.Folding): an editor asks again for a document that did not change.</summary>
    internal object? Folds;

    /// <summary>Exceptions that analysis survived (each also became a diagnostic); hosts log them.</summary>
    public ImmutableArray<Exception> InternalErrors { get; }

    /// <summary>The statement at <paramref name="index"/> (0 ≤ index &lt; <see cref="StatementCount"/>), its span in the document.</summary>
    internal (TextSpan Span, ParsedStatement Parsed) StatementAtIndex(int index)
    {
        var block = BlockOf(index);
        var statement = Blocks[block].Statements[index - _firstIndexes[block]];
        return (statement.Span.Shift(BlockStarts[block]), statement.Parsed);
    }

    /// <summary>The block that holds the statement at <paramref name="index"/>.</summary>
    internal int BlockOf(int index)
    {
        var found = Array.BinarySearch(_firstIndexes, 0, Blocks.Length, index);
        if (found < 0)
            return ~found - 1;
        // Empty blocks share their first index with the next one: the statement is in the last of them.
        while (found + 1 < Blocks.Length && _firstIndexes[found + 1] == index)
            found++;
        return found;
    }

    /// <summary>The index of the block's first statement in the whole document.</summary>
    internal int FirstIndexOf(int block) => _firstIndexes[block];

    /// <summary>The statement whose span contains or touches <paramref name="offset"/>, if any.</summary>
    public ScriptStatement? StatementAt(int offset) =>
        LastStartingAtOrBefore(offset) is { } statement && offset <= statement.Span.End ? statement : null;

    /// <summary>The last statement that starts at or before <paramref name="offset"/>, if any.</summary>
    public ScriptStatement? LastStartingAtOrBefore(int offset)
    {
        if (IndexOfLastStartingAtOrBefore(offset) is not (>= 0 and var found))
            return null;
        var (span, parsed) = StatementAtIndex(found);
        return new ScriptStatement(span, parsed);
    }

    /// <summary>
    /// The session the statement at <paramref name="offset"/> is checked in: <see cref="Context"/> after the USE and
    /// CREATE statements before it (see SessionContexts); in a statement after a missing `;`, after those before it in
    /// the statement too. Features read names from it as the rules do.
    /// </summary>
    public AnalysisContext SessionAt(int offset)
    {
        // Found as completion finds its statement: a cursor after the last token of a part is still in it.
        var index = IndexOfLastStartingAtOrBefore(offset);
        if (index < 0)
            return Context;
        var session = SessionOf(index);
        var (span, parsed) = StatementAtIndex(index);
        foreach (var (partOffset, _, _, inPart) in parsed.Continuations.IsEmpty ? [] : StatementParts.Of(parsed, session).Skip(1))
            if (offset - span.Start >= partOffset)
                session = inPart;
        return session;
    }

    /// <summary>The session the last statement that starts at or before <paramref name="offset"/> leaves: a cursor past its <c>;</c> is in it.</summary>
    public AnalysisContext SessionAfterStatementAt(int offset) =>
        IndexOfLastStartingAtOrBefore(offset) is >= 0 and var index ? StatementParts.SessionAfter(StatementAtIndex(index).Parsed, SessionOf(index)) : Context;

    /// <summary>The session the whole statement at <paramref name="offset"/> starts in (its first part's).</summary>
    internal AnalysisContext StatementSessionAt(int offset) => IndexOfLastStartingAtOrBefore(offset) is >= 0 and var index ? SessionOf(index) : Context;

    private AnalysisContext SessionOf(int index)
    {
        var block = BlockOf(index);
        return SessionsIn(block).ElementAt(index - FirstIndexOf(block));
    }

    /// <summary>Every statement with the session it is checked in, in document order.</summary>
    public IEnumerable<(ScriptStatement Statement, AnalysisContext Session)> StatementsInSessions()
    {
        var statements = Statements;
        for (var block = 0; block < Blocks.Length; block++)
        {
            var index = FirstIndexOf(block);
            foreach (var session in SessionsIn(block))
                yield return (statements[index++], session);
        }
    }

    /// <summary>
    /// The statements that overlap <paramref name="range"/> with the session each is checked in, in document order, read
    /// from the blocks that hold them only: a feature asked about the part of a large script on screen.
    /// </summary>
    public IEnumerable<(ScriptStatement Statement, AnalysisContext Session)> StatementsInSessions(TextSpan range)
    {
        var first = Math.Max(0, IndexOfLastStartingAtOrBefore(range.Start));
        for (var block = first < StatementCount ? BlockOf(first) : Blocks.Length; block < Blocks.Length; block++)
        {
            var statements = Blocks[block].Statements;
            var i = 0;
            foreach (var session in SessionsIn(block))
            {
                var statement = new ScriptStatement(statements[i].Span.Shift(BlockStarts[block]), statements[i++].Parsed);
                if (statement.Start > range.End)
                    yield break;
                if (statement.Span.End >= range.Start)
                    yield return (statement, session);
            }
        }
    }

    /// <summary>The sessions the block that holds the statement at <paramref name="index"/> starts and ends in.</summary>
    internal (AnalysisContext Entry, AnalysisContext Exit) BlockSessionsAround(int index) =>
        BlockOf(index) is var block ? (Blocks[block].EntryContext, Blocks[block].ExitContext) : default;

    /// <summary>The session of each statement of a block, from the one the block starts in.</summary>
    internal IEnumerable<AnalysisContext> SessionsIn(int block)
    {
        var session = Blocks[block].EntryContext;
        // A session never returns to an earlier one: a block that ends in the session it starts in changed none inside.
        var uniform = ReferenceEquals(session, Blocks[block].ExitContext);
        foreach (var statement in Blocks[block].Statements)
        {
            yield return session;
            if (!uniform)
                session = StatementParts.SessionAfter(statement.Parsed, session);
        }
    }

    /// <summary>The index of the last statement that starts at or before <paramref name="offset"/>, or -1.</summary>
    internal int IndexOfLastStartingAtOrBefore(int offset) => StatementSplitter.CountStartingAtOrBefore(StatementSpans, offset) - 1;

    private sealed class SpanList(DocumentAnalysis analysis) : IReadOnlyList<TextSpan>
    {
        public TextSpan this[int index] => analysis.StatementAtIndex(index).Span;
        public int Count => analysis.StatementCount;
        public IEnumerator<TextSpan> GetEnumerator() => Enumerable.Range(0, Count).Select(i => this[i]).GetEnumerator();
        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }

    private ImmutableArray<ScriptStatement> Flatten()
    {
        var statements = ImmutableArray.CreateBuilder<ScriptStatement>(StatementCount);
        for (var block = 0; block < Blocks.Length; block++)
            foreach (var statement in Blocks[block].Statements)
                statements.Add(new ScriptStatement(statement.Span.Shift(BlockStarts[block]), statement.Parsed));
        return statements.MoveToImmutable();
    }
}
