namespace BackupLsp.Server.Tests.Infrastructure;

/// <summary>A temporary folder of scripts for one test, deleted with it.</summary>
public sealed class ScratchFolder : IDisposable
{
    public string Root { get; } = Directory.CreateTempSubdirectory("backup-lsp-tests-").FullName;

    public string PathOf(string relative) => Path.Combine(Root, relative);

    /// <summary>Writes a file under the folder, making the folders it lies in; returns its path.</summary>
    public string Write(string relative, string text)
    {
        var path = PathOf(relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
        return path;
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);
}
