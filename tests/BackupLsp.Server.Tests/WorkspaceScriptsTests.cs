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
