using System.Collections.Immutable;

namespace BackupLsp.Language.Syntax;

/// <summary>
/// An expression as StarRocks' parser builds it, told apart only as far as SHOW SNAPSHOT's analyzer looks: a column
/// (SlotRef), a string (StringLiteral), a comparison (BinaryPredicate), AND and the other logical operators
/// (CompoundPredicate) and IN (InPredicate). Every other expression is <see cref="Other"/>, which that analyzer passes over.
/// </summary>
internal abstract record SqlExpression
{
    /// <summary>Any other expression: a number, a call, arithmetic, LIKE, BETWEEN, IS NULL, CASE, a subquery...</summary>
    public static readonly SqlExpression Other = new OtherExpression();

    /// <summary>A column by its dotted parts. StarRocks names it by the last of up to four; more are a struct's fields.</summary>
    public sealed record Column(ImmutableArray<string> Parts) : SqlExpression
    {
        public string Name => Parts.Length <= 4 ? Parts[^1] : string.Join('.', Parts);
    }

    public sealed record Text(string Value) : SqlExpression;

    /// <summary><c>left op right</c>, with the operator as written (<c>=</c>, <c>!=</c>, <c>&lt;=&gt;</c>...).</summary>
    public sealed record Comparison(SqlExpression Left, string Operator, SqlExpression Right) : SqlExpression;

    public sealed record And(SqlExpression Left, SqlExpression Right) : SqlExpression;

    /// <summary>OR, or NOT (also the NOT StarRocks puts around a LIKE or a MATCH written NOT LIKE, and <c>!</c>).</summary>
    public sealed record OrNot(string Operator) : SqlExpression;

    /// <summary><c>left [NOT] IN (items)</c>; a subquery is one item that is no string.</summary>
    public sealed record In(SqlExpression Left, ImmutableArray<SqlExpression> Items, bool Negated) : SqlExpression;

    private sealed record OtherExpression : SqlExpression;
}
