using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Facts;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Rules;

/// <summary>
/// The columns SHOW BACKUP, SHOW RESTORE and SHOW REPOSITORIES name in their WHERE and ORDER BY, which StarRocks 4.1
/// reads against the SHOW's result (PR 68834). ShowStmtAnalyzer looks each sort key up among the result's columns
/// (ShowResultSetMetaData.getColumnIdx: in any case, by the column's own name, a table before it unread) and fails on one
/// the result lacks ("Can't get column x", the name lower-cased); the condition's columns are read from each row by that
/// name too (ShowExecutor), which holds no value for such a column: whether the analyzer then fails the condition was not
/// found, so that is a warning (no job can match it either way). SHOW SNAPSHOT's filter is one of its own (SRB404).
/// </summary>
internal static class ShowColumnRules
{
    public static readonly RuleDescriptor UnknownShowColumn = new("SRB407", "unknown-show-column", DiagnosticSeverity.Error,
        "A column SHOW BACKUP, SHOW RESTORE or SHOW REPOSITORIES does not list, named in its ORDER BY (StarRocks 4.1 and later).");

    public static readonly RuleDescriptor UnknownConditionColumn = new("SRB408", "unknown-show-condition-column", DiagnosticSeverity.Warning,
        "A column SHOW BACKUP, SHOW RESTORE or SHOW REPOSITORIES does not list, compared in its WHERE, which then selects no job (StarRocks 4.1 and later).");

    public static readonly IReadOnlyList<RuleDescriptor> All = [UnknownShowColumn, UnknownConditionColumn];

    // The words after which a condition's column is compared: what makes a name in a condition surely a column.
    private static readonly string[] ConditionOperators = ["IN", "LIKE", "NOT", "BETWEEN", "IS", "REGEXP", "RLIKE", "MATCH"];

    private static readonly string[] SortDirections = ["ASC", "DESC", "NULLS", "FIRST", "LAST"];

    internal static void Check(RuleContext context)
    {
        // Before 4.1 the clauses are a newer form (SRB500), and SHOW RESTORE's WHERE is ignored.
        if (context.Options.Version < Releases.ShowClausesSince)
            return;
        var clauses = context.Syntax switch
        {
            ShowJobsStatement show => show.Clauses,
            ShowRepositoriesStatement show => show.Clauses,
            _ => null,
        };
        if (clauses is null || !ShowResultFacts.Columns.TryGetValue(context.Parsed.Kind, out var columns))
            return;
        if (clauses.Where is { } where && ExpressionGrammar.Check(context.Text, where.Condition, sortKeys: false, context.Options.Version).IsRead)
            CheckCondition(context, where.Condition, columns);
        if (clauses.OrderBy is { } orderBy)
            CheckSortKeys(context, orderBy, columns);
    }

    /// <summary>Each unknown column among the sort keys, in a method of its own: its lambdas, capturing the parameters, are allocated on entry.</summary>
    private static void CheckSortKeys(RuleContext context, TextSpan orderBy, ResultFact[] columns)
    {
        var version = context.Options.Version;
        var keys = Significant(context.Parsed.Tokens.Where(t => orderBy.Contains(t.Span.Start))).Skip(2).ToList();
        if (ExpressionGrammar.Check(context.Text, keys, sortKeys: true, version).IsRead)
            foreach (var column in SortColumns(context.Text, keys, version).Where(column => !Lists(columns, context.Text, column)))
                ReportUnknown(context, column, columns, inSortKeys: true);
    }

    /// <summary>
    /// Each unknown column of the condition; or, where they are text in typographic quotes (<c>State = “FINISHED”</c>, a
    /// name to StarRocks) and straight ones would leave none, those quotes, and straight ones are the fix.
    /// </summary>
    private static void CheckCondition(RuleContext context, ImmutableArray<SyntaxToken> condition, ResultFact[] columns)
    {
        var version = context.Options.Version;
        bool Unknown(string text, SyntaxToken token) => !Lists(columns, text, token);
        var unknown = ConditionColumns(context.Text, Significant(condition), version).Where(token => Unknown(context.Text, token)).ToList();
        if (unknown.Count == 0)
            return;
        var failure = $"{StatementHeads.WordsOf(context.Parsed.Kind)} lists no such column, so the condition selects no {Listed(context)}";
        if (QuotedConditions.Mended(UnknownConditionColumn, context.Text, condition, failure,
            (edited, tokens) => !ConditionColumns(edited, Significant(tokens), version).Any(token => Unknown(edited, token))) is { } mended)
        {
            context.Report(mended);
            return;
        }
        foreach (var column in unknown)
            ReportUnknown(context, column, columns, inSortKeys: false);
    }

    /// <summary>What the SHOW lists a row for: a repository or a job.</summary>
    private static string Listed(RuleContext context) => context.Parsed.Kind == StatementKind.ShowRepositories ? "repository" : "job";

    private static List<SyntaxToken> Significant(IEnumerable<SyntaxToken> tokens) => [.. tokens.Where(t => !t.Kind.IsTrivia())];

    /// <summary>Whether the result has the column <paramref name="token"/> names, in any case (Java's equalsIgnoreCase).</summary>
    private static bool Lists(ResultFact[] columns, string text, SyntaxToken token) =>
        columns.Any(c => JavaCase.EqualsIgnoreCase(c.Name, NameOf(text, token)));

    private static void ReportUnknown(RuleContext context, SyntaxToken token, ResultFact[] columns, bool inSortKeys)
    {
        var name = NameOf(context.Text, token);
        var show = StatementHeads.WordsOf(context.Parsed.Kind);
        var (rule, message) = inSortKeys
            ? (UnknownShowColumn, $"{show} lists no column {MessageNames.Object(name)}: StarRocks fails an ORDER BY that names one (\"Can't get column {name.ToLowerInvariant()}\").")
            : (UnknownConditionColumn, $"{show} lists no column {MessageNames.Object(name)}: StarRocks reads a condition's columns from each row of its result, so this condition selects no {Listed(context)}.");
        if (EditDistance.Suggest(name, columns.Select(c => c.Name)) is not { } meant)
        {
            context.Report(rule, token.Span, message);
            return;
        }
        var replacement = NameText.ToSql(meant, context.Options.Version);
        context.Report(rule, token.Span, $"{message} Did you mean {MessageNames.Object(meant)}?",
            CodeFix.Replace($"Change to {replacement}", token.Span, replacement));
    }

    /// <summary>
    /// The names a condition compares as columns: before a comparison or IN, LIKE, BETWEEN, IS... or after a comparison,
    /// each by its last part (<c>t.State</c>: State). A call's name, a typed literal's type (<c>DATE '...'</c>), CAST's
    /// type and an interval's unit are none; nor, left unchecked, is a name whose place says less (a call's argument).
    /// </summary>
    private static IEnumerable<SyntaxToken> ConditionColumns(string text, List<SyntaxToken> tokens, StarRocksVersion? version)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            // A subquery's columns are its tables'.
            if (tokens[i].Kind == TokenKind.LParen && At(tokens, i + 1) is { } head && (IsWord(text, head, "SELECT") || IsWord(text, head, "WITH")))
            {
                i = ClosingParenthesis(tokens, i);
                continue;
            }
            if (!IsName(text, tokens[i], version) || At(tokens, i + 1) is { Kind: TokenKind.LParen or TokenKind.Dot or TokenKind.String })
                continue;
            var first = i;
            while (At(tokens, first - 1) is { Kind: TokenKind.Dot } && At(tokens, first - 2) is { } part && IsName(text, part, version))
                first -= 2;
            var before = At(tokens, first - 1);
            var after = At(tokens, i + 1);
            // An interval's unit, CAST's type, a variable (@v, @@x), a type after `::`.
            if (before is { Kind: TokenKind.Number } || (before is { } word && IsWord(text, word, "AS")) || IsMark(text, before, "@:"))
                continue;
            if (IsMark(text, before, Comparisons) || IsMark(text, after, Comparisons) || (after is { } next && ConditionOperators.Any(o => IsWord(text, next, o))))
                yield return tokens[i];
        }
    }

    /// <summary>The column of each sort key that is one (a name, dotted or not, then its direction): StarRocks sorts by columns only.</summary>
    private static IEnumerable<SyntaxToken> SortColumns(string text, List<SyntaxToken> tokens, StarRocksVersion? version)
    {
        var start = 0;
        for (var i = 0; i <= tokens.Count; i++)
        {
            if (i < tokens.Count && tokens[i].Kind != TokenKind.Comma)
                continue;
            var end = i;
            while (end > start && SortDirections.Any(d => IsWord(text, tokens[end - 1], d)))
                end--;
            var isColumn = end > start && (end - start) % 2 == 1;
            for (var k = start; isColumn && k < end; k++)
                isColumn = (k - start) % 2 == 0 ? IsName(text, tokens[k], version) : tokens[k].Kind == TokenKind.Dot;
            if (isColumn)
                yield return tokens[end - 1];
            start = i + 1;
        }
    }

    /// <summary>The index of the parenthesis that closes the one at <paramref name="open"/>.</summary>
    private static int ClosingParenthesis(List<SyntaxToken> tokens, int open)
    {
        var depth = 0;
        for (var i = open; i < tokens.Count; i++)
            if ((depth += tokens[i].Kind switch { TokenKind.LParen => 1, TokenKind.RParen => -1, _ => 0 }) == 0)
                return i;
        return tokens.Count;
    }

    private static SyntaxToken? At(List<SyntaxToken> tokens, int index) => index >= 0 && index < tokens.Count ? tokens[index] : null;

    // The marks of comparisons and arithmetic, whose operands are columns or values.
    private const string Comparisons = "=<>!+-*/%|&^";

    private static bool IsMark(string text, SyntaxToken? token, string marks) =>
        token is { Kind: TokenKind.Equals or TokenKind.Operator } mark && marks.Contains(text[mark.Span.Start]);

    private static bool IsName(string text, SyntaxToken token, StarRocksVersion? version) =>
        token.Kind == TokenKind.BacktickName
        || (token.Kind == TokenKind.Word && !Keywords.IsReserved(text.AsSpan(token.Span.Start, token.Span.Length), version));

    private static bool IsWord(string text, SyntaxToken token, string word) =>
        token.Kind == TokenKind.Word && text.AsSpan(token.Span.Start, token.Span.Length).Equals(word, StringComparison.OrdinalIgnoreCase);

    private static string NameOf(string text, SyntaxToken token)
    {
        var written = text.AsSpan(token.Span.Start, token.Span.Length);
        return token.Kind == TokenKind.BacktickName ? Unquote.Backtick(written) : written.ToString();
    }
}
