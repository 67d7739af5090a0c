using System.Collections.Immutable;
using System.Runtime.InteropServices;
using BackupLsp.Language.Analysis;
using Superpower.Model;
using TextSpan = BackupLsp.Language.Text.TextSpan;

namespace BackupLsp.Language.Syntax;

/// <summary>Turns one statement's text into a <see cref="ParsedStatement"/>. Never throws on any input.</summary>
public static class StatementParser
{
    public const string EndOfStatement = "the end of the statement";

    /// <summary>Words that start a statement: found where a clause was expected, they mean a forgotten <c>;</c>.</summary>
    private static readonly HashSet<string> StatementStarters = new(StringComparer.OrdinalIgnoreCase)
    {
        "BACKUP", "RESTORE", "CREATE", "DROP", "SHOW", "CANCEL", "SELECT", "INSERT", "UPDATE", "DELETE", "ALTER",
        "SET", "USE", "GRANT", "REVOKE", "TRUNCATE", "LOAD", "EXPLAIN", "ADMIN", "REFRESH", "ANALYZE", "SUBMIT",
        "EXPORT", "RECOVER", "INSTALL", "KILL",
    };

    public static ParsedStatement Parse(string text)
    {
        var head = StatementHeads.Recognise(FirstWords(text, 3));
        return head is null ? ParseOther(text) : ParseFamily(text, head);
    }

    /// <summary>
    /// Other SQL gets no diagnostics, except the lexical errors that certainly break it in StarRocks and would
    /// otherwise swallow what follows silently: an unterminated string, name or comment, or a leading stray
    /// character such as a <c>#</c> line.
    /// </summary>
    private static ParsedStatement ParseOther(string text)
    {
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var position = 0;
        var first = true;
        while (position < text.Length)
        {
            var kind = Lexer.Scan(text, position, out var end);
            if (kind.IsUnterminated() || (first && kind.IsLexicalError()))
                diagnostics.Add(LexicalError(text, kind, TextSpan.FromBounds(position, end)));
            first &= kind.IsTrivia();
            position = end;
        }
        return new ParsedStatement(text, StatementKind.Other, [], null, null, diagnostics.ToImmutable());
    }

    private static ParsedStatement ParseFamily(string text, StatementHeads.Match head)
    {
        // Superpower's token list, copied once into exact-size arrays: every token for the features, the
        // significant ones for the parser.
        var list = SqlTokenizer.Instance.Tokenize(text);
        int count = 0, significantCount = 0;
        foreach (var token in list)
        {
            count++;
            significantCount += token.Kind.IsTrivia() ? 0 : 1;
        }
        var all = new SyntaxToken[count];
        var significant = new Token<TokenKind>[significantCount];
        var diagnostics = ImmutableArray.CreateBuilder<Diagnostic>();
        var brokenLexically = false;
        count = significantCount = 0;
        foreach (var token in list)
        {
            all[count++] = new SyntaxToken(token.Kind, SpanOf(token));
            if (!token.Kind.IsTrivia())
                significant[significantCount++] = token;
            if (token.Kind.IsLexicalError())
            {
                diagnostics.Add(LexicalError(text, token.Kind, SpanOf(token)));
                // A `#` line is the exception: the parser reads past it, so the rest of the statement is still checked.
                brokenLexically |= token.Kind != TokenKind.HashComment;
            }
        }
        var tokens = ImmutableCollectionsMarshal.AsImmutableArray(all);

        foreach (var (index, keyword) in head.Misspellings)
        {
            var span = SpanOf(significant[index]);
            diagnostics.Add(Diagnostic.Create(SyntaxRules.MisspelledKeyword, span,
                $"Unknown statement `{text.Substring(span.Start, span.Length)}`: did you mean {keyword}?",
                CodeFix.Replace($"Change to {keyword}", span, keyword)));
        }
        // A statement broken at the lexical level is not parsed: its parse error would only repeat the lexical one.
        if (brokenLexically)
            return new ParsedStatement(text, head.Head.Kind, tokens, null, null, diagnostics.ToImmutable());

        var (parsed, failure) = ParseBody(head.Head, significant);
        if (parsed is not null)
            return new ParsedStatement(text, head.Head.Kind, tokens, parsed with { Span = new TextSpan(0, text.Length) }, null, diagnostics.ToImmutable());
        diagnostics.Add(ParseError(text, significant, failure));
        return new ParsedStatement(text, head.Head.Kind, tokens, null, failure, diagnostics.ToImmutable());
    }

    /// <summary>
    /// Runs a head's body parser over a statement's significant tokens (head included). Yields the tree when the
    /// tokens parse to the end, and always the farthest failure: the position and everything that could come there
    /// (the end of the statement counts when the tokens so far are complete), which completion reads too.
    /// </summary>
    internal static (Statement? Syntax, ParseFailure Farthest) ParseBody(StatementHeads.Head head, Token<TokenKind>[] significant)
    {
        var body = new TokenList<TokenKind>(significant);
        for (var i = 0; i < head.BodyStart; i++)
            body = body.ConsumeToken().Remainder;
        FarthestFailure.Reset();
        var result = head.Body(body);
        if (result.HasValue)
            FarthestFailure.Record(result.Remainder.Position, EndOfStatement);
        var farthest = new ParseFailure(FarthestFailure.Position, [.. FarthestFailure.Expected]);
        return (result.HasValue && result.Remainder.IsAtEnd ? result.Value : null, farthest);
    }

    private static Diagnostic ParseError(string text, Token<TokenKind>[] tokens, ParseFailure failure)
    {
        // Names first ("a table name"), then keywords, punctuation and the end: the likeliest fix leads.
        var expected = failure.Expected.Where(e => e != "`.`")
            .OrderBy(e => e == EndOfStatement ? 3 : e.StartsWith('`') ? 2 : Expectations.IsKeyword(e) ? 1 : 0).ToList();
        var previous = tokens[failure.TokenIndex - 1];
        var after = $" after {Describe(previous)}";
        if (failure.TokenIndex >= tokens.Length)
        {
            var end = new TextSpan(previous.Span.Position.Absolute + previous.Span.Length, 0);
            return Diagnostic.Create(SyntaxRules.SyntaxError, end, $"Expected {Choice(expected)}{after}, but the statement ends here.");
        }

        var found = tokens[failure.TokenIndex];
        var span = SpanOf(found);
        var word = found.Kind == TokenKind.Word ? found.Span.ToStringValue() : null;
        if (word is not null && StatementStarters.Contains(word) && expected.Contains(EndOfStatement) && StartsLine(text, span.Start))
        {
            var endOfPrevious = SpanOf(previous).End;
            return Diagnostic.Create(SyntaxRules.MissingSemicolon, span,
                $"Missing `;` before {word.ToUpperInvariant()}: end the previous statement with `;`.",
                CodeFix.Replace("Insert `;`", new TextSpan(endOfPrevious, 0), ";"));
        }

        var message = $"Expected {Choice(expected)}{after}, found {Describe(found)}.";
        var suggestion = word is null ? null : EditDistance.Suggest(word, expected.Where(Expectations.IsKeyword));
        // A clause keyword where a name belongs (`DROP REPOSITORY table`): say how to use it as a name.
        if (suggestion is null && word is not null && Keywords.IsReserved(word) && expected.Any(IsNameExpectation))
            return Diagnostic.Create(SyntaxRules.SyntaxError, span,
                $"Expected {Choice(expected)}{after}, found `{word}`, a reserved word: write it as ``{word}`` to use it as a name.",
                CodeFix.Replace("Quote with backticks", span, $"`{word}`"));
        return suggestion is null
            ? Diagnostic.Create(SyntaxRules.SyntaxError, span, message)
            : Diagnostic.Create(SyntaxRules.MisspelledKeyword, span, $"{message} Did you mean {suggestion}?",
                CodeFix.Replace($"Change to {suggestion}", span, suggestion));
    }

    private static bool IsNameExpectation(string expectation) =>
        expectation != EndOfStatement && !expectation.StartsWith('`') && !Expectations.IsKeyword(expectation);

    private static Diagnostic LexicalError(string text, TokenKind kind, TextSpan span)
    {
        // An unterminated token runs to the end of the text: underline its first line, not the rest of the file.
        var lineEnd = text.AsSpan(span.Start, span.Length).IndexOfAny('\r', '\n');
        var firstLine = lineEnd < 0 ? span : new TextSpan(span.Start, lineEnd);
        return kind switch
        {
            TokenKind.HashComment => Diagnostic.Create(SyntaxRules.InvalidCharacter, new TextSpan(span.Start, 1),
                "`#` does not start a comment in StarRocks: use `--` or `/* */`.",
                CodeFix.Replace("Change `#` to `--`", new TextSpan(span.Start, 1), "--")),
            TokenKind.InvalidCharacter => Diagnostic.Create(SyntaxRules.InvalidCharacter, span,
                $"Unexpected character `{text.Substring(span.Start, span.Length)}` (U+{char.ConvertToUtf32(text, span.Start):X4})."),
            TokenKind.UnterminatedString => Diagnostic.Create(SyntaxRules.UnterminatedString, firstLine,
                $"This string has no closing {text[span.Start]}: add one."),
            TokenKind.UnterminatedBacktickName => Diagnostic.Create(SyntaxRules.UnterminatedBacktick, firstLine,
                "This name has no closing backtick: add one."),
            _ => Diagnostic.Create(SyntaxRules.UnterminatedComment, new TextSpan(span.Start, 2),
                "This comment has no closing `*/`: add one."),
        };
    }

    private static string Choice(List<string> expected)
    {
        if (expected.Count == 0)
            return "something else";
        if (expected.Count == 1)
            return expected[0];
        return string.Join(", ", expected.Take(expected.Count - 1)) + " or " + expected[^1];
    }

    private static string Describe(Token<TokenKind> token)
    {
        var text = token.Span.ToStringValue();
        if (text.Length > 40)
            text = text[..37] + "...";
        return token.Kind == TokenKind.Word && Keywords.IsFamilyKeyword(text) ? text.ToUpperInvariant() : $"`{text}`";
    }

    private static bool StartsLine(string text, int offset)
    {
        var i = offset - 1;
        while (i >= 0 && text[i] is ' ' or '\t' or '\u3000')
            i--;
        return i < 0 || text[i] is '\n' or '\r';
    }

    private static TextSpan SpanOf(Token<TokenKind> token) => new(token.Span.Position.Absolute, token.Span.Length);

    /// <summary>The first significant tokens' texts, null for those that are not words; cheap, no allocation of tokens.</summary>
    private static List<string?> FirstWords(string text, int count)
    {
        var words = new List<string?>(count);
        var position = 0;
        while (position < text.Length && words.Count < count)
        {
            var kind = Lexer.Scan(text, position, out var end);
            if (!kind.IsTrivia())
                words.Add(kind == TokenKind.Word ? text[position..end] : null);
            position = end;
        }
        return words;
    }
}
