using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Facts;
using BackupLsp.Language.Rules;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Features;

/// <summary>The keywords the grammar accepts next and, at a statement's start, the statement heads and templates.</summary>
internal static class CompletionKeywords
{
    private static readonly HashSet<string> PluralSpellings = new(StringComparer.Ordinal)
    {
        "PARTITIONS", "TABLES", "VIEWS", "FUNCTIONS", "CATALOGS",
    };

    public static void Add(CompletionList list, ParserPosition position, AnalysisContext context)
    {
        var version = context.Options.Version;
        if (position.AtStatementStart)
        {
            AddStatementStarts(list, context);
            return;
        }
        // Read once for all the keywords: whether the clauses a backup or restore statement says already rule some out.
        var clauseLevel = position.Kind is StatementKind.Backup or StatementKind.Restore && StatementClues.AtClauseLevel(list.Cursor.Tokens);
        var offered = position.Keywords.Where(k => IsUseful(k, list.Cursor.Tokens, position.Kind, clauseLevel, version, context.Catalog))
            .OrderBy(k => PluralSpellings.Contains(k) ? 2 : Releases.KeywordSince(k, position.Kind) is not null ? 1 : 0)
            .ToList();
        var lowerCase = WritesLowerCase(list.Cursor, offered);
        foreach (var keyword in offered)
        {
            var detail = Releases.KeywordSince(keyword, position.Kind) is { } since ? $"keyword, StarRocks {since}+" : "keyword";
            // A keyword that goes on with the statement's head (SHOW |SNAPSHOT) is documented as the statement it makes.
            Func<HoverText?>? documentation = StatementNamedBy(list.Cursor.Tokens, keyword) is { } named ? () => HoverTopics.Statement(named)
                : position.Kind != StatementKind.Other ? () => HoverTopics.Keyword(keyword, position.Kind, version)
                : null;
            var text = lowerCase ? keyword.ToLowerInvariant() : keyword;
            list.Add(text, CompletionEntryKind.Keyword, detail, documentation, text);
        }
    }

    /// <summary>
    /// Keywords a feature knows come next where the grammar cannot tell (in a SHOW's condition, say), documented as hover
    /// documents them, in the case the statement is written in.
    /// </summary>
    internal static void AddWords(CompletionList list, StatementKind kind, IReadOnlyCollection<string> keywords)
    {
        var lowerCase = WritesLowerCase(list.Cursor, keywords);
        foreach (var keyword in keywords)
        {
            var text = lowerCase ? keyword.ToLowerInvariant() : keyword;
            list.Add(text, CompletionEntryKind.Keyword, "keyword", () => HoverTopics.Keyword(keyword, kind, list.Version), text);
        }
    }

    /// <summary>Operators a feature knows come next (after a SHOW's column), documented as hover documents them.</summary>
    internal static void AddOperators(CompletionList list, IEnumerable<LanguageFacts.OperatorFact> operators)
    {
        foreach (var fact in operators)
            list.Add(fact.Operator, CompletionEntryKind.Operator, "operator", () => HoverTopics.Operator(fact), fact.Operator);
    }

    /// <summary>
    /// Whether keywords go in lower case: the start of a keyword being typed is (<c>snap|</c>), or else the statement's
    /// first word is (<c>backup snapshot db.s |</c>), as a fix writes them (<see cref="Keywords.InCaseOf"/>). Upper case
    /// otherwise, as StarRocks' documentation writes them.
    /// </summary>
    internal static bool WritesLowerCase(CompletionCursor cursor, IEnumerable<string> keywords)
    {
        var tokens = cursor.Tokens;
        var typed = cursor.Partial is { Kind: TokenKind.Word } partial ? tokens.TextOf(partial) : null;
        var sample = typed is not null && keywords.Any(k => k.StartsWith(typed, StringComparison.OrdinalIgnoreCase)) ? typed
            : tokens.Split > 0 && tokens.IsKind(0, TokenKind.Word) ? tokens.TextOf(tokens.Tokens[0])
            : null;
        return sample is not null && Keywords.IsInLowerCase(sample);
    }

    /// <summary>
    /// Leaves out the keyword that follows the cursor already, what the grammar accepts only to report it (TEMPORARY,
    /// a PARTITION without a table, AS in BACKUP, CREATE REPOSITORY's ON before WITH BROKER), the clauses a backup or
    /// restore statement may not combine with what it says already, PARTITION or AS after a word that starts another kind
    /// of item (VIEW, FUNCTION...), where that item, whose name comes first, is far likelier than a table of that name the
    /// catalog does not list, and what the configured version does not take yet, or ignores (SHOW RESTORE's WHERE).
    /// </summary>
    /// <param name="clauseLevel">Whether the cursor is between the clauses of a backup or restore statement.</param>
    private static bool IsUseful(string keyword, StatementTokens tokens, StatementKind kind, bool clauseLevel, StarRocksVersion? version, StarRocksCatalog? catalog) =>
        !tokens.IsWord(tokens.Split, keyword) && keyword switch
        {
            "TEMPORARY" => false,
            // ALL TABLES once is all of them: a second would repeat it.
            "TABLE" or "TABLES" or "VIEW" or "VIEWS" or "FUNCTION" or "FUNCTIONS" or "MATERIALIZED" when tokens.IsWord(tokens.Split - 1, "ALL") =>
                !ListsAllAlready(tokens, keyword.TrimEnd('S')) && !(version < Releases.KeywordSince(keyword, kind)),
            "PARTITION" or "PARTITIONS" => tokens.IsName(tokens.Split - 1) && MayBeTable(tokens, tokens.Split - 1, catalog, version),
            "AS" => kind != StatementKind.Backup && (!tokens.IsName(tokens.Split - 1) || MayBeTable(tokens, tokens.Split - 1, catalog, version)),
            "ON" when kind == StatementKind.CreateRepository => tokens.IndexOfWord("WITH") is >= 0 and var with && with < tokens.Split,
            // Releases before 4.1 accept SHOW RESTORE's WHERE and ignore it: not offered where it would do nothing.
            "WHERE" when kind == StatementKind.ShowRestore => !(version < Releases.ShowClausesSince),
            _ when clauseLevel && !Combines(keyword, tokens, kind) => false,
            // DROP |SNAPSHOT: the statement the keyword would make.
            _ when StatementNamedBy(tokens, keyword) is { } named && version < Releases.StatementSince(named) => false,
            _ => !(version < Releases.KeywordSince(keyword, kind)),
        };

    /// <summary>
    /// Whether the words before the cursor hold <c>ALL</c> then <paramref name="kind"/> already, in either number (<c>ON (ALL
    /// TABLES, ALL |</c>: StarRocks takes ALL TABLE for ALL TABLES).
    /// </summary>
    private static bool ListsAllAlready(StatementTokens tokens, string kind)
    {
        for (var i = 0; i < tokens.Split - 2; i++)
            if (tokens.IsWord(i, "ALL") && (tokens.IsWord(i + 1, kind) || tokens.IsWord(i + 1, kind + "S")))
                return true;
        return false;
    }

    /// <summary>
    /// Whether a clause goes with the rest of a BACKUP or RESTORE (spec: DATABASE db with db.snap, an external-catalog form
    /// with DATABASE, db. or ON, and a RESTORE ON with no database are errors).
    /// </summary>
    private static bool Combines(string keyword, StatementTokens tokens, StatementKind kind) => keyword switch
    {
        "DATABASE" => StatementClues.SnapshotDatabase(tokens) < 0 && !StatementClues.IsExternalCatalogForm(tokens),
        "ALL" or "EXTERNAL" => !StatementClues.NamesDatabase(tokens) && tokens.IndexOfWord("ON") < 0,
        "ON" => !StatementClues.IsExternalCatalogForm(tokens) && (kind == StatementKind.Backup || StatementClues.NamesDatabase(tokens)),
        _ => true,
    };

    private static readonly HashSet<string> ItemKindWords = new(StringComparer.OrdinalIgnoreCase) { "VIEW", "FUNCTION", "MATERIALIZED", "TEMPORARY" };

    /// <summary>Whether the name at <paramref name="index"/> may be a table's: a qualified or quoted name, a word that starts no other item and the configured release does not reserve, or one the catalog lists as a table.</summary>
    private static bool MayBeTable(StatementTokens tokens, int index, StarRocksCatalog? catalog, StarRocksVersion? version)
    {
        if (!tokens.IsKind(index, TokenKind.Word) || tokens.IsKind(index - 1, TokenKind.Dot))
            return true;
        var word = tokens.TextOf(tokens.Tokens[index]);
        if (!Keywords.IsReserved(word, version) && !ItemKindWords.Contains(word))
            return true;
        return StatementClues.Database(tokens, catalog) is { } database && catalog?.FindDatabase(database)?.Tables?.ContainsKey(word) == true;
    }

    /// <summary>The statement whose head the keyword (or phrase: READ ONLY) goes on with, while the head is being typed (<c>SHOW |</c>).</summary>
    /// <remarks>Runs for every keyword a completion offers, so it compares in place, allocating nothing.</remarks>
    private static StatementKind? StatementNamedBy(StatementTokens tokens, string keyword)
    {
        foreach (var head in StatementHeads.All)
            if (GoesOnWith(head.Phrase, tokens.Split, keyword) && Typed(head.Phrase, tokens))
                return head.Kind;
        return null;
    }

    /// <summary>Whether the head's phrase from index <paramref name="from"/> on starts with the keyword's (space-separated) words.</summary>
    private static bool GoesOnWith(string[] head, int from, string keyword)
    {
        var index = from;
        foreach (var word in keyword.AsSpan().Split(' '))
            if (index >= head.Length || !head[index++].AsSpan().SequenceEqual(keyword.AsSpan()[word]))
                return false;
        return true;
    }

    /// <summary>Whether the statement's words before the cursor are the first words of the head's phrase.</summary>
    private static bool Typed(string[] head, StatementTokens tokens)
    {
        for (var i = 0; i < tokens.Split; i++)
            if (!tokens.IsWord(i, head[i]))
                return false;
        return true;
    }

    /// <summary>
    /// The statement heads and templates, in the session the statement starts in. Before the rest of a statement on the
    /// line (<c>BAC|KUP SNAPSHOT ...</c>), the heads' first words alone, and only those the next word may follow: a
    /// head's other words, or a template, would repeat what follows, and RESTORE before `DATABASE db TO` would break it.
    /// USE and the catalog switch come last, where no word follows: other SQL, but the database and catalog they choose
    /// are those the statements after them work in, and a script often starts with them. The switch is SET CATALOG, or
    /// USE CATALOG under a release that lacks SET CATALOG (before 2.5.3), whose switch that was.
    /// </summary>
    public static void AddStatementStarts(CompletionList list, AnalysisContext context)
    {
        var (catalog, version) = (context.Catalog, context.Options.Version);
        var lowerCase = WritesLowerCase(list.Cursor, StatementHeads.All.Select(h => h.Words[0]).Append(Use).Append(Set));
        var firstWordOnly = list.Cursor.GoesOnInLine;
        var tokens = list.Cursor.Tokens;
        var next = firstWordOnly && tokens.Split < tokens.Tokens.Length && tokens.Tokens[tokens.Split].Kind == TokenKind.Word
            ? tokens.Text.Substring(tokens.Tokens[tokens.Split].Span.Start, tokens.Tokens[tokens.Split].Span.Length).ToUpperInvariant()
            : null;
        foreach (var head in StatementHeads.All)
        {
            if (version < Releases.StatementSince(head.Kind) || (next is not null && !MayPrecede(head.Words[0], next)))
                continue;
            var phrase = firstWordOnly ? head.Words[0] : string.Join(' ', head.Phrase);
            if (lowerCase)
                phrase = phrase.ToLowerInvariant();
            // A first word several statements share (SHOW) documents none of them.
            var documented = !firstWordOnly || StatementHeads.All.Count(other => other.Words[0] == head.Words[0]) == 1;
            list.Add(phrase, CompletionEntryKind.Keyword, "statement", documented ? () => HoverTopics.Statement(head.Kind) : null, phrase);
            if (!firstWordOnly && CompletionTemplates.For(head, catalog, version, lowerCase) is { } template)
                list.Add(template.Label, CompletionEntryKind.Snippet, "statement template", () => HoverTopics.Statement(head.Kind), template.Snippet, isSnippet: true);
        }
        if (next is null)
        {
            var use = lowerCase ? Use.ToLowerInvariant() : Use;
            list.Add(use, CompletionEntryKind.Keyword, "statement", HoverTopics.Use, use);
            var (catalogSwitch, documentation) = version < Releases.SetCatalogSince
                ? ($"{Use} CATALOG", (Func<HoverText?>)HoverTopics.LegacyUseCatalog) : ($"{Set} CATALOG", HoverTopics.SetCatalog);
            if (lowerCase)
                catalogSwitch = catalogSwitch.ToLowerInvariant();
            list.Add(catalogSwitch, CompletionEntryKind.Keyword, "statement", documentation, catalogSwitch);
        }
    }

    private const string Use = "USE";

    private const string Set = "SET";

    /// <summary>For each statement's first word, the first words of what the grammar takes after it (BACKUP: SNAPSHOT, DATABASE, ALL, EXTERNAL).</summary>
    private static readonly Dictionary<string, HashSet<string>> FollowingWords = StatementHeads.All.Select(h => h.Words[0]).Distinct()
        .ToDictionary(first => first, first => ExpectationProbe.After(first, SyntaxToken.Scan(first).AsSpan()) is { } position
            ? position.Keywords.Select(k => k.Split(' ')[0]).ToHashSet(StringComparer.Ordinal)
            : [], StringComparer.Ordinal);

    /// <summary>Whether a statement that starts with <paramref name="first"/> may have <paramref name="next"/> (upper case) as its second word.</summary>
    private static bool MayPrecede(string first, string next) => FollowingWords[first].Contains(next);
}
