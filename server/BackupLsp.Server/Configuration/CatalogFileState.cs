using BackupLsp.Server.Files;

namespace BackupLsp.Server.Configuration;

/// <summary>
/// What can be told of a catalog file without reading it: whether it exists, its length and its last write, through
/// symbolic links. Two reads that differ mean the file changed (a write that keeps both its length and its last write, as
/// <c>cp -p</c> of a file of the same size and time can, is not seen).
/// </summary>
public readonly record struct CatalogFileState(bool Exists, long Length, DateTime LastWriteUtc)
{
    public static CatalogFileState Of(string path)
    {
        try
        {
            var file = new FileInfo(FileLinks.FinalTarget(path) ?? path);
            return file.Exists ? new CatalogFileState(true, file.Length, file.LastWriteTimeUtc) : default;
        }
        // A file being replaced, a folder that cannot be read: no file, for now.
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return default;
        }
    }
}
