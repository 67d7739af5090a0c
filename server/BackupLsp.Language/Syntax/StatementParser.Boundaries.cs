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
    /// start of a family statement (<see cref="CertainlyStartsStatement"/>), or with any statement after a followed
    /// session statement's whole form (<c>DROP CATALOG c</c>), or null for none (most statements): the statements there
    /// would otherwise be swallowed, unchecked, by other SQL or a WHERE clause.
    /// </summary>
    private static List<int>? ForgottenBoundaries(string text, List<Token<TokenKind>> significant)
    {
        List<int>? boundaries = null;
        // A USE's own missing `;` is the session rule's to tell (SessionEffect.UseRunsOn).
        var afterUse = significant.Count > 0 && significant[0].Kind == TokenKind.Word && significant[0].Span.EqualsValueIgnoreCase("USE");
        // Each part in turn may be a followed session statement whole before a line that starts any statement.
        var afterSession = StatementAfterSessionStatement(text, significant, 0);
        for (var i = 1; i < significant.Count; i++)
            if (i == afterSession || IsForgottenBoundary(text, significant, i, afterUse))
            {
                (boundaries ??= []).Add(i);
                afterSession = StatementAfterSessionStatement(text, significant, i);
            }
        return boundaries;
    }

    /// <summary>
    /// The index of the token that starts a statement after the followed session statement at <paramref name="from"/>, whole
    /// before it (see <see cref="SessionEffect.StatementAfterCompleteForm"/>); null for none.
    /// </summary>
    private static int? StatementAfterSessionStatement(string text, List<Token<TokenKind>> significant, int from)
    {
        if (from >= significant.Count)
            return null;
        var start = significant[from].Span.Position.Absolute;
        if (SessionEffect.StatementAfterCompleteForm(text.AsSpan(start)) is not { } next)
            return null;
        for (var i = from + 1; i < significant.Count; i++)
            if (significant[i].Span.Position.Absolute == start + next)
                return i;
        return null;
    }

    /// <summary>Whether the token at <paramref name="at"/> starts a line with what can only be the start of a family statement (or a USE but after one).</summary>
    private static bool IsForgottenBoundary(string text, List<Token<TokenKind>> tokens, int at, bool afterUse)
    {
        var token = tokens[at];
        return token.Kind == TokenKind.Word && BoundaryFirstLetters.Contains(text[token.Span.Position.Absolute])
            && StartsLine(text, token.Span.Position.Absolute) && !(afterUse && IsUse(token))
            && (CertainlyStartsStatement(tokens, at) || StartsFamilyStatementAfterFullWidthEnd(tokens, at));
    }

    private static bool IsUse(Token<TokenKind> token) => token.Span.EqualsValueIgnoreCase("USE");

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
        bool Name(int k) => Is(k, TokenKind.BacktickName)
            || (Is(k, TokenKind.Word) && !Keywords.IsAlwaysReserved(tokens[at + k].Span.Source.AsSpan(tokens[at + k].Span.Position.Absolute, tokens[at + k].Span.Length)));
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
    /// after a followed session statement's whole form, a family statement's in other SQL (an INSERT's SELECT on a line of its own is none). Read without parsing, to tell
    /// which statements must be parsed before the session after them is known.
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
        var starters = (mayBeFamily ? StatementStarters : BoundaryFirstWords).GetAlternateLookup<ReadOnlySpan<char>>();
        while (lineBreak >= 0)
        {
            var line = text[(position + lineBreak + 1)..];
            var start = line.IndexOfAnyExcept(" \t\u3000\r\n");
            if (start < 0)
                return false;
            var word = line[start..];
            var length = WordEnd(word, 0);
            // A line that opens with `(` may be a query in parentheses.
            if (starters.Contains(word[..length]) || (mayBeFamily && word[0] == '('))
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

    /// <summary>The `;` missing before <paramref name="found"/>; where a full-width <c>；</c> ends the statement before it, that one.</summary>
    private static Diagnostic MissingSemicolon(Token<TokenKind> found, Token<TokenKind> previous)
    {
        var named = StatementNamed(found.Span.Source, found.Span.Position.Absolute);
        if (TrailingFullWidthSemicolons(previous) is { } marks)
            return Diagnostic.Create(SyntaxRules.MissingSemicolon, marks,
                $"{FullWidthSemicolonMessage(previous.Span.Source!, marks)}, so the statement runs on into the {named} after it. Use `;`.",
                SemicolonFix(previous.Span.Source!, marks));
        return Diagnostic.Create(SyntaxRules.MissingSemicolon, SpanOf(found),
            $"Missing `;` before {named}: end the previous statement with `;`.",
            CodeFix.Replace("Insert `;`", new TextSpan(SpanOf(previous).End, 0), ";", certain: true));
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
