using BackupLsp.Language.Analysis;
using BackupLsp.Language.Facts;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Features;

/// <summary>
/// The catalogs a catalog switch (SET CATALOG, USE CATALOG before 3.0) may name: default_catalog and those the script names
/// (<see cref="ScriptCatalogs"/>), the one the session is in last: a switch to it changes nothing but to leave no database
/// chosen, so it is rarely the one meant.
/// </summary>
internal static class CompletionCatalogs
{
    private const string DefaultCatalog = "default_catalog";

    public static void Add(CompletionList list, AnalysisContext session, DocumentAnalysis analysis, int offset)
    {
        // From 3.0 on USE CATALOG is a syntax error, whose fix writes SET CATALOG.
        if (list.Cursor.Tokens.IsWord(0, "USE") && !(session.Options.Version < Releases.CatalogSwitchSince))
            return;
        var current = session.Catalog?.ExternalCatalog ?? DefaultCatalog;
        var written = analysis.StatementAt(offset)?.InnermostAt(offset).Span ?? new TextSpan(offset, 0);
        var named = ScriptCatalogs.Named(analysis, written).ToList();
        if (!SessionEffect.IsDefaultCatalog(current))
            Add(DefaultCatalog, "catalog, the cluster's own");
        foreach (var (name, at) in named)
            if (name != current && !SessionEffect.IsDefaultCatalog(name))
                Add(name, $"external catalog, named on line {analysis.Lines.GetPosition(at).Line + 1}");
        Add(current, "current catalog");

        void Add(string name, string detail) => list.AddName(name, CompletionEntryKind.Catalog, detail, () => HoverTopics.SessionCatalog(name));
    }
}
