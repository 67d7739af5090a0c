namespace BackupLsp.Server.Hosting;

/// <summary>Conversions between <c>file:</c> URIs and local paths.</summary>
public static class FileUris
{
    public static string? ToPath(string? uri) =>
        Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? Path.GetFullPath(parsed.LocalPath) : null;

    public static bool SamePath(string a, string b) =>
        string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), OperatingSystem.IsLinux() ? StringComparison.Ordinal : StringComparison.OrdinalIgnoreCase);
}
