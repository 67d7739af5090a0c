using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Facts;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Features;

/// <summary>
/// The catalogs a statement may name: default_catalog and those the script names (<see cref="ScriptCatalogs"/>), where
/// the session switches catalogs (SET CATALOG, USE CATALOG before 3.0, <c>USE 'CATALOG c'</c>) or qualifies the database a
/// USE switches to (<c>USE c.db</c>), and the external ones a BACKUP or RESTORE of external catalogs may name.
/// </summary>
internal static class CompletionCatalogs
{
    private const string DefaultCatalog = "default_catalog";

    private const string CatalogKeyword = "CATALOG";

    /// <summary>After SET CATALOG (before 3.0 USE CATALOG): every catalog, the one the session is in last.</summary>
    public static void Add(CompletionList list, AnalysisContext session, DocumentAnalysis analysis, int offset)
    {
        // From 3.0 on USE CATALOG is a syntax error, whose fix writes SET CATALOG.
        if (list.Cursor.Tokens.IsWord(0, "USE") && !(session.Options.Version < Releases.CatalogSwitchSince))
            return;
        foreach (var (name, detail) in InOrder(session, analysis, offset))
            list.AddName(name, CompletionEntryKind.Catalog, detail, () => HoverTopics.SessionCatalog(name));
    }

    /// <summary>
    /// A USE's catalogs: in its string from 3.0 on (<c>USE 'CATALOG |'</c>), every catalog as a switch; before a dot
    /// (<c>USE c|.db</c>), where the word is the catalog, every catalog and no database. Whether either applies.
    /// </summary>
    public static bool AddToUse(CompletionList list, ParserPosition position, AnalysisContext session, DocumentAnalysis analysis, int offset)
    {
        var (cursor, tokens) = (list.Cursor, list.Cursor.Tokens);
        if (!AtUsedDatabase(position, tokens))
            return false;
        if (cursor.InString)
        {
            if (!(session.Options.Version < Releases.CatalogSwitchSince) && SwitchWritten(cursor) is { } keyword)
                foreach (var (name, detail) in InOrder(session, analysis, offset))
                {
                    var label = $"{keyword} {name}";
                    list.Add(label, CompletionEntryKind.Catalog, detail, () => HoverTopics.SessionCatalog(name), list.Quoted(label));
                }
            return true;
        }
        if (!tokens.IsKind(tokens.Split, TokenKind.Dot))
            return false;
        foreach (var (name, detail) in InOrder(session, analysis, offset))
            list.AddName(name, CompletionEntryKind.Catalog, detail, () => HoverTopics.SessionCatalog(name));
        return true;
    }

    /// <summary>
    /// After a plain <c>USE |</c>'s databases, the other catalogs with their dot (<c>USE hive.db</c>): a database of another
    /// catalog. Not the session's own, which the dot would name for nothing. After a backtick each is a backticked part of
    /// its own (<c>USE `hive`.`db`</c>), its dot after the closing backtick.
    /// </summary>
    public static void AddQualifiers(CompletionList list, ParserPosition position, AnalysisContext session, DocumentAnalysis analysis, int offset)
    {
        var tokens = list.Cursor.Tokens;
        if (!AtUsedDatabase(position, tokens))
            return;
        var current = session.Catalog?.ExternalCatalog ?? DefaultCatalog;
        foreach (var (name, detail) in InOrder(session, analysis, offset))
            if (name != current)
                // default_catalog's databases follow its dot; an external catalog's are not known.
                list.AddName(name, CompletionEntryKind.Catalog, detail, () => HoverTopics.SessionCatalog(name), ".",
                    listFollows: SessionEffect.IsDefaultCatalog(name));
    }

    /// <summary>
    /// In a BACKUP's or RESTORE's <c>EXTERNAL CATALOG(S) (...)</c>, the external catalogs the script names, but those the
    /// list names already; a RESTORE's first those its snapshot's BACKUP takes, the only ones it can restore. Not
    /// default_catalog, which StarRocks refuses there (CatalogRef.analyzeForBackup: "Do not support Backup/Restore the
    /// entire default catalog"). After a RESTORE's <c>c AS</c>, the same as the catalog's new name.
    /// </summary>
    public static void AddExternal(CompletionList list, ParserPosition position, StarRocksCatalog? catalog, DocumentAnalysis analysis, int offset,
        Lazy<ScriptNames> made)
    {
        var tokens = list.Cursor.Tokens;
        var newName = position.Kind == StatementKind.Restore && position.Expects(Expectations.AliasName);
        if (position.Kind is not (StatementKind.Backup or StatementKind.Restore) || !(newName || position.Expects(Expectations.CatalogName))
            || StatementClues.ExternalCatalogList(tokens) is var open && open < 0)
            return;
        var listed = StatementClues.ListedCatalogs(tokens, open).ToHashSet(StringComparer.Ordinal);
        if (position.Kind == StatementKind.Restore && !newName && made.Value.RestoredCatalogs(tokens, catalog) is var (taken, line))
            foreach (var name in taken)
                Add(name, $"external catalog in the snapshot, backed up on line {line}");
        foreach (var (name, at) in ScriptCatalogs.Named(analysis, Written(analysis, offset)))
            Add(name, $"external catalog, named on line {analysis.Lines.GetPosition(at).Line + 1}");

        void Add(string name, string detail)
        {
            if (!listed.Contains(name) && !SessionEffect.IsDefaultCatalog(name))
                list.AddName(name, CompletionEntryKind.Catalog, detail, () => HoverTopics.ExternalCatalog(name));
        }
    }

    /// <summary>
    /// default_catalog, then those the script names (<see cref="ScriptCatalogs.Named"/>), the one the session is in last: a
    /// switch to it changes nothing but to leave no database chosen, so it is rarely the one meant. Not that one where a DROP
    /// CATALOG dropped it: StarRocks leaves the session in it, and fails a switch to it.
    /// </summary>
    private static IEnumerable<(string Name, string Detail)> InOrder(AnalysisContext session, DocumentAnalysis analysis, int offset)
    {
        var current = session.Catalog?.ExternalCatalog ?? DefaultCatalog;
        if (!SessionEffect.IsDefaultCatalog(current))
            yield return (DefaultCatalog, "catalog, the cluster's own");
        foreach (var (name, at) in ScriptCatalogs.Named(analysis, Written(analysis, offset)))
            if (name != current && !SessionEffect.IsDefaultCatalog(name))
                yield return (name, $"external catalog, named on line {analysis.Lines.GetPosition(at).Line + 1}");
        if (session.Catalog?.DroppedCatalogs.Contains(current) != true)
            yield return (current, "current catalog");
    }

    /// <summary>Whether the word at the split is the name right after a USE: its database, or the catalog that qualifies it.</summary>
    private static bool AtUsedDatabase(ParserPosition position, StatementTokens tokens) =>
        position.Kind == StatementKind.Other && position.Expects(Expectations.DatabaseName) && tokens.IsWord(0, "USE") && tokens.Split == 1;

    /// <summary>The statement being written, whose own namings are not offered back.</summary>
    private static TextSpan Written(DocumentAnalysis analysis, int offset) =>
        analysis.StatementAt(offset)?.InnermostAt(offset).Span ?? new TextSpan(offset, 0);

    /// <summary>
    /// The CATALOG keyword of <c>USE 'CATALOG c'</c> as the string should write it, in the case typed (or else the USE's);
    /// null where the string typed holds something else (a database: <c>USE 'db'</c> is not read as a switch).
    /// </summary>
    private static string? SwitchWritten(CompletionCursor cursor)
    {
        var typed = cursor.Typed.TrimStart('\'', '"');
        var word = typed.Split(' ', 2)[0];
        if (!(typed.Contains(' ') ? word.Equals(CatalogKeyword, StringComparison.OrdinalIgnoreCase) : CatalogKeyword.StartsWith(word, StringComparison.OrdinalIgnoreCase)))
            return null;
        var sample = word.Length > 0 ? word : cursor.Tokens.TextOf(cursor.Tokens.Tokens[0]);
        return Keywords.IsInLowerCase(sample) ? CatalogKeyword.ToLowerInvariant() : CatalogKeyword;
    }
}
