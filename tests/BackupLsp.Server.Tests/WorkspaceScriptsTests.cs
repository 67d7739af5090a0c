using BackupLsp.Server.Files;
using BackupLsp.Server.Hosting;

namespace BackupLsp.Server.Tests;

/// <summary>The walk over the workspace folders' scripts behind workspace symbol search: its order and its bounds.</summary>
public sealed class WorkspaceScriptsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("backup-lsp-tests-").FullName;
    private readonly StringWriter _log = new();

    public WorkspaceScriptsTests()
    {
        foreach (var script in new[] { "a.sql", Path.Combine("b", "c.sql"), Path.Combine("d", "e.sql"), Path.Combine("d", "f", "g.SQL") })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_root, script))!);
            File.WriteAllText(Path.Combine(_root, script), $"SHOW SNAPSHOT ON repo_{Path.GetFileNameWithoutExtension(script)};");
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private List<string> Walk(WorkspaceScripts scripts, params string[] skipped) =>
        [.. scripts.Outlines([_root], skipped.Select(s => Path.Combine(_root, s)).ToHashSet(), CancellationToken.None)
            .Select(outline => $"{Path.GetRelativePath(_root, outline.Path)}: {string.Join(", ", outline.Symbols.Select(s => s.Symbol.Name))}")];

    [Fact]
    public void Scripts_come_folder_by_folder_in_name_order_with_their_outlines()
    {
        Assert.Equal(
            ["a.sql: SHOW SNAPSHOT ON repo_a", $"{Path.Combine("b", "c.sql")}: SHOW SNAPSHOT ON repo_c", $"{Path.Combine("d", "e.sql")}: SHOW SNAPSHOT ON repo_e",
             $"{Path.Combine("d", "f", "g.SQL")}: SHOW SNAPSHOT ON repo_g"],
            Walk(new WorkspaceScripts(new ServerLog(_log))));
        Assert.Equal(3, Walk(new WorkspaceScripts(new ServerLog(_log)), "a.sql").Count);
        Assert.Empty(_log.ToString());
    }

    /// <summary>Dates the folders under <paramref name="folder"/> an hour back, as those of a workspace nobody is changing.</summary>
    private static void Settle(string folder)
    {
        foreach (var directory in Directory.EnumerateDirectories(folder, "*", SearchOption.AllDirectories).Append(folder))
            Directory.SetLastWriteTimeUtc(directory, DateTime.UtcNow.AddHours(-1));
    }

    /// <summary>Walks through listings that count, by folder relative to the root, how often each folder is listed.</summary>
    private (WorkspaceScripts Scripts, List<string> Listed) Counting() => Counting(out _);

    private (WorkspaceScripts Scripts, List<string> Listed) Counting(out FolderListings listings)
    {
        var listed = new List<string>();
        listings = new FolderListings(directory =>
        {
            listed.Add(Path.GetRelativePath(_root, directory));
            return ScriptFolders.List(directory);
        });
        return (new WorkspaceScripts(new ServerLog(_log), listings: listings), listed);
    }

    [Fact]
    public void An_unchanged_workspace_is_not_listed_again()
    {
        Settle(_root);
        var (scripts, listed) = Counting(out var listings);
        var first = Walk(scripts);
        Assert.Equal([".", "b", "d", Path.Combine("d", "f")], listed);
        Assert.Equal(4, listings.Count);

        listed.Clear();
        Assert.Equal(first, Walk(scripts));
        Assert.Empty(listed);

        // A folder gone: its listing is let go, and so is that of the folder that held it, whose time changed just now.
        Directory.Delete(Path.Combine(_root, "d", "f"), recursive: true);
        Assert.Equal(3, Walk(scripts).Count);
        Assert.Equal(["d"], listed);
        Assert.Equal(2, listings.Count);
    }

    [Fact]
    public void A_script_added_removed_or_renamed_is_seen_by_the_next_search_which_lists_only_its_folder_again()
    {
        Settle(_root);
        var (scripts, listed) = Counting();
        Walk(scripts);

        listed.Clear();
        File.WriteAllText(Path.Combine(_root, "d", "f", "h.sql"), "SHOW SNAPSHOT ON repo_h;");
        Assert.Contains($"{Path.Combine("d", "f", "h.sql")}: SHOW SNAPSHOT ON repo_h", Walk(scripts));
        Assert.Equal([Path.Combine("d", "f")], listed);

        File.Delete(Path.Combine(_root, "b", "c.sql"));
        Assert.DoesNotContain(Walk(scripts), script => script.StartsWith(Path.Combine("b", "c.sql"), StringComparison.Ordinal));

        File.Move(Path.Combine(_root, "d", "e.sql"), Path.Combine(_root, "d", "renamed.sql"));
        Assert.Equal(
            ["a.sql: SHOW SNAPSHOT ON repo_a", $"{Path.Combine("d", "renamed.sql")}: SHOW SNAPSHOT ON repo_e",
             $"{Path.Combine("d", "f", "g.SQL")}: SHOW SNAPSHOT ON repo_g", $"{Path.Combine("d", "f", "h.sql")}: SHOW SNAPSHOT ON repo_h"],
            Walk(scripts));

        // A folder added, and one removed with its scripts: the folders that held them are listed again.
        Directory.CreateDirectory(Path.Combine(_root, "b", "new"));
        File.WriteAllText(Path.Combine(_root, "b", "new", "x.sql"), "SHOW SNAPSHOT ON repo_x;");
        Directory.Delete(Path.Combine(_root, "d", "f"), recursive: true);
        Assert.Equal(
            ["a.sql: SHOW SNAPSHOT ON repo_a", $"{Path.Combine("b", "new", "x.sql")}: SHOW SNAPSHOT ON repo_x",
             $"{Path.Combine("d", "renamed.sql")}: SHOW SNAPSHOT ON repo_e"],
            Walk(scripts));
    }

    [Fact]
    public void A_folder_changed_moments_ago_is_listed_again_until_its_time_has_settled()
    {
        // A change in the same tick of a coarse file-system clock would leave the folder's time as it was.
        var (scripts, listed) = Counting();
        Walk(scripts);
        Walk(scripts);
        Assert.Equal(2, listed.Count(folder => folder == "."));
    }

    [Fact]
    public void A_workspace_folder_that_is_a_link_is_listed_again_when_the_folder_it_leads_to_changes()
    {
        Settle(_root);
        var link = Path.Combine(Directory.CreateTempSubdirectory("backup-lsp-link-").FullName, "workspace");
        Directory.CreateSymbolicLink(link, _root);
        Directory.SetLastWriteTimeUtc(link, DateTime.UtcNow.AddHours(-1)); // the link's own time, which no change below moves
        try
        {
            var scripts = new WorkspaceScripts(new ServerLog(_log));
            List<string> Names() => [.. scripts.Outlines([link], new HashSet<string>(), CancellationToken.None).Select(o => Path.GetFileName(o.Path))];
            Assert.Equal(["a.sql", "c.sql", "e.sql", "g.SQL"], Names());

            File.WriteAllText(Path.Combine(_root, "a2.sql"), "SHOW SNAPSHOT ON repo_a2;");
            Assert.Equal(["a.sql", "a2.sql", "c.sql", "e.sql", "g.SQL"], Names());
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(link)!, recursive: true);
        }
    }

    [Fact]
    public void A_script_written_again_in_an_unchanged_folder_is_read_again()
    {
        Settle(_root);
        var (scripts, listed) = Counting();
        Walk(scripts);
        listed.Clear();

        // Writing to a file leaves the time of its folder as it was (set back here in case a file system moves it).
        var folder = Path.Combine(_root, "b");
        var folderTime = Directory.GetLastWriteTimeUtc(folder);
        File.WriteAllText(Path.Combine(folder, "c.sql"), "SHOW SNAPSHOT ON repo_rewritten;");
        Directory.SetLastWriteTimeUtc(folder, folderTime);

        Assert.Contains($"{Path.Combine("b", "c.sql")}: SHOW SNAPSHOT ON repo_rewritten", Walk(scripts));
        Assert.Empty(listed);
    }

    [Fact]
    public void A_link_back_to_a_folder_already_searched_is_not_followed()
    {
        Directory.CreateSymbolicLink(Path.Combine(_root, "d", "f", "loop"), _root);
        Assert.Equal(4, Walk(new WorkspaceScripts(new ServerLog(_log))).Count);
        Assert.Empty(_log.ToString()); // followed, the link would have been walked round until the folder bound
    }

    [Fact]
    public void A_search_reads_a_bounded_number_of_scripts_and_says_where_it_stopped()
    {
        Assert.Equal(2, Walk(new WorkspaceScripts(new ServerLog(_log), maxScripts: 2)).Count);
        Assert.Contains("searched the first 2 scripts of the workspace", _log.ToString());
    }

    [Fact]
    public void A_search_lists_a_bounded_number_of_folders_and_says_where_it_stopped()
    {
        // The workspace folder itself, then b: d and d/f are not listed.
        Assert.Equal(["a.sql", Path.Combine("b", "c.sql")], Walk(new WorkspaceScripts(new ServerLog(_log), maxFolders: 2)).Select(s => s[..s.IndexOf(':')]));
        Assert.Contains($"searched the first 2 folders of {_root}", _log.ToString());
    }

    [Fact]
    public void A_search_given_up_stops_even_among_folders_without_scripts()
    {
        for (var i = 0; i < 50; i++)
            Directory.CreateDirectory(Path.Combine(_root, "empty", $"folder{i}"));
        using var givenUp = new CancellationTokenSource();
        givenUp.Cancel();

        var walk = new WorkspaceScripts(new ServerLog(_log)).Outlines([Path.Combine(_root, "empty")], new HashSet<string>(), givenUp.Token);

        Assert.Throws<OperationCanceledException>(() => walk.ToList());
    }
}
