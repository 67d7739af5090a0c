using System.Collections.Frozen;
using System.Collections.Immutable;
using Superpower;
using Superpower.Model;
using Superpower.Parsers;

namespace BackupLsp.Language.Syntax;

// functionCall: StarRocks' grammar of calls, and what AstBuilder refuses in one that parsed.
internal static partial class ExpressionGrammar
{
    /// <summary>
    /// A reserved word StarRocks' grammar calls as a function: how many arguments it takes, whether it needs OVER (a window
    /// function), whether it may stand without parentheses, whether IGNORE NULLS may follow its first argument or its call.
    /// </summary>
    private readonly record struct ReservedFunction(int Min, int Max, bool Window = false, bool Bare = false, bool IgnoresNulls = false);

    // In a class of its own, whose fields initialise on first use: this class's other files capture it as they initialise.
    private static class ReservedFunctions
    {
        public static readonly FrozenDictionary<string, ReservedFunction> ByName = new Dictionary<string, ReservedFunction>
        {
            ["CHAR"] = new(1, 1), ["IF"] = new(0, int.MaxValue), ["REPLACE"] = new(0, int.MaxValue), ["LAST_QUERY_ID"] = new(0, 0),
            ["LEFT"] = new(2, 2), ["RIGHT"] = new(2, 2), ["LIKE"] = new(2, 2), ["RLIKE"] = new(2, 2), ["REGEXP"] = new(2, 2), ["MOD"] = new(2, 2),
            ["DATABASE"] = new(0, 0), ["SCHEMA"] = new(0, 0), ["GROUPING"] = new(0, int.MaxValue), ["GROUPING_ID"] = new(0, int.MaxValue),
            ["CURRENT_USER"] = new(0, 0, Bare: true), ["CURRENT_ROLE"] = new(0, 0, Bare: true), ["CURRENT_GROUP"] = new(0, 0, Bare: true),
            ["CURRENT_WAREHOUSE"] = new(0, 0, Bare: true), ["CURRENT_DATE"] = new(0, 0, Bare: true), ["CURRENT_TIME"] = new(0, 0, Bare: true),
            ["CURRENT_TIMESTAMP"] = new(0, 1, Bare: true), ["LOCALTIME"] = new(0, 0, Bare: true), ["LOCALTIMESTAMP"] = new(0, 0, Bare: true),
            ["ROW_NUMBER"] = new(0, 0, Window: true), ["DENSE_RANK"] = new(0, 0, Window: true), ["NTILE"] = new(0, 1, Window: true),
            ["LEAD"] = new(0, int.MaxValue, Window: true, IgnoresNulls: true), ["LAG"] = new(0, int.MaxValue, Window: true, IgnoresNulls: true),
            ["FIRST_VALUE"] = new(0, int.MaxValue, Window: true, IgnoresNulls: true), ["LAST_VALUE"] = new(0, int.MaxValue, Window: true, IgnoresNulls: true),
        }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);
    }

    /// <summary>A call's name: dotted identifiers, or one of <see cref="ReservedFunctions"/>.</summary>
    private sealed record FunctionName(ImmutableArray<string> Parts, bool Reserved)
    {
        /// <summary>The name AstBuilder checks: what follows the first dot, in lower case.</summary>
        public string Function => string.Join('.', Parts.Length == 1 ? Parts : Parts[1..]).ToLowerInvariant();
    }

    /// <summary>What stands between a call's parentheses: plain arguments, an aggregate's (DISTINCT, *, ORDER BY, SEPARATOR), a window function's (IGNORE NULLS).</summary>
    private sealed record CallArguments(bool Star, string? Quantifier, ImmutableArray<SqlExpression> Values, bool FirstIgnoresNulls,
        bool OtherIgnoresNulls, ImmutableArray<SqlExpression> OrderBy, bool Separator)
    {
        public bool AreAggregates => Star || Quantifier is not null || !OrderBy.IsEmpty || Separator;
    }

    private static TokenListParser<TokenKind, Token<TokenKind>> IgnoreNulls => Keyword("IGNORE").IgnoreThen(Keyword("NULLS"));

    private static TokenListParser<TokenKind, SqlExpression> SortItem =>
        from expression in Expression
        from ordering in Optionally(OneOf("ASC", "DESC"))
        from nulls in Optionally(Keyword("NULLS").IgnoreThen(OneOf("FIRST", "LAST")))
        select expression;

    private static TokenListParser<TokenKind, SqlExpression[]> OrderBy =>
        Keyword("ORDER").IgnoreThen(Keyword("BY")).IgnoreThen(SortItem.AtLeastOnceDelimitedBy(Comma));

    private static TokenListParser<TokenKind, CallArguments> Arguments =>
        Symbol("*").Value(new CallArguments(true, null, [], false, false, [], false))
            .Or(from quantifier in Maybe(OneOf("DISTINCT", "ALL"))
                from values in (from value in Expression
                                from ignores in Optionally(IgnoreNulls)
                                select (Value: value, IgnoresNulls: ignores)).ManyDelimitedBy(Comma)
                from order in Maybe(OrderBy)
                from separator in Optionally(Keyword("SEPARATOR").IgnoreThen(Expression))
                select new CallArguments(false, quantifier, [.. values.Select(v => v.Value)], values.Length > 0 && values[0].IgnoresNulls,
                    values.Skip(1).Any(v => v.IgnoresNulls), [.. order ?? []], separator));

    /// <summary>A window frame's bound: UNBOUNDED PRECEDING or FOLLOWING, CURRENT ROW, or an expression PRECEDING or FOLLOWING.</summary>
    private static TokenListParser<TokenKind, string> FrameBound =>
        Keyword("UNBOUNDED").IgnoreThen(OneOf("PRECEDING", "FOLLOWING")).Try()
            .Or(Keyword("CURRENT").IgnoreThen(Keyword("ROW")).Value("ROW").Try())
            .Or(Expression.IgnoreThen(OneOf("PRECEDING", "FOLLOWING")));

    /// <summary><c>OVER ([[hint] PARTITION BY ...] [ORDER BY ...] [RANGE|ROWS frame])</c></summary>
    private static TokenListParser<TokenKind, bool> Over =>
        Keyword("OVER").IgnoreThen(Parenthesized(
            from partition in Optionally(Optionally(Name.AtLeastOnceDelimitedBy(Comma).Between(Symbol("["), Symbol("]")))
                .IgnoreThen(Keyword("PARTITION")).IgnoreThen(Keyword("BY")).IgnoreThen(ExpressionList))
            from order in Optionally(OrderBy)
            from frame in Optionally(OneOf("RANGE", "ROWS")
                .IgnoreThen(Keyword("BETWEEN").IgnoreThen(FrameBound).IgnoreThen(Keyword("AND")).IgnoreThen(FrameBound).Or(FrameBound)))
            select true));

    /// <summary>
    /// A call. The forms with syntax of their own come first; then <c>name(arguments) [IGNORE NULLS] [FILTER (WHERE ...)]
    /// [OVER (...)]</c>, read in one pass for every kind of call and checked by <see cref="Called"/>; then the reserved words
    /// that need no parentheses (CURRENT_DATE).
    /// </summary>
    private static TokenListParser<TokenKind, SqlExpression> FunctionCall =>
        Keyword("EXTRACT").IgnoreThen(Parenthesized(Name.IgnoreThen(Keyword("FROM")).IgnoreThen(Value))).Value(SqlExpression.Other).Try()
            // With a unit StarRocks reserves; the others read as a column, and the call as any other.
            .Or(OneOf("TIMESTAMPADD", "TIMESTAMPDIFF")
                .IgnoreThen(Parenthesized(OneOf("MILLISECOND", "MICROSECOND").IgnoreThen(Comma).IgnoreThen(Expression).IgnoreThen(Comma).IgnoreThen(Expression)))
                .Value(SqlExpression.Other).Try())
            .Or(Keyword("TRIM").IgnoreThen(Parenthesized(
                    Optionally(OneOf("BOTH", "LEADING", "TRAILING")).IgnoreThen(Optionally(StringValue))
                        .IgnoreThen(Keyword("FROM")).IgnoreThen(Expression)))
                .Value(SqlExpression.Other).Try())
            // StarRocks puts the scrambled password in its place: a string, never empty.
            .Or(Keyword("PASSWORD").IgnoreThen(Parenthesized(StringValue)).Value<TokenKind, string, SqlExpression>(new SqlExpression.Text("*")).Try())
            .Or((from name in Name.AtLeastOnceDelimitedBy(Token.EqualTo(TokenKind.Dot)).Select(parts => new FunctionName([.. parts], false))
                     .Or(OneOf([.. ReservedFunctions.ByName.Keys]).Select(word => new FunctionName([word], true)))
                 from arguments in Parenthesized(Arguments)
                 from ignoresNulls in Optionally(IgnoreNulls)
                 from filter in Optionally(Keyword("FILTER").IgnoreThen(Parenthesized(Keyword("WHERE").IgnoreThen(Expression))))
                 from over in Optionally(Over)
                 select Called(name, arguments, ignoresNulls, filter, over))
                .Where(call => call is not null).Select(call => call!).Try())
            .Or(OneOf([.. ReservedFunctions.ByName.Where(f => f.Value.Bare).Select(f => f.Key)]).Value(SqlExpression.Other));

    /// <summary>What a call makes, or null where StarRocks' grammar or AstBuilder refuses it.</summary>
    private static SqlExpression? Called(FunctionName name, CallArguments arguments, bool ignoresNulls, bool filter, bool over)
    {
        var count = arguments.Values.Length;
        if (name.Reserved)
        {
            var function = ReservedFunctions.ByName[name.Parts[0]];
            var fits = !arguments.AreAggregates && !filter && count >= function.Min && count <= function.Max && over == function.Window
                && (function.IgnoresNulls || !(ignoresNulls || arguments.FirstIgnoresNulls)) && !arguments.OtherIgnoresNulls
                // CURRENT_TIMESTAMP(n): digits, not an expression.
                && (name.Parts[0] != "CURRENT_TIMESTAMP" || count == 0 || arguments.Values[0] is IntegerLiteral { Value: >= 0 });
            return fits ? SqlExpression.Other : null;
        }
        if (ignoresNulls || arguments.FirstIgnoresNulls || arguments.OtherIgnoresNulls)
            return null;
        if (arguments.AreAggregates || filter)
            return name.Parts.Length == 1 ? Aggregate(name.Parts[0].ToUpperInvariant(), arguments, filter) : null;
        return SimpleCallFits(name.Function, arguments.Values) ? SqlExpression.Other : null;
    }

    /// <summary>
    /// An aggregate written with its own syntax (StarRocks.g4's aggregationFunction), which fixes how many arguments it takes;
    /// and AstBuilder's checks: DISTINCT needs an argument, ORDER BY n must name one, FILTER takes no COUNT(DISTINCT ...).
    /// </summary>
    private static SqlExpression? Aggregate(string name, CallArguments arguments, bool filter)
    {
        var count = arguments.Values.Length;
        var (min, max, ordered) = name switch
        {
            "COUNT" => (0, int.MaxValue, false),
            "AVG" or "MAX" or "MIN" or "SUM" => (1, 1, false),
            "ARRAY_AGG" or "ARRAY_AGG_DISTINCT" => (1, 1, true),
            "GROUP_CONCAT" => (1, int.MaxValue, true),
            "STRING_AGG" => (2, 2, true),
            _ => (-1, -1, false),
        };
        var distinct = arguments.Quantifier == "DISTINCT";
        var fits = arguments.Star
            ? name == "COUNT" && arguments.Quantifier is null
            : count >= min && count <= max && (arguments.Quantifier is null || name != "ARRAY_AGG_DISTINCT")
                && (arguments.OrderBy.IsEmpty || ordered) && (!arguments.Separator || name == "GROUP_CONCAT");
        fits &= !(distinct && count == 0) && !(filter && distinct && name == "COUNT")
            && arguments.OrderBy.All(item => item is not IntegerLiteral position || (position.Value >= 1 && position.Value <= count));
        return fits ? SqlExpression.Other : null;
    }

    /// <summary>AstBuilder's checks of a call by its name: the functions it builds otherwise, and their arguments.</summary>
    private static bool SimpleCallFits(string function, ImmutableArray<SqlExpression> arguments) => function switch
    {
        // The third of three is the unit boundary FLOOR or CEIL; the last two of four are strings.
        "time_slice" or "date_slice" => arguments.Length switch
        {
            2 => true,
            3 => arguments[2] is SqlExpression.Column { Parts.Length: 1 } boundary
                && (boundary.Name.Equals("FLOOR", StringComparison.OrdinalIgnoreCase) || boundary.Name.Equals("CEIL", StringComparison.OrdinalIgnoreCase)),
            4 => arguments[2] is SqlExpression.Text && arguments[3] is SqlExpression.Text,
            _ => false,
        },
        "date_add" or "adddate" or "date_sub" or "subdate" or "days_sub" or "element_at" => arguments.Length == 2,
        "isnull" or "isnotnull" => arguments.Length == 1,
        // ArithmeticExpr's names: one argument fails its constructor, none AstBuilder's count.
        "multiply" or "divide" or "mod" or "int_divide" or "add" or "subtract" or "bitand" or "bitor" or "bitxor" => arguments.Length >= 2,
        "str_to_map" => arguments.Length is >= 1 and <= 3,
        "map" => arguments.Length % 2 == 0,
        _ => true,
    };
}
