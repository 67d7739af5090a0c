using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Facts;

/// <summary>
/// The releases that brought the newer forms the version rule, completion and hover all follow (a threshold only one rule
/// reads stays beside that rule).
/// </summary>
internal static class Releases
{
    public static readonly StarRocksVersion ShowClausesSince = new(4, 1);

    /// <summary>
    /// USE 'CATALOG c' came in 3.0 (and SET CATALOG with it), replacing the older releases' USE CATALOG c.
    /// </summary>
    public static readonly StarRocksVersion CatalogSwitchSince = new(3, 0);

    /// <summary>
    /// SET CATALOG came to branch-2.5 too (PR #19174, March 8, 2023), beside its USE CATALOG c. 2.5.2 (February 21) came
    /// before it; whether 2.5.3 (March 10) has it is not known, so it is taken to: a warning left unsaid on 2.5.3 rather
    /// than a false one.
    /// </summary>
    public static readonly StarRocksVersion SetCatalogSince = new(2, 5, 3);

    /// <summary>The release that brought a catalog switch of this kind (SET CATALOG, or USE 'CATALOG c').</summary>
    public static StarRocksVersion CatalogSwitchSinceFor(SessionEffectKind kind) =>
        kind == SessionEffectKind.SetCatalog ? SetCatalogSince : CatalogSwitchSince;

    /// <summary>
    /// SHOW SNAPSHOT's <c>SNAPSHOT IN (...)</c> came in 3.0 (PR #17528, not taken into 2.5): before it ShowSnapshotAnalyzer
    /// let an IN through unread, and every snapshot was listed.
    /// </summary>
    public static readonly StarRocksVersion SnapshotInSince = new(3, 0);

    public static readonly StarRocksVersion DropSnapshotSince = new(4, 2);

    /// <summary>BACKUP's <c>ttl</c> came with DROP SNAPSHOT: before it, StarRocks refuses the key as unknown.</summary>
    public static readonly StarRocksVersion TtlSince = DropSnapshotSince;

    /// <summary>The release a statement came in, where that is later than the seed forms' (null for the rest).</summary>
    public static StarRocksVersion? StatementSince(StatementKind kind) => kind == StatementKind.DropSnapshot ? DropSnapshotSince : null;

    /// <summary>The release a keyword's form came in, where that is later than 3.3 (null for the rest).</summary>
    public static StarRocksVersion? KeywordSince(string keyword, StatementKind kind)
    {
        if (kind is StatementKind.Backup or StatementKind.Restore or StatementKind.CancelBackup or StatementKind.CancelRestore
            && LanguageFacts.Since34.Contains(keyword))
            return StarRocksVersion.V3_4;
        return IsNewShowClause(kind, keyword) ? ShowClausesSince : null;
    }

    /// <summary>
    /// Whether a clause of a SHOW, by its upper-case keyword (WHERE, ORDER or LIMIT), came with 4.1. Before it StarRocks'
    /// grammar took none after SHOW BACKUP and SHOW REPOSITORIES, and only a WHERE after SHOW RESTORE (which nothing read:
    /// VersionRules warns of it) and SHOW SNAPSHOT.
    /// </summary>
    public static bool IsNewShowClause(StatementKind kind, string keyword) =>
        kind is StatementKind.ShowBackup or StatementKind.ShowRestore or StatementKind.ShowSnapshot or StatementKind.ShowRepositories
        && keyword switch
        {
            "ORDER" or "LIMIT" => true,
            "WHERE" => kind is StatementKind.ShowBackup or StatementKind.ShowRepositories,
            _ => false,
        };
}
