using System.Text.Json;
using System.Text.RegularExpressions;
using BackupLsp.Language.Rules;
using BackupLsp.Server.Cli;

namespace BackupLsp.Server.Tests.Cli;

/// <summary>What the repository tells users must stay true to the code: the README's rule table, the extension's rule settings, the released version.</summary>
public sealed partial class ReadmeTests
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

    [Fact]
    public void The_extension_settings_offer_every_rule_whose_level_can_be_set()
    {
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "client-vscode", "package.json")));
        var offered = package.RootElement.GetProperty("contributes").GetProperty("configuration").GetProperty("properties")
            .GetProperty("starrocksBackup.ruleSeverity").GetProperty("properties").EnumerateObject().ToDictionary(p => p.Name, p => p.Value);
        var configurable = StatementRules.All.Where(rule => StatementRules.WhyNotConfigurable(rule.Code) is null).ToList();
        Assert.Equal(configurable.Select(rule => rule.Code).Order(), offered.Keys.Order());
        foreach (var rule in configurable)
        {
            var setting = offered[rule.Code];
            // Offered as lower-case words; the schema's other branch takes them in any case, as the server does.
            var offeredLevels = setting.GetProperty("anyOf").EnumerateArray().Single(branch => branch.TryGetProperty("enum", out _)).GetProperty("enum");
            Assert.Equal(["off", "hint", "information", "warning", "error"], offeredLevels.EnumerateArray().Select(level => level.GetString()));
            Assert.StartsWith($"`{rule.Name}` ({rule.DefaultSeverity.ToString().ToLowerInvariant()} by default)", setting.GetProperty("markdownDescription").GetString());
        }
    }

    [Fact]
    public void The_rule_descriptions_use_the_words_of_the_messages()
    {
        var readmeRows = File.ReadAllLines(Path.Combine(RepositoryRoot(), "README.md")).Where(line => line.StartsWith("| SRB", StringComparison.Ordinal));
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "client-vscode", "package.json")));
        var settings = package.RootElement.GetProperty("contributes").GetProperty("configuration").GetProperty("properties")
            .GetProperty("starrocksBackup.ruleSeverity").GetProperty("properties").EnumerateObject()
            .Select(setting => setting.Value.GetProperty("markdownDescription").GetString()!);
        var summaries = StatementRules.All.Select(rule => rule.Summary);
        var older = readmeRows.Concat(settings).Concat(summaries).Where(description => OlderWording().IsMatch(description)).ToList();
        Assert.Empty(older);
    }

    [Fact]
    public void The_server_and_the_extension_carry_the_same_version()
    {
        using var package = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryRoot(), "client-vscode", "package.json")));
        var extensionVersion = package.RootElement.GetProperty("version").GetString();
        // The build appends the commit (`0.1.0+abc123`) when it runs in a git checkout.
        Assert.Equal(extensionVersion, ToolInfo.Version?.Split('+')[0]);
    }

    /// <summary>Words the messages no longer use: "the script" for this one, releases "from 3.4 on" or "since 3.4" for "3.4 and later", placeholders in angle brackets.</summary>
    [GeneratedRegex(@"earlier in the script|\bfrom (?:StarRocks )?\d+\.\d+(?:\.\d+)? on\b|\bsince \d|\d brought\b|\bup to (?:StarRocks )?\d+\.\d|<(?:database|repository|snapshot|repo|db)>")]
    private static partial Regex OlderWording();

    private static string RepositoryRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "BackupLsp.sln")))
            directory = directory.Parent;
        return directory?.FullName ?? throw new InvalidOperationException("BackupLsp.sln not found above the test directory");
    }
}
