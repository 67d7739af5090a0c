using BackupLsp.Server.Files;


namespace BackupLsp.Server.Tests;

/// <summary>The folder walk shared by workspace symbol search and <c>backup-lsp check</c>: what it says of a folder it cannot list.</summary>
public sealed class ScriptFoldersTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("backup-lsp-folders-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void A_folder_that_cannot_be_listed_is_told_of_and_the_walk_goes_on()
    {
        foreach (var script in new[] { "a/1.sql", "b/2.sql", "c/3.sql" })
        {
            Directory.CreateDirectory(Path.Combine(_root, Path.GetDirectoryName(script)!));
            File.WriteAllText(Path.Combine(_root, script), "");
        }
        var unlistable = new List<string>();
        var found = new List<string>();

        // b goes away after the root is listed and before b is: a folder as unreadable to the walk as one without
        // permission, also to a privileged user.
        foreach (var script in ScriptFolders.ScriptsUnder(_root, (folder, _) => unlistable.Add(folder)))
        {
            found.Add(Path.GetRelativePath(_root, script));
            if (found.Count == 1)
                Directory.Delete(Path.Combine(_root, "b"), recursive: true);
        }

        Assert.Equal([Path.Combine("a", "1.sql"), Path.Combine("c", "3.sql")], found);
        Assert.Equal([Path.Combine(_root, "b")], unlistable);
    }
}
