namespace BackupLsp.Language.Tests;

/// <summary>Locates files of the source tree, so that baselines are read from and regenerated into it.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string TestProject => Path.Combine(Root, "tests", "BackupLsp.Language.Tests");

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
            if (File.Exists(Path.Combine(directory.FullName, "BackupLsp.sln")))
                return directory.FullName;
        throw new InvalidOperationException("BackupLsp.sln not found above the test's output directory.");
    }
}
