namespace BackupLsp.Language.Tests.Baselines;

/// <summary>
/// Compares a rendering with its checked-in <c>.expected.txt</c> file. With <c>BACKUPLSP_UPDATE_BASELINES=1</c> the
/// files are rewritten instead; review the change with git diff.
/// </summary>
internal static class Baseline
{
    private static bool Updating => Environment.GetEnvironmentVariable("BACKUPLSP_UPDATE_BASELINES") == "1";

    public static string FeatureFolder(string feature) => Path.Combine(RepositoryPaths.TestProject, "Features", "Baselines", feature);

    public static TheoryData<string> Cases(string feature) =>
        [.. Directory.EnumerateFiles(FeatureFolder(feature), "*.sql").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    /// <summary>Compares <paramref name="actual"/> with the expected file beside <paramref name="sqlPath"/>, or rewrites it.</summary>
    public static void Check(string sqlPath, string actual)
    {
        var expectedPath = Path.ChangeExtension(sqlPath, ".expected.txt");
        if (Updating)
        {
            File.WriteAllText(expectedPath, actual);
            return;
        }
        Assert.True(File.Exists(expectedPath), $"{expectedPath} is missing: run the tests with BACKUPLSP_UPDATE_BASELINES=1.");
        var expected = File.ReadAllText(expectedPath).ReplaceLineEndings("\n");
        if (expected != actual)
            Assert.Fail($"{Path.GetFileName(expectedPath)} differs (- expected, + actual); rerun with BACKUPLSP_UPDATE_BASELINES=1 to accept.\n"
                + LineDiff.Between(expected, actual));
    }
}
