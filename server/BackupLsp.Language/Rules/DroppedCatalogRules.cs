using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Facts;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Rules;

/// <summary>
/// A catalog a DROP CATALOG earlier in this script dropped, and no CREATE EXTERNAL CATALOG or RESTORE made again since
/// (<see cref="Catalog.StarRocksCatalog.DroppedCatalogs"/>), where StarRocks looks it up: a switch to it (SET CATALOG c,
/// <c>USE 'CATALOG c'</c>, <c>USE CATALOG c</c> before 3.0: ConnectContext.changeCatalog, "Unknown catalog 'c'"), a USE of
/// one of its databases (<c>USE c.db</c>: changeCatalogDb, likewise), a BACKUP's EXTERNAL CATALOG list
/// (CatalogRef.analyzeForBackup, "external catalog c does not existed."), and a <c>USE db</c> in a session whose catalog it
/// is: StarRocks does not refuse a DROP of the session's catalog, which stays the session's, and changeCatalogDb then finds
/// no database in it ("Unknown database 'db'"). Each fails and switches nothing. A fact of the script: reported with or
/// without a catalog file.
/// </summary>
internal static class DroppedCatalogRules
{
    public static readonly RuleDescriptor DroppedCatalog = new("SRB612", "dropped-catalog", DiagnosticSeverity.Error,
        "A catalog a DROP CATALOG earlier in this script dropped, named in SET CATALOG, USE or a BACKUP's EXTERNAL CATALOG list, or a USE db in the session's catalog once it is dropped: StarRocks fails the statement, which switches nothing.");

    public static readonly IReadOnlyList<RuleDescriptor> All = [DroppedCatalog];

    /// <summary>A BACKUP's EXTERNAL CATALOG list (ALL EXTERNAL CATALOGS takes those that exist).</summary>
    public static void Check(RuleContext context)
    {
        if (context.Catalog is not { DroppedCatalogs.IsEmpty: false } catalog
            || context.Syntax is not SnapshotJobStatement { Kind: JobKind.Backup, External.Catalogs: var listed })
            return;
        foreach (var named in listed)
            if (catalog.DroppedCatalogs.Contains(named.Name.Value))
                context.Report(Diagnostic.Create(DroppedCatalog, named.Name.Span,
                    $"{Dropped(named.Name.Value)}: StarRocks fails the BACKUP (\"external catalog {named.Name.Value} does not existed.\"). Create it again before, or leave it out.")
                    with { OnDroppedCatalog = named.Name.Value });
    }

    /// <summary>What a USE or SET CATALOG fails on: the catalog it switches to or names, or the database of a dropped session catalog.</summary>
    public static Diagnostic? Check(ReadOnlySpan<char> own, AnalysisContext context)
    {
        if (context.Catalog is not { DroppedCatalogs.IsEmpty: false } catalog || SessionEffect.Read(own) is not var (effect, names))
            return null;
        switch (effect.Kind)
        {
            // A switch the configured release lacks fails for that (SRB500, SRB001), whatever it names.
            case SessionEffectKind.SetCatalog or SessionEffectKind.UseCatalog when context.Options.Version < Releases.CatalogSwitchSinceFor(effect.Kind):
            case SessionEffectKind.LegacyUseCatalog when !(context.Options.Version < Releases.CatalogSwitchSince):
                return null;
            case SessionEffectKind.SetCatalog or SessionEffectKind.UseCatalog or SessionEffectKind.LegacyUseCatalog when catalog.DroppedCatalogs.Contains(effect.Name):
                var statement = effect.Kind == SessionEffectKind.SetCatalog ? "SET CATALOG" : "USE";
                return Diagnostic.Create(DroppedCatalog, SessionEffect.CatalogInString(own, names.Name.Span, effect.Name) ?? names.Name.Span,
                    $"{Dropped(effect.Name)}: StarRocks fails the {statement} (\"Unknown catalog '{effect.Name}'\") and switches nothing.")
                    with { OnDroppedCatalog = effect.Name };
            case SessionEffectKind.UseDatabase when effect.Catalog is { } named && catalog.DroppedCatalogs.Contains(named)
                && SessionEffect.UsedCatalog(own) is { } qualifier:
                return Diagnostic.Create(DroppedCatalog, qualifier,
                    $"{Dropped(named)}: StarRocks fails the USE (\"Unknown catalog '{named}'\") and switches nothing.") with { OnDroppedCatalog = named };
            case SessionEffectKind.UseDatabase when effect.Catalog is null && catalog.ExternalCatalog is { } current && catalog.DroppedCatalogs.Contains(current):
                return Diagnostic.Create(DroppedCatalog, names.Name.Span,
                    $"The session is in catalog {MessageNames.Object(current)}, which a DROP CATALOG earlier in this script dropped: StarRocks finds no database {MessageNames.Object(effect.Name)} there (\"Unknown database '{effect.Name}'\") and switches nothing. Switch catalogs first (SET CATALOG), or name the catalog (USE catalog.db).")
                    with { OnDroppedCatalog = current };
            default:
                return null;
        }
    }

    /// <summary>
    /// The blocks' diagnostics on dropped catalogs, placed in the document, each linked to the DROP CATALOG that dropped its
    /// catalog last before it (see <see cref="CatalogDrops"/>).
    /// </summary>
    public static IEnumerable<Diagnostic> Linked(ImmutableArray<StatementBlock> blocks, ImmutableArray<int> starts)
    {
        var drops = new CatalogDrops(blocks, starts);
        for (var i = 0; i < blocks.Length; i++)
            foreach (var diagnostic in blocks[i].OnDroppedCatalogs)
            {
                var catalog = diagnostic.OnDroppedCatalog!;
                yield return diagnostic.Shift(starts[i]) with
                {
                    Related = drops.Before(catalog, starts[i] + diagnostic.Span.Start) is { } drop
                        ? [new RelatedSpan(drop, $"The DROP CATALOG that drops catalog {MessageNames.Object(catalog)}")] : [],
                };
            }
    }

    private static string Dropped(string catalog) =>
        $"Catalog {MessageNames.Object(catalog)} was dropped by a DROP CATALOG earlier in this script, and no CREATE EXTERNAL CATALOG or RESTORE made it again";
}
