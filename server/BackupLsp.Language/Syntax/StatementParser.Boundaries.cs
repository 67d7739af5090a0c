using System.Buffers;
using BackupLsp.Language.Analysis;
using Superpower.Model;
using TextSpan = BackupLsp.Language.Text.TextSpan;

namespace BackupLsp.Language.Syntax;

/// <summary>Where a statement's text holds the start of another: the places of a forgotten <c>;</c>.</summary>
public static partial class StatementParser
{
    /// <summary>
    /// StarRocks' statement heads (its grammar's statement rules, a query's WITH, VALUES and EXPLAIN among them): found where a
    /// clause was expected, on a line of their own, they mean a forgotten <c>;</c>. A few need the token after them too (see
    /// <see cref="StartsStatement"/>).
    /// </summary>
    private static readonly HashSet<string> StatementStarters = new(StringComparer.OrdinalIgnoreCase)
    {
        "SELECT", "WITH", "VALUES", "EXPLAIN", "DESC", "DESCRIBE", "TRACE", "USE", "SET", "SHOW", "CREATE", "DROP", "ALTER",
        "BACKUP", "RESTORE", "CANCEL", "RECOVER", "TRUNCATE", "REFRESH", "SUBMIT", "INSERT", "UPDATE", "DELETE", "LOAD",
        "EXPORT", "PAUSE", "RESUME", "STOP", "SUSPEND", "ADMIN", "KILL", "SYNC", "ANALYZE", "HELP", "GRANT", "REVOKE", "ADD",
        "INSTALL", "UNINSTALL", "CLEAN", "EXECUTE", "PREPARE", "DEALLOCATE", "BEGIN", "START", "COMMIT", "ROLLBACK",
    };

    /// <summary>
    /// Whether <paramref name="first"/>, a word or `(` on a line of its own, starts a statement, given the token after it
    /// (empty for none). DESC and DESCRIBE also end a sort key (<c>ORDER BY CreateTime</c> then a line <c>DESC</c>), so they
    /// need what they describe or explain after them; START is a statement's only before TRANSACTION, and `(` only before a
    /// query.
    /// </summary>
    internal static bool StartsStatement(ReadOnlySpan<char> first, ReadOnlySpan<char> next)
    {
        if (first is "(")
            return next.Equals("SELECT", StringComparison.OrdinalIgnoreCase) || next.Equals("WITH", StringComparison.OrdinalIgnoreCase)
                || next.Equals("VALUES", StringComparison.OrdinalIgnoreCase);
        if (first.Equals("START", StringComparison.OrdinalIgnoreCase))
            return next.Equals("TRANSACTION", StringComparison.OrdinalIgnoreCase);
        if (first.Equals("DESC", StringComparison.OrdinalIgnoreCase) || first.Equals("DESCRIBE", StringComparison.OrdinalIgnoreCase))
            return next.Length > 0 && (Lexer.IsWordCharacter(next[0]) || next[0] == '`')
                && !next.Equals("LIMIT", StringComparison.OrdinalIgnoreCase) && !next.Equals("NULLS", StringComparison.OrdinalIgnoreCase);
        return StatementStarters.GetAlternateLookup<ReadOnlySpan<char>>().Contains(first);
    }

    /// <summary>
    /// The indexes of the significant tokens after the statement's first that start a line with what can only be the
    /// start of a family statement (<see cref="CertainlyStartsStatement"/>), or that end a part where <see cref="PartCuts"/>
    /// says, or null for none (most statements): the statements there would otherwise be swallowed, unchecked, by other
    /// SQL or a WHERE clause.
    /// </summary>
    private static List<int>? ForgottenBoundaries(string text, List<Token<TokenKind>> significant)
    {
        if (significant.Count == 0)
            return null;
        List<int>? boundaries = null;
        // Each part in turn may be a followed statement that a statement on a line of its own ends.
        var part = PartCuts.At(text, significant[0]);
        for (var i = 1; i < significant.Count; i++)
        {
            if (part.EndsBefore(text, significant, i) || IsForgottenBoundary(text, significant, i))
            {
                (boundaries ??= []).Add(i);
                part = PartCuts.At(text, significant[i]);
            }
            else
                part.Read(significant[i]);
        }
        return boundaries;
    }

    /// <summary>The index of the first token that ends the statement's first part (see <see cref="PartCuts"/>); null for none.</summary>
    private static int? FirstPartCut(string text, List<Token<TokenKind>> significant)
    {
        if (significant.Count == 0)
            return null;
        var part = PartCuts.At(text, significant[0]);
        for (var i = 1; i < significant.Count; i++)
        {
            if (part.EndsBefore(text, significant, i))
                return i;
            part.Read(significant[i]);
        }
        return null;
    }

    /// <summary>
    /// A part of a statement read token by token, for the statement on a line of its own that ends it: any statement right
    /// after a followed session statement's whole form (<see cref="SessionEffect.StatementAfterCompleteForm"/>), or, at
    /// parenthesis depth 0 of a followed statement that runs on to clauses or a query (<see cref="SessionEffect.TailOf"/>),
    /// one that cannot go on with it (<see cref="StartsStatementAfterTail"/>), told apart before an AS there (a CREATE's
    /// query comes after one) and after.
    /// </summary>
    private struct PartCuts
    {
        private int? _afterForm;
        private SessionEffect.FollowedTail? _tail;
        private int _depth;
        private bool _afterAs;

        /// <summary>The part that starts at <paramref name="first"/>, read as far as it.</summary>
        public static PartCuts At(string text, Token<TokenKind> first)
        {
            var start = first.Span.Position.Absolute;
            var part = new PartCuts { _afterForm = SessionEffect.StatementAfterCompleteForm(text.AsSpan(start)) + start, _tail = SessionEffect.TailOf(text.AsSpan(start)) };
            part.Read(first);
            return part;
        }

        /// <summary>Whether a statement on a line of its own at <paramref name="at"/>, the token after those read, ends the part.</summary>
        public readonly bool EndsBefore(string text, List<Token<TokenKind>> tokens, int at) =>
            tokens[at].Span.Position.Absolute == _afterForm || (_tail is { } tail && _depth == 0 && StartsStatementAfterTail(text, tokens, at, tail, _afterAs));

        public void Read(Token<TokenKind> token)
        {
            _afterAs |= _depth == 0 && token.Kind == TokenKind.Word && token.Span.EqualsValueIgnoreCase("AS");
            _depth += token.Kind == TokenKind.LParen ? 1 : token.Kind == TokenKind.RParen ? -1 : 0;
        }
    }

    /// <summary>
    /// The words that start a statement and never a name (every release reserves them), and none of which a followed
    /// statement's tail goes on with (see <see cref="SessionEffect.FollowedTail"/>): SELECT, WITH, VALUES, EXPLAIN, DESC
    /// and DESCRIBE may go on with a query, ADD with an alter clause.
    /// </summary>
    private static readonly HashSet<string> TailEndingWords = new(
        StatementStarters.Where(word => Keywords.IsAlwaysReserved(word)).Except(["SELECT", "WITH", "VALUES", "EXPLAIN", "DESC", "DESCRIBE", "ADD"], StringComparer.OrdinalIgnoreCase),
        StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The words after DROP, CREATE or ALTER that make it a statement and no alter clause (alterClause's start with
    /// DROP PARTITION, DROP COLUMN, DROP INDEX, ... and, in later grammars, CREATE BRANCH or CREATE TAG).
    /// </summary>
    private static readonly HashSet<string> StatementObjects = new(StringComparer.OrdinalIgnoreCase)
    {
        "TABLE", "DATABASE", "SCHEMA", "VIEW", "MATERIALIZED", "CATALOG", "EXTERNAL", "REPOSITORY", "SNAPSHOT",
    };

    /// <summary>
    /// Whether the token at <paramref name="at"/>, at parenthesis depth 0 of a followed statement whose tail is
    /// <paramref name="tail"/>, starts a line with a statement that cannot go on with it: one of <see cref="TailEndingWords"/>
    /// (a USE alone with its database, as <see cref="CertainlyStartsStatement"/> reads it; a SET but after CHAR or CHARACTER,
    /// a charset, or in an ALTER TABLE, modifyPropertiesClause; and in an ALTER TABLE a DROP, CREATE or ALTER only of a
    /// <see cref="StatementObjects"/>), or, in a CREATE before any AS (<paramref name="afterAs"/>) or an ALTER TABLE, where
    /// no query can stand, a query (<see cref="StartsQuery"/>) or, right after a `)`, a statement of
    /// <see cref="UnreservedStatementHeads"/>.
    /// </summary>
    private static bool StartsStatementAfterTail(string text, List<Token<TokenKind>> tokens, int at, SessionEffect.FollowedTail tail, bool afterAs)
    {
        var token = tokens[at];
        if (token.Kind != TokenKind.Word || !StartsLine(text, token.Span.Position.Absolute))
            return false;
        bool Word(int k, string word) => at + k < tokens.Count && tokens[at + k].Kind == TokenKind.Word && tokens[at + k].Span.EqualsValueIgnoreCase(word);
        if (!TailEndingWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(token.Span.Position.Absolute, token.Span.Length)))
            return tail != SessionEffect.FollowedTail.QueryOrClauses && !afterAs
                && (StartsQuery(tokens, at) || (tokens[at - 1].Kind == TokenKind.RParen && StartsUnreservedStatement(tokens, at)));
        if (Word(0, "USE"))
            return CertainlyStartsStatement(tokens, at);
        if (Word(0, "SET"))
            return tail != SessionEffect.FollowedTail.AlterClauses && !Word(-1, "CHAR") && !Word(-1, "CHARACTER");
        if (tail == SessionEffect.FollowedTail.AlterClauses && (Word(0, "DROP") || Word(0, "CREATE") || Word(0, "ALTER")))
            return at + 1 < tokens.Count && tokens[at + 1].Kind == TokenKind.Word
                && StatementObjects.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text.AsSpan(tokens[at + 1].Span.Position.Absolute, tokens[at + 1].Span.Length));
        return true;
    }

    /// <summary>
    /// Whether a query starts at <paramref name="at"/> (queryRelation: withClause? queryNoWith): SELECT, or WITH [RECURSIVE]
    /// name AS (commonTableExpression), never the WITH of replacePartitionClause (<c>WITH TEMPORARY PARTITION</c>) or
    /// withRowAccessPolicy. VALUES is left out: it goes on with an ADD PARTITION's name (<c>PARTITION p1</c> then
    /// <c>VALUES LESS THAN</c>), as are a CTE with column aliases and EXPLAIN or DESC.
    /// </summary>
    private static bool StartsQuery(List<Token<TokenKind>> tokens, int at)
    {
        bool Word(int k, string word) => at + k < tokens.Count && tokens[at + k].Kind == TokenKind.Word && tokens[at + k].Span.EqualsValueIgnoreCase(word);
        bool Name(int k) => at + k < tokens.Count && IsName(tokens[at + k]);
        return Word(0, "SELECT") || (Word(0, "WITH") && ((Name(1) && Word(2, "AS")) || (Word(1, "RECURSIVE") && Name(2) && Word(3, "AS"))));
    }

    /// <summary>
    /// Statements whose first word StarRocks does not reserve (nonReserved), by that word, with the words their statement
    /// rules go on with that no followed statement's clause does after it: truncateTableStatement, recoverDbStmt,
    /// recoverTableStatement and recoverPartitionStatement, refreshMaterializedViewStatement and refreshTableStatement (a
    /// materialized view's refreshSchemeDesc goes on with ASYNC, MANUAL ...), the ADMIN statements, installPluginStatement,
    /// uninstallPluginStatement, submitTaskStatement and the routine load's PAUSE, RESUME and STOP. The words after them keep
    /// a clause that goes on uncut: an alter clause's TRUNCATE PARTITION (truncatePartitionClause), a column's aggregate
    /// state (aggStateDesc: a name, then `(`). EXECUTE, which starts an alter clause too (tableOperationClause), is none.
    /// </summary>
    private static readonly Dictionary<string, string[]> UnreservedStatementHeads = new(StringComparer.OrdinalIgnoreCase)
    {
        ["TRUNCATE"] = ["TABLE"],
        ["RECOVER"] = ["DATABASE", "SCHEMA", "TABLE", "PARTITION"],
        ["REFRESH"] = ["MATERIALIZED", "EXTERNAL"],
        ["ADMIN"] = ["SET", "SHOW", "REPAIR", "CANCEL", "CHECK"],
        ["INSTALL"] = ["PLUGIN"],
        ["UNINSTALL"] = ["PLUGIN"],
        ["SUBMIT"] = ["TASK"],
        ["PAUSE"] = ["ROUTINE"],
        ["RESUME"] = ["ROUTINE"],
        ["STOP"] = ["ROUTINE"],
    };

    /// <summary>The first words <see cref="StartsQuery"/> and <see cref="StartsUnreservedStatement"/> read.</summary>
    private static readonly HashSet<string> BeforeQueryEndingWords = new(UnreservedStatementHeads.Keys.Append("SELECT").Append("WITH"), StringComparer.OrdinalIgnoreCase);

    /// <summary>Whether the tokens from <paramref name="at"/> start a statement of <see cref="UnreservedStatementHeads"/>.</summary>
    private static bool StartsUnreservedStatement(List<Token<TokenKind>> tokens, int at)
    {
        var first = tokens[at].Span;
        return at + 1 < tokens.Count && tokens[at + 1].Kind == TokenKind.Word
            && UnreservedStatementHeads.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(first.Source.AsSpan(first.Position.Absolute, first.Length), out var words)
            && Array.Exists(words, tokens[at + 1].Span.EqualsValueIgnoreCase);
    }

    /// <summary>Whether the token at <paramref name="at"/> starts a line with what can only be the start of a family statement or a USE.</summary>
    private static bool IsForgottenBoundary(string text, List<Token<TokenKind>> tokens, int at)
    {
        var token = tokens[at];
        return token.Kind == TokenKind.Word && BoundaryFirstLetters.Contains(text[token.Span.Position.Absolute])
            && StartsLine(text, token.Span.Position.Absolute)
            && (CertainlyStartsStatement(tokens, at) || StartsFamilyStatementAfterFullWidthEnd(tokens, at));
    }

    /// <summary>
    /// Whether the tokens from <paramref name="at"/> can only start a family statement or a USE. SHOW, CREATE and DROP are reserved,
    /// so their heads are certain; BACKUP, RESTORE and CANCEL are not, and a column and its alias (<c>backup snapshot</c>,
    /// <c>cancel backup</c>) read alike, so BACKUP and RESTORE need the words only their statements go on with (a snapshot
    /// name and TO or FROM, DATABASE db SNAPSHOT, ALL EXTERNAL, EXTERNAL CATALOG (), and CANCEL is never certain.
    /// </summary>
    private static bool CertainlyStartsStatement(List<Token<TokenKind>> tokens, int at)
    {
        bool Word(int k, string word) => at + k < tokens.Count && tokens[at + k].Kind == TokenKind.Word && tokens[at + k].Span.EqualsValueIgnoreCase(word);
        bool Is(int k, TokenKind kind) => at + k < tokens.Count && tokens[at + k].Kind == kind;
        bool Name(int k) => at + k < tokens.Count && IsName(tokens[at + k]);
        // [db .] snapshot, then the keyword after it.
        bool SnapshotThen(int k, string keyword) => Name(k) && (Word(k + 1, keyword) || (Is(k + 1, TokenKind.Dot) && Name(k + 2) && Word(k + 3, keyword)));
        if (Word(0, "BACKUP"))
            return (Word(1, "SNAPSHOT") && SnapshotThen(2, "TO")) || (Word(1, "DATABASE") && Name(2) && Word(3, "SNAPSHOT"))
                || (Word(1, "ALL") && Word(2, "EXTERNAL")) || (Word(1, "EXTERNAL") && (Word(2, "CATALOG") || Word(2, "CATALOGS")) && Is(3, TokenKind.LParen));
        if (Word(0, "RESTORE"))
            return Word(1, "SNAPSHOT") && SnapshotThen(2, "FROM");
        // USE db or USE catalog.db alone on its line (not MySQL's index hint, USE INDEX (...), whose INDEX is reserved).
        bool EndsLine(int k) => at + k >= tokens.Count || StartsLine(tokens[at + k].Span.Source, tokens[at + k].Span.Position.Absolute);
        if (Word(0, "USE"))
            return Name(1) && (EndsLine(2) || (Is(2, TokenKind.Dot) && Name(3) && EndsLine(4)));
        return (Word(0, "SHOW") || Word(0, "CREATE") || Word(0, "DROP")) && StatementHeads.Recognise(FirstWords(tokens, at)) is { Misspellings.Count: 0 };
    }

    /// <summary>Whether <paramref name="token"/> may be a name: backticked, or a bare word some release does not reserve.</summary>
    private static bool IsName(Token<TokenKind> token) =>
        token.Kind == TokenKind.BacktickName
        || (token.Kind == TokenKind.Word && !Keywords.IsAlwaysReserved(token.Span.Source.AsSpan(token.Span.Position.Absolute, token.Span.Length)));

    /// <summary>
    /// Whether a family statement's head (<c>BACKUP</c>, <c>SHOW BACKUP；</c>) starts at <paramref name="at"/> after a line
    /// that a full-width <c>；</c> ends, which was meant to end the statement there: then even a head that a column and its
    /// alias could read as (<c>backup</c>) is one.
    /// </summary>
    private static bool StartsFamilyStatementAfterFullWidthEnd(List<Token<TokenKind>> tokens, int at) =>
        TrailingFullWidthSemicolons(tokens[at - 1]) is not null && StatementHeads.Recognise(FirstWords(tokens, at)) is { Misspellings.Count: 0 };

    /// <summary>The first words of family statements, and of those the cut before a family statement may find (CANCEL is
    /// never certain: see <see cref="CertainlyStartsStatement"/>).</summary>
    private static readonly HashSet<string> FamilyFirstWords = new(StatementHeads.All.Select(head => head.Words[0]), StringComparer.OrdinalIgnoreCase);
    private static readonly HashSet<string> BoundaryFirstWords = new(FamilyFirstWords.Except(["CANCEL"]).Append("USE"), StringComparer.OrdinalIgnoreCase);

    /// <summary>The first letters of <see cref="BoundaryFirstWords"/>, in either case: most words are ruled out by them alone.</summary>
    private static readonly SearchValues<char> BoundaryFirstLetters =
        SearchValues.Create([.. BoundaryFirstWords.SelectMany(word => new[] { char.ToUpperInvariant(word[0]), char.ToLowerInvariant(word[0]) }).Distinct()]);

    /// <summary>The heads of one word (BACKUP, RESTORE), which <see cref="StatementHeads.Recognise"/> takes misspelled before SNAPSHOT.</summary>
    private static readonly string[] SingleWordHeads = [.. StatementHeads.All.Where(head => head.Words.Length == 1).Select(head => head.Words[0])];

    /// <summary>
    /// Whether a statement's text has, after its first token, a line that starts with a word the parse may cut it at (a
    /// missing `;`): any statement's first word in a statement that may be of the family (its parse may stop there) or
    /// after a followed session statement's whole form, a family statement's in other SQL (an INSERT's SELECT on a line of its own is none),
    /// and one that ends a followed statement's tail (<see cref="TailEndingWords"/>, and where no query can stand yet
    /// <see cref="BeforeQueryEndingWords"/>). Read without parsing, to tell which
    /// statements must be parsed before the session after them is known.
    /// </summary>
    internal static bool MayHoldAnotherStatement(ReadOnlySpan<char> text)
    {
        var position = 0;
        while (position < text.Length && Lexer.Scan(text, position, out var end).IsTrivia())
            position = end;
        var first = WordEnd(text, position);
        var lineBreak = text[position..].IndexOfAny('\n', '\r');
        if (lineBreak < 0)
            return false;
        // A misspelled BACKUP or RESTORE (BAKUP SNAPSHOT) is parsed as one of the family too, and cut where any statement
        // starts; so may one whose first words a stray `*/` shows were meant to be commented out (ReadAsCommentedOut).
        var mayBeFamily = FamilyFirstWords.GetAlternateLookup<ReadOnlySpan<char>>().Contains(text[position..first]) || MayBeMisspelledHead(text[position..first])
            || text.IndexOf("*/") >= 0;
        // A followed session statement whole before any statement is cut there, whatever its first word.
        if (SessionEffect.StatementAfterCompleteForm(text[position..]) is not null)
            return true;
        // A followed statement's tail is cut before a word that ends it; one where no query can stand yet (a CREATE's
        // before its AS, an ALTER TABLE's) before a query's or an unreserved statement's first word too.
        var tail = mayBeFamily ? null : SessionEffect.TailOf(text[position..]);
        var afterTail = tail is not null;
        var beforeQuery = tail is SessionEffect.FollowedTail.ClausesThenQueryAfterAs or SessionEffect.FollowedTail.AlterClauses;
        var starters = (mayBeFamily ? StatementStarters : BoundaryFirstWords).GetAlternateLookup<ReadOnlySpan<char>>();
        var tailEnders = TailEndingWords.GetAlternateLookup<ReadOnlySpan<char>>();
        var queryEnders = BeforeQueryEndingWords.GetAlternateLookup<ReadOnlySpan<char>>();
        while (lineBreak >= 0)
        {
            var line = text[(position + lineBreak + 1)..];
            var start = line.IndexOfAnyExcept(" \t\u3000\r\n");
            if (start < 0)
                return false;
            var word = line[start..];
            var length = WordEnd(word, 0);
            // A line that opens with `(` may be a query in parentheses.
            if (starters.Contains(word[..length]) || (mayBeFamily && word[0] == '(') || (afterTail && tailEnders.Contains(word[..length]))
                || (beforeQuery && queryEnders.Contains(word[..length])))
                return true;
            position += lineBreak + 1 + start;
            lineBreak = text[position..].IndexOfAny('\n', '\r');
        }
        return false;
    }

    /// <summary>
    /// Where the word at <paramref name="start"/> ends, before any full-width <c>；</c> glued onto it: <c>BACKUP；</c> is a
    /// BACKUP that the mark was meant to end (see <see cref="FirstWords"/>).
    /// </summary>
    private static int WordEnd(ReadOnlySpan<char> text, int start)
    {
        var end = Lexer.WordEnd(text, start);
        while (end > start && text[end - 1] == TypographicMarks.FullWidthSemicolon)
            end--;
        return end;
    }

    /// <summary>Whether a first word may be a misspelled BACKUP or RESTORE, as <see cref="StatementHeads.Recognise"/> reads one.</summary>
    private static bool MayBeMisspelledHead(ReadOnlySpan<char> word)
    {
        if (word.Length is < 3 or > 10)
            return false;
        var text = word.ToString();
        return SingleWordHeads.Any(head => EditDistance.IsNear(text, head));
    }

    /// <summary>
    /// The `;` missing before <paramref name="found"/>, which ends the statement that starts at <paramref name="partStart"/>;
    /// where a full-width <c>；</c> ends the statement before it, that one.
    /// </summary>
    private static Diagnostic MissingSemicolon(Token<TokenKind> found, Token<TokenKind> previous, Token<TokenKind> partStart)
    {
        var named = StatementNamed(found.Span.Source, found.Span.Position.Absolute);
        if (TrailingFullWidthSemicolons(previous) is { } marks)
            return Diagnostic.Create(SyntaxRules.MissingSemicolon, marks,
                $"{FullWidthSemicolonMessage(previous.Span.Source!, marks)}, so the statement runs on into the {named} after it. Use `;`.",
                SemicolonFix(previous.Span.Source!, marks));
        var ended = EndedStatement(found.Span.Source!, partStart.Span.Position.Absolute);
        return Diagnostic.Create(SyntaxRules.MissingSemicolon, SpanOf(found),
            ended is null ? $"Missing `;` before {named}: end the previous statement with `;`."
                : $"Missing `;` before {named}: StarRocks reads it as more of the {ended} before it and fails both. End the {ended} with `;`.",
            CodeFix.Replace("Insert `;`", new TextSpan(SpanOf(previous).End, 0), ";", certain: true));
    }

    /// <summary>
    /// How a missing-`;` message names the statement at <paramref name="start"/> that it ends: a family statement by its head
    /// (<c>SHOW BACKUP</c>), a followed statement as <see cref="SessionEffect.StatementName"/> does; null for other SQL and
    /// a misspelled head.
    /// </summary>
    private static string? EndedStatement(string text, int start)
    {
        var first = new List<Token<TokenKind>>(3);
        for (var position = start; position < text.Length && first.Count < 3;)
        {
            var kind = Lexer.Scan(text, position, out var end);
            if (!kind.IsTrivia())
                first.Add(SqlTokenizer.Token(text, kind, position, end - position));
            position = end;
        }
        return StatementHeads.Recognise(FirstWords(first, 0)) is { Misspellings.Count: 0 } head
            ? StatementHeads.WordsOf(head.Head.Kind) : SessionEffect.StatementName(text.AsSpan(start));
    }

    /// <summary>
    /// <paramref name="forgotten"/>, with its first, the `;` missing at <paramref name="first"/>, told again as ending the
    /// statement from <paramref name="partStart"/>: a cut now comes before it.
    /// </summary>
    private static List<Diagnostic>? EndingFrom(List<Diagnostic>? forgotten, (Token<TokenKind> Found, Token<TokenKind> Previous)? first, Token<TokenKind> partStart)
    {
        if (forgotten is not { Count: > 0 } || first is not var (found, previous))
            return forgotten;
        return [MissingSemicolon(found, previous, partStart), .. forgotten.Skip(1)];
    }

    /// <summary>
    /// How a missing-`;` message names the statement at <paramref name="start"/>: its first word (without a full-width
    /// <c>；</c> glued onto it: <c>BACKUP；</c> is a BACKUP), or for a query in parentheses the first word inside them (a
    /// lone `(` would read as punctuation of the message).
    /// </summary>
    internal static string StatementNamed(ReadOnlySpan<char> text, int start)
    {
        var kind = Lexer.Scan(text, start, out var end);
        if (kind != TokenKind.LParen)
            return text[start..end].TrimEnd(TypographicMarks.FullWidthSemicolon).ToString().ToUpperInvariant();
        for (var position = end; position < text.Length; position = end)
        {
            kind = Lexer.Scan(text, position, out end);
            if (kind == TokenKind.Word)
                return $"the {text[position..end].ToString().ToUpperInvariant()} in parentheses";
            if (!kind.IsTrivia() && kind != TokenKind.LParen)
                break;
        }
        return "`(`";
    }

    internal static bool StartsLine(ReadOnlySpan<char> text, int offset)
    {
        var i = offset - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '\u3000')
            i--;
        return i < 0 || text[i] is '\n' or '\r';
    }

    /// <summary>
    /// Three significant tokens' texts from <paramref name="from"/>, null for those that are not words: in a list reused per thread (the
    /// head recognised keeps none of it) and as shared strings, since statements start with the same few words. A word a
    /// full-width <c>；</c> is glued onto (<c>SHOW BACKUP；</c>) is read without it, and is the last: the statement was meant
    /// to end there.
    /// </summary>
    private static List<string?> FirstWords(List<Token<TokenKind>> significant, int from)
    {
        var words = _firstWords ??= new List<string?>(3);
        words.Clear();
        for (var i = from; i < Math.Min(from + 3, significant.Count); i++)
        {
            var span = significant[i].Span;
            if (significant[i].Kind != TokenKind.Word)
            {
                words.Add(null);
                continue;
            }
            var word = span.Source.AsSpan(span.Position.Absolute, span.Length);
            var meant = word.TrimEnd(TypographicMarks.FullWidthSemicolon);
            words.Add(SyntaxStrings.Of(meant));
            if (meant.Length < word.Length)
                break;
        }
        return words;
    }
}
