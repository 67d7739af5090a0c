using BackupLsp.Language.Analysis;
using BackupLsp.Language.Facts;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Rules;

/// <summary>What StarRocks makes of a SHOW SNAPSHOT filter: refused, applied as written, or taken otherwise than written.</summary>
internal readonly record struct SnapshotFilterReading(bool Refused, string? Misreading)
{
    public static readonly SnapshotFilterReading AsWritten = new(false, null);
    public static readonly SnapshotFilterReading Refusal = new(true, null);

    public static SnapshotFilterReading Misread(string why) => new(false, why);
}

/// <summary>
/// Reads a SHOW SNAPSHOT filter as StarRocks does: its parser (<see cref="ExpressionGrammar"/>), then ShowSnapshotAnalyzer,
/// which looks at the filter's top only. It refuses OR and NOT, an AND of anything but two comparisons, a comparison of
/// anything but SNAPSHOT or TIMESTAMP with a non-empty string, a TIMESTAMP without a SNAPSHOT, and an IN of anything but
/// SNAPSHOT and strings. It lets the rest through without looking closer: a comparison's operator (<c>!=</c> is taken as
/// <c>=</c>), NOT IN (taken as IN), a repeated column (the last counts), an empty name in an IN list (skipped), and every
/// other expression (LIKE, BETWEEN, IS NULL, a value, a call, CASE, EXISTS...), which it ignores, listing every snapshot.
/// Before 3.0 (<see cref="Releases.SnapshotInSince"/>) it ignored an IN too.
/// </summary>
internal static class SnapshotFilter
{
    /// <summary>One comparison the analyzer takes: its column (SNAPSHOT or TIMESTAMP) and its operator as written.</summary>
    private sealed record Comparison(string Column, string Operator);

    public static SnapshotFilterReading Read(string text, IReadOnlyList<SyntaxToken> condition, StarRocksVersion? version) => ExpressionGrammar.Read(text, condition) switch
    {
        null or SqlExpression.OrNot => SnapshotFilterReading.Refusal,
        SqlExpression.Comparison comparison => ComparisonOf(comparison) is { Column: "SNAPSHOT" } taken
            ? taken.Operator == "=" ? SnapshotFilterReading.AsWritten : OperatorIgnored(taken)
            : SnapshotFilterReading.Refusal,
        SqlExpression.And and => ReadTwo(ComparisonOf(and.Left), ComparisonOf(and.Right)),
        SqlExpression.In when version < Releases.SnapshotInSince => SnapshotFilterReading.Misread(
            $"StarRocks {version} ignores an IN and lists every snapshot in the repository ({Releases.SnapshotInSince} and later filter by SNAPSHOT IN): filter with SNAPSHOT = 'name'."),
        SqlExpression.In list => InList(list),
        _ => SnapshotFilterReading.Misread(
            "StarRocks ignores a condition of this kind and lists every snapshot in the repository: filter with SNAPSHOT = 'name' or SNAPSHOT IN ('a', 'b')."),
    };

    /// <summary>
    /// Whether the filter names one backup, by SNAPSHOT and TIMESTAMP both: then SHOW SNAPSHOT's result also has the
    /// backup's Database and Details.
    /// </summary>
    public static bool NamesOneBackup(string text, IReadOnlyList<SyntaxToken> condition) =>
        ExpressionGrammar.Read(text, condition) is SqlExpression.And and && ComparisonOf(and.Left) is { } first && ComparisonOf(and.Right) is { } second
        && first.Column != second.Column;

    private static SnapshotFilterReading ReadTwo(Comparison? first, Comparison? second)
    {
        if (first is null || second is null || (first.Column != "SNAPSHOT" && second.Column != "SNAPSHOT"))
            return SnapshotFilterReading.Refusal;
        if (first.Column == second.Column)
            return SnapshotFilterReading.Misread($"StarRocks keeps one {first.Column}: only the second comparison counts.");
        return first.Operator != "=" ? OperatorIgnored(first) : second.Operator != "=" ? OperatorIgnored(second) : SnapshotFilterReading.AsWritten;
    }

    private static SnapshotFilterReading OperatorIgnored(Comparison comparison) =>
        SnapshotFilterReading.Misread($"StarRocks does not look at the operator: it takes {comparison.Column} {comparison.Operator} '...' as {comparison.Column} = '...'.");

    /// <summary><c>SNAPSHOT [NOT] IN ('a', ...)</c></summary>
    private static SnapshotFilterReading InList(SqlExpression.In list)
    {
        if (!IsColumn(list.Left, "SNAPSHOT") || !list.Items.All(item => item is SqlExpression.Text))
            return SnapshotFilterReading.Refusal;
        if (list.Negated)
            return SnapshotFilterReading.Misread("StarRocks takes NOT IN as IN: it lists the snapshots named, not the others.");
        return list.Items.Any(item => item is SqlExpression.Text { Value.Length: 0 })
            ? SnapshotFilterReading.Misread("StarRocks skips an empty name in the list; with no other name, it lists every snapshot in the repository.")
            : SnapshotFilterReading.AsWritten;
    }

    /// <summary>A comparison of SNAPSHOT or TIMESTAMP with a non-empty string; null for any other expression.</summary>
    private static Comparison? ComparisonOf(SqlExpression expression) => expression switch
    {
        SqlExpression.Comparison { Right: SqlExpression.Text { Value.Length: > 0 } } comparison when IsColumn(comparison.Left, "SNAPSHOT") =>
            new Comparison("SNAPSHOT", comparison.Operator),
        SqlExpression.Comparison { Right: SqlExpression.Text { Value.Length: > 0 } } comparison when IsColumn(comparison.Left, "TIMESTAMP") =>
            new Comparison("TIMESTAMP", comparison.Operator),
        _ => null,
    };

    // ShowSnapshotAnalyzer compares the column with equalsIgnoreCase, which also takes `ſnapshot` and `tımestamp`.
    private static bool IsColumn(SqlExpression expression, string column) =>
        expression is SqlExpression.Column { Name: var name } && JavaCase.EqualsIgnoreCase(name, column);

    /// <summary>Whether a token names <paramref name="column"/>, bare or backticked, in any case (Java's, see <see cref="JavaCase"/>).</summary>
    internal static bool IsColumn(string text, SyntaxToken token, string column)
    {
        var written = text.AsSpan(token.Span.Start, token.Span.Length);
        return token.Kind switch
        {
            TokenKind.Word => JavaCase.EqualsIgnoreCase(written, column),
            TokenKind.BacktickName => JavaCase.EqualsIgnoreCase(Unquote.Backtick(written), column),
            _ => false,
        };
    }
}
