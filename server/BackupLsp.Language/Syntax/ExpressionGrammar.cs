using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using BackupLsp.Language.Analysis;
using Superpower;
using Superpower.Model;
using Superpower.Parsers;

namespace BackupLsp.Language.Syntax;

/// <summary>What <see cref="ExpressionGrammar.Check"/> found: whether StarRocks reads the expression, and if not, the bare
/// reserved words that backticks would mend, if that is why.</summary>
internal readonly record struct ExpressionCheck(bool IsRead, ImmutableArray<Text.TextSpan> ReservedWords)
{
    public static readonly ExpressionCheck Reads = new(true, []);
    public static readonly ExpressionCheck Refused = new(false, []);
}

/// <summary>
/// StarRocks' grammar of expressions (StarRocks.g4, <c>expression</c> down to <c>primaryExpression</c>, current main) and
/// the checks its AstBuilder makes while it builds one: what StarRocks' parser fails on does not parse here, and what it
/// takes comes out as the <see cref="SqlExpression"/> its analyzers see. A subquery's body is SELECT syntax, which this
/// server does not read, as it reads no other statement. Not read either, so taken as refused: <c>{fn f()}</c> escapes and
/// calls with named arguments (<c>f(a =&gt; 1)</c>).
/// </summary>
internal static partial class ExpressionGrammar
{
    // What an expression made of the tokens from each position on, in the condition being read. StarRocks' grammar reads
    // some text two ways (a word that starts a literal or names a column or a function, like INTERVAL or BINARY), so a
    // nesting of such text would otherwise be read again at every level: exponential time in the depth.
    [ThreadStatic] private static Dictionary<int, TokenListParserResult<TokenKind, SqlExpression>>? _expressions;

    /// <summary>The expressions this thread has read where none was known: what the memo above keeps linear (tests read it).</summary>
    [ThreadStatic] internal static long ExpressionsRead;

    // The release whose reserved words are no names (null: the newest grammar's), for the expression being checked.
    [ThreadStatic] private static StarRocksVersion? _release;

    /// <summary>The condition as StarRocks reads it, or null where its parser fails.</summary>
    public static SqlExpression? Read(string text, IEnumerable<SyntaxToken> condition)
    {
        _expressions ??= [];
        try
        {
            var result = Condition(new TokenList<TokenKind>(Lexemes(text, condition)));
            return result.HasValue ? result.Value : null;
        }
        finally
        {
            _expressions.Clear();
        }
    }

    /// <summary>
    /// Whether StarRocks' parser, of the configured <paramref name="version"/> (null: the newest), reads
    /// <paramref name="tokens"/> as a condition, or with <paramref name="sortKeys"/> as ORDER BY's sort keys; where it fails
    /// on bare words that release reserves and would read them all with those words in backticks, the words.
    /// </summary>
    public static ExpressionCheck Check(string text, IEnumerable<SyntaxToken> tokens, bool sortKeys, StarRocksVersion? version)
    {
        var parser = sortKeys ? SortKeys : Condition.Value(true);
        var lexemes = Lexemes(text, tokens);
        var reserved = ImmutableArray.CreateBuilder<Text.TextSpan>();
        _expressions ??= [];
        _release = version;
        try
        {
            // Each pass backticks the reserved word the parse failed on and tries again; a failure elsewhere is the text's.
            while (true)
            {
                var result = parser(new TokenList<TokenKind>(lexemes));
                _expressions.Clear();
                if (result.HasValue)
                    return reserved.Count == 0 ? ExpressionCheck.Reads : new ExpressionCheck(false, reserved.ToImmutable());
                if (result.Location.IsAtEnd || lexemes[result.Location.Position] is not { Kind: TokenKind.Word } failed
                    || !Keywords.IsReserved(failed.Span.ToStringValue(), version) || reserved.Count == MaxReservedWords)
                    return ExpressionCheck.Refused;
                reserved.Add(new Text.TextSpan(failed.Position.Absolute, failed.Span.Length));
                lexemes[result.Location.Position] = new Token<TokenKind>(TokenKind.BacktickName, failed.Span);
            }
        }
        finally
        {
            _expressions.Clear();
            _release = null;
        }
    }

    /// <summary>How many reserved words one condition or list of sort keys is tried with in backticks: each is a parse more.</summary>
    private const int MaxReservedWords = 16;

    /// <summary><c>(a, b)</c>: only the left of <c>IN (subquery)</c>; nowhere else an expression.</summary>
    private sealed record Row : SqlExpression;

    private static readonly SqlExpression Not = new SqlExpression.OrNot("NOT");
    private static readonly Func<SqlExpression, SqlExpression> Unchanged = expression => expression;
    private static readonly Func<SqlExpression, SqlExpression> ToOther = _ => SqlExpression.Other;

    private static readonly TokenListParser<TokenKind, SqlExpression> Expression = Nested(input =>
    {
        if (!_expressions!.TryGetValue(input.Position, out var result))
        {
            ExpressionsRead++;
            _expressions[input.Position] = result = Disjunction!(input);
        }
        return result;
    });
    private static readonly TokenListParser<TokenKind, SqlExpression[]> ExpressionList = Expression.AtLeastOnceDelimitedBy(Comma);
    private static readonly TokenListParser<TokenKind, SqlExpression> Value = Parse.Ref(() => ValueOrRow!).Where(value => value is not Row);

    /// <summary>A type; yields whether it is scalar (a map's key must be).</summary>
    private static readonly TokenListParser<TokenKind, bool> TypeName = Nested(Parse.Ref(() => AnyType!));

    // primaryExpression's suffixes. COLLATE (which StarRocks drops), .field and :: type bind tighter than a sign or `!`; a
    // subscript, -> 'path' and [NOT] MATCH bind looser, as StarRocks lists them after those.
    private static readonly TokenListParser<TokenKind, Func<SqlExpression, SqlExpression>> TightSuffix =
        Keyword("COLLATE").IgnoreThen(Name.Or(StringValue)).Value(Unchanged)
            .Or(Token.EqualTo(TokenKind.Dot).IgnoreThen(Name).Select(Field))
            .Or(Symbol("::").IgnoreThen(TypeName).Value(ToOther));

    private static readonly TokenListParser<TokenKind, Func<SqlExpression, SqlExpression>> LooseSuffix =
        Value.Between(Symbol("["), Symbol("]")).Value(ToOther)
            .Or(Symbol("->").IgnoreThen(StringValue).Value(ToOther));

    private static readonly TokenListParser<TokenKind, SqlExpression> Head = Nested(Parse.Ref(() => Signed!).Or(Parse.Ref(() => Atom!)));

    private static readonly TokenListParser<TokenKind, SqlExpression> Signed =
        from sign in Symbol("-").Or(Symbol("+")).Or(Symbol("~")).Or(Symbol("!"))
        from operand in Suffixed(Head, TightSuffix).Where(operand => operand is not Row)
        select sign.ToStringValue() switch
        {
            "+" => operand,
            "!" => Not,
            "-" when operand is IntegerLiteral integer => new IntegerLiteral(-integer.Value),
            _ => SqlExpression.Other,
        };

    // left [NOT] MATCH right: StarRocks puts a NOT around the match.
    private static readonly TokenListParser<TokenKind, Func<SqlExpression, SqlExpression>> Match =
        from negated in Keyword("NOT").IgnoreThen(OneOf("MATCH", "MATCH_ANY", "MATCH_ALL")).Try().Value(true)
            .Or(OneOf("MATCH", "MATCH_ANY", "MATCH_ALL").Value(false))
        from right in Suffixed(Head, TightSuffix.Or(LooseSuffix)).Where(right => right is not Row)
        select negated ? _ => Not : ToOther;

    private static readonly TokenListParser<TokenKind, SqlExpression> Primary = Suffixed(Head, TightSuffix.Or(LooseSuffix).Or(Match));

    private static readonly TokenListParser<TokenKind, Token<TokenKind>> ArithmeticOperator =
        Symbol("^").Or(Symbol("*")).Or(Symbol("/")).Or(Symbol("%")).Or(Symbol("+")).Or(Symbol("-")).Or(Symbol("&")).Or(Symbol("|"))
            .Or(Keyword("DIV")).Or(Keyword("MOD")).Or(Keyword("BITSHIFTLEFT")).Or(Keyword("BITSHIFTRIGHT")).Or(Keyword("BITSHIFTRIGHTLOGICAL"));

    // valueExpression: arithmetic of primaries, which StarRocks' analyzer passes over whatever the operands. A row may only stand alone.
    private static readonly TokenListParser<TokenKind, SqlExpression> ValueOrRow =
        from first in Primary
        from rest in ArithmeticOperator.IgnoreThen(Primary).Many()
        where rest.Length == 0 || (first is not Row && !rest.Any(operand => operand is Row))
        select rest.Length == 0 ? first : SqlExpression.Other;

    // What may follow a value (predicateOperations): IN a subquery (no items) or a list, BETWEEN, LIKE (or RLIKE, REGEXP).
    private static readonly TokenListParser<TokenKind, (string Keyword, ImmutableArray<SqlExpression> Items)> ValueOperation =
        Keyword("IN").IgnoreThen(Query.Value(default(ImmutableArray<SqlExpression>)).Or(Parenthesized(ExpressionList).Select(ImmutableArray.Create)))
            .Select(items => ("IN", items))
            .Or(Keyword("BETWEEN").IgnoreThen(Value).IgnoreThen(Keyword("AND")).IgnoreThen(Parse.Ref(() => Predicate!))
                .Value(("BETWEEN", default(ImmutableArray<SqlExpression>))))
            .Or(OneOf("LIKE", "RLIKE", "REGEXP").IgnoreThen(Value).Value(("LIKE", default(ImmutableArray<SqlExpression>))));

    private static readonly TokenListParser<TokenKind, SqlExpression> Predicate =
        (from value in ValueOrRow
         from operation in (from negated in Optionally(Keyword("NOT"))
                            from operation in ValueOperation
                            select new Operation(operation.Keyword, negated, operation.Items)).Optional()
         select Predicated(value, operation))
        .Where(predicate => predicate is not null).Select(predicate => predicate!);

    private static readonly TokenListParser<TokenKind, string> ComparisonOperator =
        Symbol("=").Or(Symbol("<=>")).Or(Symbol("<>")).Or(Symbol("!=")).Or(Symbol("<=")).Or(Symbol(">=")).Or(Symbol("<")).Or(Symbol(">"))
            .Select(token => token.ToStringValue());

    // booleanExpression: a predicate, then any of IS [NOT] NULL and comparisons, each around all before it.
    private static readonly TokenListParser<TokenKind, SqlExpression> BooleanExpression = Suffixed(Predicate,
        Keyword("IS").IgnoreThen(Optionally(Keyword("NOT"))).IgnoreThen(Keyword("NULL")).Value(ToOther)
            .Or(from op in ComparisonOperator
                from right in Predicate
                select (Func<SqlExpression, SqlExpression>)(left => new SqlExpression.Comparison(left, op, right))));

    // expression: NOT binds tighter than AND, AND than OR. StarRocks skips a BINARY before a booleanExpression; where the
    // rest is none, BINARY is a column's name.
    private static readonly TokenListParser<TokenKind, SqlExpression> Negation =
        Keyword("NOT").IgnoreThen(Nested(Parse.Ref(() => Negation!))).Value(Not)
            .Or(Keyword("BINARY").IgnoreThen(BooleanExpression).Try())
            .Or(BooleanExpression);

    private static readonly TokenListParser<TokenKind, SqlExpression> Conjunction =
        Parse.Chain(Keyword("AND").Or(Symbol("&&")), Negation, (_, left, right) => new SqlExpression.And(left, right));

    private static readonly TokenListParser<TokenKind, SqlExpression> Disjunction =
        Parse.Chain(Keyword("OR").Or(Symbol("||")), Conjunction, (_, _, _) => new SqlExpression.OrNot("OR"));

    private static readonly TokenListParser<TokenKind, SqlExpression> Condition = Expression.AtEnd();

    /// <summary>A SHOW's ORDER BY keys (showPredicateClauses: ORDER BY sortItem (',' sortItem)*).</summary>
    private static readonly TokenListParser<TokenKind, bool> SortKeys = SortItem.AtLeastOnceDelimitedBy(Comma).AtEnd().Value(true);

    // Built by the other files of this class from the fields above.
    private static readonly TokenListParser<TokenKind, bool> AnyType = ScalarType.Or(ArrayType).Or(MapType).Or(StructType);

    private static readonly TokenListParser<TokenKind, SqlExpression> Atom =
        Lambda.Try()
            .Or(ParenthesizedOrRow.Try())
            .Or(Query)
            .Or(Keyword("EXISTS").IgnoreThen(Query))
            .Or(Case)
            .Or(Convert)
            .Or(ArrayConstructor)
            .Or(Variable)
            .Or(Literal)
            .Or(Cast.Try())
            .Or(MapConstructor.Try())
            .Or(FunctionCall)
            .Or(Name.Select(name => (SqlExpression)new SqlExpression.Column([name])));

    /// <summary>
    /// A parser every nesting goes through: text nested deeper than the thread's stack allows is not read (taken as a
    /// filter StarRocks refuses) rather than ending the server.
    /// </summary>
    private static TokenListParser<TokenKind, T> Nested<T>(TokenListParser<TokenKind, T> parser) => input =>
        RuntimeHelpers.TryEnsureSufficientExecutionStack() ? parser(input) : TokenListParserResult.Empty<TokenKind, T>(input);

    /// <summary><paramref name="head"/>, then any number of <paramref name="suffix"/>es, each applied to all before it; none after a row.</summary>
    private static TokenListParser<TokenKind, SqlExpression> Suffixed(TokenListParser<TokenKind, SqlExpression> head,
        TokenListParser<TokenKind, Func<SqlExpression, SqlExpression>> suffix) =>
        from first in head
        from suffixes in suffix.Many()
        where suffixes.Length == 0 || first is not Row
        select suffixes.Aggregate(first, (expression, apply) => apply(expression));

    private readonly record struct Operation(string Keyword, bool Negated, ImmutableArray<SqlExpression> Items);

    /// <summary>What StarRocks makes of a value and what follows it; null where it fails: a row takes only IN a subquery.</summary>
    private static SqlExpression? Predicated(SqlExpression value, Operation? operation) => operation switch
    {
        null => value is Row ? null : value,
        // A row's is a MultiInPredicate; a value's an InPredicate whose one item is the subquery.
        { Keyword: "IN", Items.IsDefault: true } => value is Row ? SqlExpression.Other : new SqlExpression.In(value, [SqlExpression.Other], operation.Value.Negated),
        _ when value is Row => null,
        { Keyword: "IN" } => new SqlExpression.In(value, operation.Value.Items, operation.Value.Negated),
        // StarRocks puts a NOT around a LIKE.
        { Keyword: "LIKE", Negated: true } => Not,
        _ => SqlExpression.Other,
    };

    /// <summary><c>.name</c>: a further part of a column (StarRocks merges it into the column), else a struct's field.</summary>
    private static Func<SqlExpression, SqlExpression> Field(string name) =>
        expression => expression is SqlExpression.Column column ? new SqlExpression.Column(column.Parts.Add(name)) : SqlExpression.Other;
}
