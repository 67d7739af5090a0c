using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
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
        if (position.AtStatementStart)
        {
            StatementStarts(list, context.Catalog);
            return;
        }
        var older = context.Options.Version is { } version && version < StarRocksVersion.V3_4;
        var offered = position.Keywords.Where(k => IsUseful(k, list.Cursor.Tokens, position.Kind, older))
            .OrderBy(k => PluralSpellings.Contains(k) ? 2 : IsNewerForm(k, position.Kind) ? 1 : 0);
        foreach (var keyword in offered)
        {
            var detail = IsNewerForm(keyword, position.Kind) ? "keyword, StarRocks 3.4+" : "keyword";
            Func<HoverText?>? documentation = position.Kind == StatementKind.Other ? null : () => HoverTopics.Keyword(keyword, position.Kind);
            list.Add(keyword, CompletionEntryKind.Keyword, detail, documentation, keyword);
        }
    }

    /// <summary>
    /// Leaves out what the grammar accepts only to report it (TEMPORARY, a PARTITION without a table, AS in BACKUP)
    /// and PARTITION after VIEW or FUNCTION, where a view's name is far likelier than a table called VIEW.
    /// </summary>
    private static bool IsUseful(string keyword, StatementTokens tokens, StatementKind kind, bool olderVersion) => keyword switch
    {
        "TEMPORARY" => false,
        "PARTITION" or "PARTITIONS" => tokens.IsName(tokens.Split - 1) && !Keywords.IsFamilyKeyword(tokens.TextOf(tokens.Tokens[tokens.Split - 1])),
        "AS" => kind != StatementKind.Backup,
        _ => !(olderVersion && IsNewerForm(keyword, kind)),
    };

    private static bool IsNewerForm(string keyword, StatementKind kind) =>
        kind is StatementKind.Backup or StatementKind.Restore or StatementKind.CancelBackup or StatementKind.CancelRestore
        && LanguageFacts.Since34.Contains(keyword);

    private static void StatementStarts(CompletionList list, StarRocksCatalog? catalog)
    {
        foreach (var head in StatementHeads.All)
        {
            var phrase = string.Join(' ', head.Words);
            list.Add(phrase, CompletionEntryKind.Keyword, "statement", () => HoverTopics.Statement(head.Kind), phrase);
            if (CompletionTemplates.For(head, catalog) is { } template)
                list.Add(template.Label, CompletionEntryKind.Snippet, "statement template", () => HoverTopics.Statement(head.Kind), template.Snippet, isSnippet: true);
        }
    }
}
