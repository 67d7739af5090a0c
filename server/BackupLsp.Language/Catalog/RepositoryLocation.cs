namespace BackupLsp.Language.Catalog;

/// <summary>
/// A repository's location as the storage reads it. StarRocks keeps each repository's snapshots under
/// <c>location/__starrocks_repository_name/</c> (Repository.assembleJobInfoFilePath, listSnapshots): two repositories see
/// the same snapshots only with the same name at the same location. Hadoop's paths take a scheme in any case and drop a
/// trailing <c>/</c>, and StarRocks reads <c>s3://</c> with the same client as <c>s3a://</c> (HdfsFsManager sets
/// fs.s3.impl to S3AFileSystem), so those are one location.
/// </summary>
internal static class RepositoryLocation
{
    /// <summary>The location written so that two that name the same storage path are equal; null for none or an empty one.</summary>
    public static string? Normalized(string? location)
    {
        if (string.IsNullOrEmpty(location))
            return null;
        var separator = location.IndexOf("://", StringComparison.Ordinal);
        var scheme = separator > 0 ? location.AsSpan(0, separator) : default;
        var path = separator > 0 ? location.AsSpan(separator + 3) : location.AsSpan();
        var trimmed = path.TrimEnd('/');
        var s3 = scheme.Equals("s3", StringComparison.OrdinalIgnoreCase);
        // Most locations are written so already: kept as they are, without a copy.
        if (trimmed.Length == path.Length && !s3 && !scheme.ContainsAnyInRange('A', 'Z'))
            return location;
        if (separator <= 0)
            return trimmed.ToString();
        return $"{(s3 ? "s3a" : scheme.ToString().ToLowerInvariant())}://{trimmed}";
    }
}
