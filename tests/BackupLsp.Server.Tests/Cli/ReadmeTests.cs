using BackupLsp.Language.Rules;

namespace BackupLsp.Server.Tests.Cli;

/// <summary>The README's rule table must stay true to the rules the engine has.</summary>
public sealed class ReadmeTests
{
    [Fact]
    public void Every_rule_is_listed_with_its_name_and_default_severity()
    {
        var readme = File.ReadAllLines(Path.Combine(RepositoryRoot(), "README.md"));
        foreach (var rule in StatementRules.All)
        {
            var severity = rule.DefaultSeverity.ToString().ToLowerInvariant();
            Assert.Contains(readme, line => line.StartsWith($"| {rule.Code} | {rule.Name} | {severity} |", StringComparison.Ordinal));
        }
    }

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BackupLsp.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("BackupLsp.sln not found above the test directory");
    }
}
