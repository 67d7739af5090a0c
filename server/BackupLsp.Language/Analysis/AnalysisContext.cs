using BackupLsp.Language.Catalog;

namespace BackupLsp.Language.Analysis;

/// <summary>
/// Everything besides the text that analysis depends on. Hosts keep one instance until the configuration or the
/// catalog changes: per-statement results are cached against the instance, not its contents.
/// </summary>
public sealed record AnalysisContext(AnalysisOptions Options, StarRocksCatalog? Catalog)
{
    public static readonly AnalysisContext Default = new(AnalysisOptions.Default, null);
}
