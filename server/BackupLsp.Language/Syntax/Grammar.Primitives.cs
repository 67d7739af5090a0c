using System.Collections.Immutable;
using System.Runtime.InteropServices;
using Superpower;
using Superpower.Model;
using TextSpan = BackupLsp.Language.Text.TextSpan;

namespace BackupLsp.Language.Syntax;

/// <summary>The token parsers every statement is built from. Each records its expectation when it fails.</summary>
internal static partial class Grammar
{
    /// <summary>Reserved words that structure this grammar: never read as a name, even to report them.</summary>
    private static readonly HashSet<string> ClauseKeywords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ON", "TO", "FROM", "ALL", "DATABASE", "TABLE", "FUNCTION", "AS", "CREATE", "READ", "WITH", "DROP", "SHOW",
        "WHERE", "IN", "FOR", "AND", "PARTITION",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ClauseKeywordLookup =
        ClauseKeywords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static TextSpan SpanOf(Token<TokenKind> token) => new(token.Span.Position.Absolute, token.Span.Length);

    internal static ReadOnlySpan<char> TextOf(Token<TokenKind> token) => token.Span.Source.AsSpan(token.Span.Position.Absolute, token.Span.Length);

    /// <summary>Expectations are tracked by <see cref="FarthestFailure"/>, so the Superpower result carries none (and allocates nothing).</summary>
    private static TokenListParserResult<TokenKind, T> Fail<T>(TokenList<TokenKind> input, string expectation)
    {
        FarthestFailure.Record(input.Position, expectation);
        return TokenListParserResult.Empty<TokenKind, T>(input);
    }

    /// <summary>A keyword, in any case; yields its span.</summary>
    private static TokenListParser<TokenKind, TextSpan> Keyword(string keyword) => input =>
    {
        var next = input.ConsumeToken();
        return next.HasValue && next.Value.Kind == TokenKind.Word && next.Value.Span.EqualsValueIgnoreCase(keyword)
            ? TokenListParserResult.Value(SpanOf(next.Value), input, next.Remainder)
            : Fail<TextSpan>(input, keyword);
    };

    /// <summary>The singular or plural spelling of a keyword (TABLE or TABLES).</summary>
    private static TokenListParser<TokenKind, TextSpan> Keyword(string singular, string plural) =>
        Keyword(singular).Or(Keyword(plural));

    private static TokenListParser<TokenKind, TextSpan> Punctuation(TokenKind kind, string display) => input =>
    {
        var next = input.ConsumeToken();
        return next.HasValue && next.Value.Kind == kind
            ? TokenListParserResult.Value(SpanOf(next.Value), input, next.Remainder)
            : Fail<TextSpan>(input, display);
    };

    // Properties, not fields: the statement parsers in the other file of this partial class capture them while the
    // class initialises, and C# does not order static field initialisers across files.
    private static TokenListParser<TokenKind, TextSpan> OpenParen => Punctuation(TokenKind.LParen, "`(`");
    private static TokenListParser<TokenKind, TextSpan> CloseParen => Punctuation(TokenKind.RParen, "`)`");
    private static TokenListParser<TokenKind, TextSpan> Comma => Punctuation(TokenKind.Comma, "`,`");
    private static TokenListParser<TokenKind, TextSpan> EqualsSign => Punctuation(TokenKind.Equals, "`=`");

    /// <summary>
    /// A bare word, a backtick name or (where StarRocks allows it) a string. A reserved word is accepted as a
    /// name marked <see cref="NameQuoting.ReservedWord"/>, so that the rules can say "backtick it" precisely.
    /// </summary>
    private static TokenListParser<TokenKind, Name> NameOf(string expectation, bool allowString = false) => input =>
    {
        var next = input.ConsumeToken();
        if (next.HasValue)
        {
            var token = next.Value;
            var text = TextOf(token);
            Name? name = token.Kind switch
            {
                TokenKind.Word when !Keywords.IsReserved(text) => new Name(SyntaxStrings.Of(text), SpanOf(token), NameQuoting.Bare),
                TokenKind.Word when !ClauseKeywordLookup.Contains(text) => new Name(SyntaxStrings.Of(text), SpanOf(token), NameQuoting.ReservedWord),
                TokenKind.BacktickName => new Name(SyntaxStrings.Of(Unquote.Backtick(text)), SpanOf(token), NameQuoting.Backtick),
                TokenKind.String when allowString => new Name(SyntaxStrings.Of(Unquote.String(text)), SpanOf(token), NameQuoting.String),
                _ => null,
            };
            if (name is not null)
                return TokenListParserResult.Value(name, input, next.Remainder);
        }
        return Fail<Name>(input, expectation);
    };

    /// <summary><c>name { . name }</c>; the rules decide how many parts each place allows.</summary>
    private static TokenListParser<TokenKind, QualifiedName> QualifiedNameOf(string expectation)
    {
        var part = NameOf(expectation);
        return input =>
        {
            var first = part(input);
            if (!first.HasValue)
                return TokenListParserResult.CastEmpty<TokenKind, Name, QualifiedName>(first);
            // Most names have one or two parts: an exact array, grown by one per further part, and no builder.
            Name[] parts = [first.Value];
            var rest = first.Remainder;
            while (true)
            {
                var dot = rest.ConsumeToken();
                if (!dot.HasValue || dot.Value.Kind != TokenKind.Dot)
                {
                    FarthestFailure.Record(rest.Position, "`.`");
                    break;
                }
                var next = part(dot.Remainder);
                if (!next.HasValue)
                    return TokenListParserResult.CastEmpty<TokenKind, Name, QualifiedName>(next);
                parts = [.. parts, next.Value];
                rest = next.Remainder;
            }
            return TokenListParserResult.Value(new QualifiedName(ImmutableCollectionsMarshal.AsImmutableArray(parts)), input, rest);
        };
    }

    /// <summary>A quoted string; a bare number or word is accepted too and marked unquoted, for a precise error.</summary>
    private static TokenListParser<TokenKind, Literal> LiteralOf(string expectation) => input =>
    {
        var next = input.ConsumeToken();
        if (next.HasValue)
        {
            var token = next.Value;
            switch (token.Kind)
            {
                case TokenKind.String:
                    var text = TextOf(token);
                    var value = Unquote.TryPlainBody(text, out var plain) ? SyntaxStrings.Of(plain) : SyntaxStrings.Of(Unquote.String(text));
                    return TokenListParserResult.Value(new Literal(value, SpanOf(token), true) { Quote = text[0] }, input, next.Remainder);
                // A word in typographic quotes (“full”) is still no string, but the rules read the string it was meant as.
                case TokenKind.Word when TypographicMarks.InQuotes(TextOf(token)) is { } quoted:
                    return TokenListParserResult.Value(new Literal(quoted.Inner, SpanOf(token), false) { Quote = quoted.Quote }, input, next.Remainder);
                case TokenKind.Number or TokenKind.Word:
                    return TokenListParserResult.Value(new Literal(SyntaxStrings.Of(TextOf(token)), SpanOf(token), false), input, next.Remainder);
            }
        }
        return Fail<Literal>(input, expectation);
    };

    /// <summary>
    /// A property value: as <see cref="LiteralOf"/>, and also a signed number written without spaces (<c>-1</c>,
    /// <c>+600.5</c>), read whole as one unquoted literal so that it gets the "must be quoted" error like <c>86400</c>
    /// does, not a parse error at its sign. Only here: elsewhere StarRocks reads a sign as an operator.
    /// </summary>
    private static TokenListParser<TokenKind, Literal> PropertyValueOf(string expectation)
    {
        var literal = LiteralOf(expectation);
        return input =>
        {
            var rest = input;
            TextSpan taken = default;
            if (!(TakeTouching(ref rest, ref taken, static t => t.Kind == TokenKind.Operator && TextOf(t) is "+" or "-")
                && TakeTouching(ref rest, ref taken, static t => t.Kind == TokenKind.Number)))
                return literal(input);
            var text = input.ConsumeToken().Value.Span.Source!.AsSpan(taken.Start, taken.Length);
            return TokenListParserResult.Value(new Literal(SyntaxStrings.Of(text), taken, false), input, rest);
        };
    }

    /// <summary>
    /// The value of <c>PARTITION (col = value)</c>: a literal as StarRocks' grammar has it there (literalExpression): a
    /// string, a number (<c>1.5</c>, <c>.5</c>, <c>1e+3</c>, which the lexer reads whole: <c>2+3</c> is the number 2, then a
    /// <c>+</c> the list does not take), NULL, TRUE, FALSE, <c>DATE</c> or <c>DATETIME</c> and a string, <c>X'AB'</c>,
    /// <c>INTERVAL 1 DAY</c>, or a <c>?</c> parameter. No sign: StarRocks reads <c>-1</c> as an expression, which it rejects there.
    /// </summary>
    internal static readonly TokenListParser<TokenKind, Literal> PartitionValue = input =>
    {
        var next = input.ConsumeToken();
        if (!next.HasValue)
            return Fail<Literal>(input, Expectations.PartitionValue);
        var first = next.Value;
        var rest = next.Remainder;
        var taken = SpanOf(first);
        var text = TextOf(first);
        if (first.Kind == TokenKind.Word && IsWordOf(text, "DATE", "DATETIME", "INTERVAL"))
        {
            // DATE '...', DATETIME '...', INTERVAL 1 DAY.
            var isInterval = IsWordOf(text, "INTERVAL");
            var value = rest.ConsumeToken();
            if (!value.HasValue || !(value.Value.Kind == TokenKind.String || (isInterval && value.Value.Kind == TokenKind.Number)))
                return Fail<Literal>(rest, isInterval ? "an interval" : "a string");
            taken = TextSpan.FromBounds(taken.Start, SpanOf(value.Value).End);
            rest = value.Remainder;
            if (isInterval)
            {
                var unit = rest.ConsumeToken();
                if (!unit.HasValue || unit.Value.Kind != TokenKind.Word)
                    return Fail<Literal>(rest, "an interval unit");
                taken = TextSpan.FromBounds(taken.Start, SpanOf(unit.Value).End);
                rest = unit.Remainder;
            }
        }
        else if (!(first.Kind is TokenKind.Number or TokenKind.String or TokenKind.BinaryString || (first.Kind == TokenKind.Word && IsWordOf(text, "NULL", "TRUE", "FALSE"))
            || (first.Kind == TokenKind.Operator && text.SequenceEqual("?"))))
            return Fail<Literal>(input, Expectations.PartitionValue);
        var literal = first.Span.Source!.AsSpan(taken.Start, taken.Length);
        return TokenListParserResult.Value(new Literal(SyntaxStrings.Of(literal), taken, first.Kind == TokenKind.String), input, rest);
    };

    /// <summary>
    /// A LIMIT or OFFSET as StarRocks' grammar has it (limitConstExpr): digits, a <c>?</c> parameter or a user variable
    /// (<c>@name</c>, <c>@'name'</c>). No sign, fraction or expression. A property, not a field: see <see cref="OpenParen"/>.
    /// </summary>
    private static TokenListParser<TokenKind, TextSpan> RowCount => input =>
    {
        var next = input.ConsumeToken();
        if (next.HasValue)
        {
            var token = next.Value;
            var text = TextOf(token);
            if ((token.Kind == TokenKind.Number && !text.ContainsAnyExceptInRange('0', '9')) || (token.Kind == TokenKind.Operator && text is "?"))
                return TokenListParserResult.Value(SpanOf(token), input, next.Remainder);
            if (token.Kind == TokenKind.Operator && text is "@")
            {
                var variable = next.Remainder.ConsumeToken();
                if (!variable.HasValue || !IsVariableName(variable.Value))
                    return Fail<TextSpan>(next.Remainder, Expectations.VariableName);
                return TokenListParserResult.Value(TextSpan.FromBounds(SpanOf(token).Start, SpanOf(variable.Value).End), input, variable.Remainder);
            }
        }
        return Fail<TextSpan>(input, Expectations.RowCount);
    };

    /// <summary>A user variable's name after its <c>@</c>: an identifier or a string (identifierOrString).</summary>
    private static bool IsVariableName(Token<TokenKind> token) => token.Kind == TokenKind.String || IsPlainName(token);

    private static bool IsWordOf(ReadOnlySpan<char> word, params ReadOnlySpan<string> words)
    {
        foreach (var candidate in words)
            if (word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    /// <summary>Takes the next token into <paramref name="taken"/> if it is accepted and touches what was taken before.</summary>
    private static bool TakeTouching(ref TokenList<TokenKind> rest, ref TextSpan taken, Func<Token<TokenKind>, bool> accepts)
    {
        var next = rest.ConsumeToken();
        if (!next.HasValue || !accepts(next.Value) || (taken.Length > 0 && SpanOf(next.Value).Start != taken.End))
            return false;
        taken = taken.Length > 0 ? TextSpan.FromBounds(taken.Start, SpanOf(next.Value).End) : SpanOf(next.Value);
        rest = next.Remainder;
        return true;
    }

    /// <summary>
    /// The tokens up to the end of the statement, or up to a word of <paramref name="stops"/> outside parentheses (at least
    /// one token): a WHERE condition whose shape the rules check, up to an ORDER BY or LIMIT after it.
    /// </summary>
    private static TokenListParser<TokenKind, ImmutableArray<SyntaxToken>> TokensUntil(string expectation, params string[] stops) => input =>
    {
        var tokens = ImmutableArray.CreateBuilder<SyntaxToken>();
        var rest = input;
        var depth = 0;
        while (!rest.IsAtEnd)
        {
            var next = rest.ConsumeToken();
            var token = next.Value;
            // A statement's first word on a line of its own ends the run: its `;` is missing (the parse then stops there).
            if (depth == 0 && token.Kind == TokenKind.Word && (IsWordOf(TextOf(token), stops)
                || (tokens.Count > 0 && StatementParser.StartsLine(token.Span.Source, token.Span.Position.Absolute)
                    && StatementParser.StartsStatement(TextOf(token), next.Remainder.ConsumeToken() is { HasValue: true } after ? TextOf(after.Value) : default))))
                break;
            depth += token.Kind switch { TokenKind.LParen => 1, TokenKind.RParen when depth > 0 => -1, _ => 0 };
            tokens.Add(new SyntaxToken(token.Kind, SpanOf(token)));
            rest = next.Remainder;
        }
        return tokens.Count == 0 ? Fail<ImmutableArray<SyntaxToken>>(input, expectation) : TokenListParserResult.Value(tokens.ToImmutable(), input, rest);
    };

    /// <summary><c>item { , item }</c>, written out because Superpower's delimited lists allocate parsers on every call.</summary>
    private static TokenListParser<TokenKind, ImmutableArray<T>> CommaSeparated<T>(TokenListParser<TokenKind, T> item)
    {
        var comma = Comma;
        return input =>
        {
            var first = item(input);
            if (!first.HasValue)
                return TokenListParserResult.CastEmpty<TokenKind, T, ImmutableArray<T>>(first);
            // The items gather in the thread's spare array (a new one while a list of the same kind is being read inside
            // this one), and only the list of the exact size is allocated.
            var items = Spare<T>.Take();
            items[0] = first.Value;
            var count = 1;
            var rest = first.Remainder;
            try
            {
                while (true)
                {
                    var separator = comma(rest);
                    if (!separator.HasValue)
                        return TokenListParserResult.Value(ImmutableArray.Create(items, 0, count), input, rest);
                    var next = item(separator.Remainder);
                    if (!next.HasValue)
                        return TokenListParserResult.CastEmpty<TokenKind, T, ImmutableArray<T>>(next);
                    if (count == items.Length)
                        Array.Resize(ref items, count * 2);
                    items[count++] = next.Value;
                    rest = next.Remainder;
                }
            }
            finally
            {
                Spare<T>.Return(items, count);
            }
        };
    }

    /// <summary>One array per thread and item type that <see cref="CommaSeparated{T}"/> gathers items in.</summary>
    private static class Spare<T>
    {
        [ThreadStatic] private static T[]? _items;

        public static T[] Take()
        {
            var items = _items ?? new T[4];
            _items = null;
            return items;
        }

        /// <summary>Gives the array back cleared, so that it holds on to no tree.</summary>
        public static void Return(T[] items, int used)
        {
            Array.Clear(items, 0, used);
            _items = items;
        }
    }

    /// <summary>
    /// An optional clause that yields null when absent (Superpower's Optional works on value types only). A clause that
    /// can only start with keywords is not run when the next token is none of them: it is absent, and those keywords are
    /// recorded as expected there, in the order the clause would have recorded them on failing.
    /// </summary>
    internal static TokenListParser<TokenKind, T?> Maybe<T>(TokenListParser<TokenKind, T> parser) where T : class
    {
        var optional = parser.Select(value => (T?)value).OptionalOrDefault();
        if (FirstKeywords(parser) is not { } keywords)
            return optional;
        return input =>
        {
            var next = input.ConsumeToken();
            if (next.HasValue && next.Value.Kind == TokenKind.Word && StartsWithOneOf(next.Value, keywords))
                return optional(input);
            foreach (var keyword in keywords)
                FarthestFailure.Record(input.Position, keyword);
            return TokenListParserResult.Value<TokenKind, T?>(null, input, input);
        };
    }

    private static bool StartsWithOneOf(Token<TokenKind> word, string[] keywords)
    {
        foreach (var keyword in keywords)
            if (word.Span.EqualsValueIgnoreCase(keyword))
                return true;
        return false;
    }

    /// <summary>
    /// The keywords a parser can start with, in the order it tries them: what it expects at the end of the input. Null
    /// when it expects anything else there (a name, punctuation), or nothing.
    /// </summary>
    private static string[]? FirstKeywords<T>(TokenListParser<TokenKind, T> parser)
    {
        FarthestFailure.Reset();
        parser(new TokenList<TokenKind>([]));
        var expected = FarthestFailure.Expected;
        FarthestFailure.Reset();
        return !expected.IsEmpty && expected.All(Expectations.IsKeyword) ? [.. expected] : null;
    }

    private static TokenListParser<TokenKind, TextSpan?> MaybeSpan(TokenListParser<TokenKind, TextSpan> parser) =>
        parser.Optional();
}
