namespace BackupLsp.Server.Hosting;

/// <summary>Conversions between <c>file:</c> URIs and local paths, and path comparisons as the file system makes them.</summary>
public static class FileUris
{
    public static readonly StringComparer PathComparer = OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;

    private static StringComparison PathComparison => OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    public static string FromPath(string path) => new Uri(path).AbsoluteUri;

    public static string? ToPath(string? uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? Path.GetFullPath(parsed.LocalPath) : null;

    /// <summary>A workspace folder's path, without a trailing separator so that one folder always has one spelling.</summary>
    public static string? ToFolderPath(string? uri) => ToPath(uri) is { } path ? Path.TrimEndingDirectorySeparator(path) : null;

    /// <summary>Whether <paramref name="path"/> is inside <paramref name="folder"/> (both full paths), at any depth.</summary>
    public static bool IsWithin(string path, string folder)
    {
        var root = Path.EndsInDirectorySeparator(folder) ? folder : folder + Path.DirectorySeparatorChar;
        return path.StartsWith(root, PathComparison);
    }
}
