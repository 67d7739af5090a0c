using BackupLsp.Language.Analysis;

namespace BackupLsp.Language.Facts;

/// <summary>The property keys of the family's jobs, the timeouts StarRocks sets, and how it reads a key.</summary>
internal static class PropertyKeys
{
    public const string Type = "type";
    public const string Timeout = "timeout";
    public const string BackupTimestamp = "backup_timestamp";
    public const string AllowLoad = "allow_load";
    public const string ReplicationNum = "replication_num";
    public const string MetaVersion = "meta_version";
    public const string StarRocksMetaVersion = "starrocks_meta_version";

    /// <summary>How long a BACKUP's snapshot is kept (StarRocks 4.2 and later; SnapshotTtl.PROP_TTL).</summary>
    public const string Ttl = "ttl";

    /// <summary>
    /// The first release whose parser trims property keys (AstBuilder.visitProperty trims the key since 3.2); 3.1 and
    /// older take a key as written, so <c>" type "</c> is an unknown key there.
    /// </summary>
    public static readonly StarRocksVersion FirstTrimmingKeys = new(3, 2);

    public const long MinimumTimeoutSeconds = 600;

    /// <summary>The timeout of a job that gives none: one day.</summary>
    public const long DefaultTimeoutSeconds = 86400;

    /// <summary>
    /// A key as StarRocks reads it: from 3.2 on (and with no version configured) trimmed as Java trims, the characters
    /// up to U+0020 and no other white space; before 3.2 as written.
    /// </summary>
    public static string KeyAsRead(string key, StarRocksVersion? version) => version < FirstTrimmingKeys ? key : JavaTrim(key);

    /// <summary>Java's String.trim: the characters up to U+0020 go from both ends, other white space stays.</summary>
    internal static string JavaTrim(string text) => text.Trim(JavaTrimmed);

    private static readonly char[] JavaTrimmed = [.. Enumerable.Range(0, ' ' + 1).Select(c => (char)c)];
}
