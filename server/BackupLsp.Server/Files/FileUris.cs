namespace BackupLsp.Server.Files;

/// <summary>Conversions between <c>file:</c> URIs and local paths, and path comparisons as the file system makes them.</summary>
public static class FileUris
{
    public static readonly StringComparer PathComparer = OperatingSystem.IsLinux() ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase;

    private static StringComparison PathComparison => OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase;

    /// <summary>
    /// A full path as a <c>file:</c> URI, each segment percent-encoded as VS Code encodes one: a <c>%</c>, <c>#</c> or
    /// <c>?</c> in a name is a character of it (.NET's <c>Uri</c> would read <c>%41</c> as an escape, naming another file).
    /// </summary>
    public static string FromPath(string path)
    {
        var slashed = path.Replace(Path.DirectorySeparatorChar, '/');
        return (slashed.StartsWith('/') ? "file://" : "file:///") + string.Join('/', slashed.Split('/').Select(Uri.EscapeDataString));
    }

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
