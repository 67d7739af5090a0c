using BackupLsp.Language.Analysis;
using Superpower.Model;
using TextSpan = BackupLsp.Language.Text.TextSpan;

namespace BackupLsp.Language.Syntax;

/// <summary>Syntax errors at forms other statements take, which the family's statements do not: said as such.</summary>
public static partial class StatementParser
{
    /// <summary>
    /// <c>IF [NOT] EXISTS</c> where CREATE REPOSITORY, DROP REPOSITORY or DROP SNAPSHOT name their object: StarRocks' rules
    /// for them have no such clause and IF is reserved, so StarRocks fails at IF. Our grammar reads IF as the name (to
    /// report a reserved word) and fails after it, at <paramref name="index"/>.
    /// </summary>
    private static Diagnostic? NoIfExists(StatementHeads.Head head, Token<TokenKind>[] tokens, int index)
    {
        var (statement, noun) = head.Kind switch
        {
            StatementKind.CreateRepository => ("CREATE REPOSITORY", "repository"),
            StatementKind.DropRepository => ("DROP REPOSITORY", "repository"),
            StatementKind.DropSnapshot => ("DROP SNAPSHOT", "snapshot"),
            _ => (null, null),
        };
        if (statement is null || index < 2 || !IsWord(tokens[index - 1], "IF") || !IsWord(tokens[index - 2], noun!.ToUpperInvariant()))
            return null;
        var not = IsWord(tokens[index], "NOT") && index + 1 < tokens.Length && IsWord(tokens[index + 1], "EXISTS");
        if (!not && !IsWord(tokens[index], "EXISTS"))
            return null;
        var clause = not ? "IF NOT EXISTS" : "IF EXISTS";
        var (ifSpan, existsSpan) = (SpanOf(tokens[index - 1]), SpanOf(tokens[not ? index + 1 : index]));
        var next = index + (not ? 2 : 1);
        // The blanks after the clause go with it, up to the name; a line break or a comment there stays.
        var text = tokens[index].Span.Source!;
        var end = existsSpan.End;
        while (end < text.Length && text[end] is ' ' or '\t')
            end++;
        var removed = TextSpan.FromBounds(ifSpan.Start, next < tokens.Length && SpanOf(tokens[next]).Start == end ? end : existsSpan.End);
        var unless = head.Kind == StatementKind.CreateRepository ? "already exists" : "does not exist";
        var message = $"Expected a {noun} name after {Describe(tokens[index - 2])}, found IF, a reserved word: {statement} has no {clause}. Without it, the statement fails if the {noun} {unless}.";
        // Without a name after the clause, removing it leaves a statement that still names nothing. A word some release
        // reserves is a name all the same (SRB110 backticks it where the configured one reserves it).
        var named = next < tokens.Length && (tokens[next].Kind == TokenKind.BacktickName
            || tokens[next].Kind == TokenKind.Word && !Keywords.IsAlwaysReserved(tokens[next].Span.ToStringValue()));
        return named
            ? Diagnostic.Create(SyntaxRules.SyntaxError, ifSpan, message, CodeFix.Replace($"Remove {clause}", removed, ""))
            : Diagnostic.Create(SyntaxRules.SyntaxError, ifSpan, message + $" The {noun}'s name is missing too.");
    }

    /// <summary>
    /// <c>"col" = value</c> in a PARTITION list: a condition's column is a name (keyPartition: partitionColName=identifier
    /// '=' ...), and a string there is a partition's name only, so StarRocks, like the grammar, fails at the `=` after it.
    /// </summary>
    private static Diagnostic? StringColumn(StatementHeads.Head head, Token<TokenKind>[] tokens, int index, string message)
    {
        if (head.Kind is not (StatementKind.Backup or StatementKind.Restore) || tokens[index].Kind != TokenKind.Equals
            || tokens[index - 1].Kind != TokenKind.String || !tokens.Take(index).Any(t => IsWord(t, "PARTITION") || IsWord(t, "PARTITIONS")))
            return null;
        return Diagnostic.Create(SyntaxRules.SyntaxError, SpanOf(tokens[index]),
            $"{message[..^1]}: the column of PARTITION (col = value) is a name, bare or in backticks, not a string; to back up partitions, list their names, as in PARTITION (p1, p2).");
    }

    /// <summary>
    /// <c>BACKUP ... TO repo EXCLUDE (t)</c> or <c>RESTORE ... FROM repo EXCLUDE (t)</c>: Doris' way to leave tables out of a
    /// whole database, which StarRocks' rules do not have.
    /// </summary>
    private static Diagnostic? ExcludeClause(StatementHeads.Head head, Token<TokenKind>[] tokens, int index, string message)
    {
        if (head.Kind is not (StatementKind.Backup or StatementKind.Restore) || !IsWord(tokens[index], "EXCLUDE"))
            return null;
        return Diagnostic.Create(SyntaxRules.SyntaxError, SpanOf(tokens[index]),
            $"{message[..^1]}: StarRocks has no EXCLUDE (that is Doris'). Name the tables to {(head.Kind == StatementKind.Backup ? "back up" : "restore")} in ON (...) instead.");
    }

    /// <summary>
    /// <c>CREATE REPOSITORY r WITH S3</c> (or <c>HDFS</c>): Doris' way to name the storage. StarRocks' rule has WITH BROKER
    /// only (a broker's name after it for a broker repository) and tells the storage by the location's scheme; its
    /// PROPERTIES keys differ from Doris' too, so changing the word to BROKER is offered but not applied by Fix All.
    /// </summary>
    private static Diagnostic? RepositoryStorageType(StatementHeads.Head head, Token<TokenKind>[] tokens, int index)
    {
        if (head.Kind != StatementKind.CreateRepository || index < 1 || !IsWord(tokens[index - 1], "WITH")
            || !(IsWord(tokens[index], "S3") || IsWord(tokens[index], "HDFS")))
            return null;
        var storage = tokens[index].Span.ToStringValue();
        return Diagnostic.Create(SyntaxRules.SyntaxError, SpanOf(tokens[index]),
            $"Expected BROKER after WITH, found `{storage}`: StarRocks has no WITH {storage.ToUpperInvariant()} (that is Doris'). Write WITH BROKER; StarRocks tells the storage from the location's scheme (s3a://, hdfs://...) and takes its credentials in PROPERTIES (\"aws.s3.access_key\", \"hadoop.security.authentication\"...).",
            CodeFix.Replace($"Change `{storage}` to BROKER", SpanOf(tokens[index]), Keywords.InCaseOf(tokens[index - 1].Span.ToStringValue(), "BROKER")));
    }

    /// <summary>
    /// <c>DROP SNAPSHOT ON repo WHERE ...</c>: the form StarRocks issue #53855 asked for and pull requests that were never
    /// merged implemented (#59905, #71318). The release that has DROP SNAPSHOT (PR #78092) names one snapshot before ON,
    /// and fails this at ON (AnalyzeSnapshotTest: "DROP SNAPSHOT ON `repo`" fails). For <c>WHERE SNAPSHOT = 'x'</c> or
    /// <c>WHERE SNAPSHOT IN ('x', 'y')</c>, the fix writes one DROP SNAPSHOT per snapshot named.
    /// </summary>
    private static Diagnostic? DropSnapshotWhere(StatementHeads.Head head, Token<TokenKind>[] tokens, int index)
    {
        if (head.Kind != StatementKind.DropSnapshot || index != 2 || tokens.Length < 5 || !IsWord(tokens[2], "ON")
            || tokens[3].Kind is not (TokenKind.Word or TokenKind.BacktickName) || !IsWord(tokens[4], "WHERE"))
            return null;
        const string Message = "Expected a snapshot name after SNAPSHOT, found ON: StarRocks' DROP SNAPSHOT has no WHERE, it names one snapshot before ON (DROP SNAPSHOT snapshot ON repository [FORCE]).";
        if (SnapshotsNamed(tokens) is not var (snapshots, last))
            return Diagnostic.Create(SyntaxRules.SyntaxError, SpanOf(tokens[2]), Message);
        var statement = TextSpan.FromBounds(SpanOf(tokens[0]).Start, SpanOf(tokens[last]).End);
        var drop = $"{tokens[0].Span.ToStringValue()} {tokens[1].Span.ToStringValue()}";
        var repository = tokens[3].Span.ToStringValue();
        // Written with \n: the edit takes the script's own line breaks when it is applied (DocumentAnalysis.AsWritten).
        var on = tokens[2].Span.ToStringValue();
        var dropped = string.Join(";\n", snapshots.Select(snapshot => $"{drop} {NameText.ToSqlInAnyRelease(snapshot)} {on} {repository}"));
        // Comments inside would go with the rewritten text: then the fix is offered, said so, and never applied unasked.
        var commented = HasTextBetweenTokens(tokens, last);
        var title = snapshots.Count == 1 ? $"Change to DROP SNAPSHOT {NameText.ToSqlInAnyRelease(snapshots[0])} ON {repository}" : $"Change to {snapshots.Count} DROP SNAPSHOT statements";
        return Diagnostic.Create(SyntaxRules.SyntaxError, SpanOf(tokens[2]), Message,
            CodeFix.Replace(commented ? title + " (its comments are dropped)" : title, statement, dropped, certain: !commented));
    }

    /// <summary>Whether anything but white space (a comment) stands between the tokens up to <paramref name="last"/>.</summary>
    private static bool HasTextBetweenTokens(Token<TokenKind>[] tokens, int last)
    {
        for (var i = 0; i < last; i++)
        {
            var end = tokens[i].Span.Position.Absolute + tokens[i].Span.Length;
            if (tokens[i].Span.Source.AsSpan(end, tokens[i + 1].Span.Position.Absolute - end).Trim().Length > 0)
                return true;
        }
        return false;
    }

    /// <summary>
    /// The snapshots of <c>SNAPSHOT = 'x'</c> or <c>SNAPSHOT IN ('x', ...)</c> from token 6 on, and the index of the last
    /// token, where nothing but a `;` follows them and none is empty.
    /// </summary>
    private static (List<string> Snapshots, int Last)? SnapshotsNamed(Token<TokenKind>[] tokens)
    {
        if (tokens.Length < 8 || !IsWord(tokens[5], "SNAPSHOT"))
            return null;
        var snapshots = new List<string>();
        int last;
        if (tokens[6].Kind == TokenKind.Equals && tokens[7].Kind == TokenKind.String)
        {
            snapshots.Add(Unquote.String(tokens[7].Span.ToStringValue()));
            last = 7;
        }
        else if (IsWord(tokens[6], "IN") && tokens[7].Kind == TokenKind.LParen)
        {
            for (last = 8; ; last += 2)
            {
                if (last + 1 >= tokens.Length || tokens[last].Kind != TokenKind.String)
                    return null;
                snapshots.Add(Unquote.String(tokens[last].Span.ToStringValue()));
                if (tokens[last + 1].Kind == TokenKind.RParen)
                    break;
                if (tokens[last + 1].Kind != TokenKind.Comma)
                    return null;
            }
            last++;
        }
        else
            return null;
        // An empty name would make a statement StarRocks refuses too: no fix then.
        var rest = tokens.Length - last - 1;
        return !snapshots.Contains("") && (rest == 0 || (rest == 1 && tokens[^1].Kind == TokenKind.Semicolon)) ? (snapshots, last) : null;
    }

    private static bool IsWord(Token<TokenKind> token, string word) => token.Kind == TokenKind.Word && token.Span.EqualsValueIgnoreCase(word);
}
