using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Syntax;

/// <summary>Where a parse stopped: the token index and everything that could have come there.</summary>
public sealed record ParseFailure(int TokenIndex, ImmutableArray<string> Expected);

/// <summary>The job a BACKUP or RESTORE runs, as the script-wide rules need it; spans relative to the statement.</summary>
/// <param name="Database">The database the job works in, if the statement names it (see SnapshotJobStatement.JobDatabase).</param>
/// <param name="Snapshot">The whole snapshot name, <c>db.snap</c> or <c>snap</c>.</param>
/// <param name="SnapshotName">Its last part, the snapshot's own name (not the tree's node: the tree may go).</param>
/// <param name="SnapshotNameSpan">Where that part is written.</param>
/// <param name="RepositorySpan">Where the repository is named.</param>
/// <param name="OfExternalCatalogs">
/// A job of external catalogs' metadata: it takes or reads its snapshot like any other, but in no database (BackupHandler
/// keeps it under a database id of its own).
/// </param>
public sealed record SnapshotJob(string? Database, JobKind Kind, TextSpan Snapshot, string SnapshotName, TextSpan SnapshotNameSpan, string Repository,
    TextSpan RepositorySpan, bool OfExternalCatalogs);

/// <summary>
/// What a CANCEL BACKUP or CANCEL RESTORE stops: the database's running job of that kind (BackupHandler.cancel), or the
/// external catalogs' one.
/// </summary>
/// <param name="Database">The database it names (FROM db), if any.</param>
public sealed record JobCancel(string? Database, JobKind Kind, bool OfExternalCatalogs);

/// <summary>
/// The snapshots a DROP SNAPSHOT or SHOW SNAPSHOT looks for in its repository, as the script-wide rules need them (see
/// Analysis.SnapshotLookup); spans relative to the statement.
/// </summary>
/// <param name="Snapshots">DROP SNAPSHOT's one; those SHOW SNAPSHOT's WHERE names (none without one).</param>
public sealed record SnapshotQuery(string Repository, TextSpan RepositorySpan, ImmutableArray<(string Name, TextSpan Span)> Snapshots);

/// <summary>
/// One statement's text, tokens, tree and syntax diagnostics, all relative to the statement's start. Immutable and
/// independent of where the statement sits in the document, so the same instance serves every text version in
/// which the statement is unchanged.
/// </summary>
public sealed class ParsedStatement
{
    internal ParsedStatement(string text, StatementKind kind, Statement? syntax, ImmutableArray<Diagnostic> diagnostics)
    {
        Text = text;
        Kind = kind;
        _syntax = syntax;
        Diagnostics = diagnostics;
        _scriptFacts = syntax switch
        {
            SnapshotJobStatement job => new SnapshotJob(job.JobDatabase?.Value, job.Kind, job.Snapshot.Span, job.Snapshot.Last.Value,
                job.Snapshot.Last.Span, job.Repository.Value, job.Repository.Span, job.External is not null),
            CancelJobStatement cancel => new JobCancel(cancel.Database?.Value, cancel.Kind, cancel.ForExternalCatalogSpan is not null),
            DropSnapshotStatement drop => new SnapshotQuery(drop.Repository.Value, drop.Repository.Span, [(drop.Snapshot.Value, drop.Snapshot.Span)]),
            ShowSnapshotStatement show => new SnapshotQuery(show.Repository.Value, show.Repository.Span,
                show.Clauses.Where is { } where ? [.. Features.NameMentions.FilteredNames(text, where.Condition)] : []),
            _ => null,
        };
    }

    // The tree, held strongly until the rules have run on it, then weakly: like Roslyn's recoverable syntax trees, a
    // large script keeps its statements' text and diagnostics, and a tree the garbage collector took is parsed again
    // from the text when a feature asks for it (microseconds for one statement).
    private object? _syntax;

    public string Text { get; }

    public StatementKind Kind { get; }

    public bool IsFamily => Kind != StatementKind.Other;

    /// <summary>
    /// Every token, trivia included; empty for other SQL, which nothing needs to look into. Scanned again on each
    /// call rather than kept: features read the tokens of a few statements, and a large script parses faster and
    /// holds less memory without them.
    /// </summary>
    public ImmutableArray<SyntaxToken> Tokens => IsFamily ? SyntaxToken.Scan(Text) : [];

    /// <summary>The statement's first significant token (BACKUP, RESTORE, ...), where statement-wide results go.</summary>
    public TextSpan HeadSpan
    {
        get
        {
            for (var position = 0; position < Text.Length;)
            {
                var kind = Lexer.Scan(Text, position, out var end);
                if (!kind.IsTrivia())
                    return TextSpan.FromBounds(position, end);
                position = end;
            }
            return default;
        }
    }

    /// <summary>Whether the statement parsed, known without reading the tree (which may have to be parsed again).</summary>
    public bool HasSyntax => Volatile.Read(ref _syntax) is not null;

    /// <summary>The tree, when the statement parsed.</summary>
    public Statement? Syntax
    {
        get
        {
            switch (Volatile.Read(ref _syntax))
            {
                case Statement held:
                    return held;
                case WeakReference<Statement> weak:
                    if (weak.TryGetTarget(out var alive))
                        return alive;
                    var again = StatementParser.Parse(Text).Syntax!;
                    weak.SetTarget(again);
                    return again;
                default:
                    return null;
            }
        }
    }

    /// <summary>The BACKUP or RESTORE job of a statement that parsed as one.</summary>
    public SnapshotJob? Job => _scriptFacts as SnapshotJob;

    /// <summary>The job a CANCEL BACKUP or CANCEL RESTORE that parsed stops.</summary>
    public JobCancel? Cancel => _scriptFacts as JobCancel;

    /// <summary>The snapshots a DROP SNAPSHOT or SHOW SNAPSHOT that parsed looks for.</summary>
    public SnapshotQuery? Query => _scriptFacts as SnapshotQuery;

    // The one of the three a statement can have, in one field: a large script holds a parse per statement. Kept rather
    // than read from the tree, which the rules let go: each edit of a block reads them again (Analysis.StatementBlock).
    private readonly object? _scriptFacts;

    /// <summary>Lets the garbage collector take the tree (see <see cref="Syntax"/>); the analyser calls it once the rules have run.</summary>
    internal void ReleaseSyntax()
    {
        if (Volatile.Read(ref _syntax) is Statement held)
            Volatile.Write(ref _syntax, new WeakReference<Statement>(held));
    }

    /// <summary>Lexical and syntax diagnostics.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>
    /// The statements that start a line inside this one's text after a missing <c>;</c> (SRB012), each with where it
    /// starts (it runs to the next one's start, the last to the end): checked as if the <c>;</c> were there, so that their
    /// own errors show at once. Their diagnostics, snapshot changes, outline entries, highlighting, references, completion
    /// and hover are their own, and what they change in the session counts for the statements after this one too. Empty for most; set by the parse.
    /// </summary>
    public ImmutableArray<(int Offset, ParsedStatement Statement)> Continuations { get; internal set; } = [];

    /// <summary>
    /// The <c>backup-lsp-ignore</c> comments written in the statement's text (relative to it), read as the parse lexed it:
    /// a statement an edit did not touch keeps them with its parse. Empty for most; set by the parse.
    /// </summary>
    internal ImmutableArray<IgnoreMark> IgnoreMarks { get; set; } = [];

    /// <summary>
    /// Where the last significant token of a statement cut at a missing `;`, or of one after such a cut, ends: the line
    /// breaks and comments after it lie between two statements, as they would with the `;`. Null for other statements.
    /// </summary>
    internal int? OwnEnd { get; set; }

    /// <summary>The text this statement itself says (all of it for most statements; see <see cref="OwnEnd"/>).</summary>
    internal ReadOnlySpan<char> OwnText => OwnEnd is { } end ? Text.AsSpan(0, end) : Text;

    /// <summary>
    /// The analyser's memo of this statement's rule diagnostics for one context. A plain field rather than a
    /// ConditionalWeakTable, whose dependent handles made every garbage collection scan the whole cache.
    /// </summary>
    internal object? RuleResults;

    /// <summary>The outline's memo of this statement's entry, relative to the statement (see Features.Symbols).</summary>
    internal object? Symbol;

    /// <summary>The highlighting's memo of this statement's classified tokens for one configured release, relative to it (see Features.SemanticTokens).</summary>
    internal object? Classification;

    /// <summary>The folding's memo of this statement's multi-line lists, in lines relative to its first (see Features.Folding).</summary>
    internal object? Folds;

    /// <summary>The references' memo of the names this statement mentions, relative to it (see Features.References).</summary>
    internal object? Mentions;

    /// <summary>The memo of what this statement changes in the session (see Analysis.SessionEffect), read on every analysis.</summary>
    internal object? SessionEffect;

    /// <summary>
    /// What a feature made of this statement, made once and kept in <paramref name="slot"/> (one of this instance's
    /// memo fields): a parse serves every version that still has the statement. Threads that race make equal values.
    /// </summary>
    internal T Memo<T>(ref object? slot, Func<ParsedStatement, T> make) where T : class
    {
        if (Volatile.Read(ref slot) is T known)
            return known;
        var made = make(this);
        Volatile.Write(ref slot, made);
        return made;
    }
}
