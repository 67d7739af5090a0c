using System.Text.Json;
using BackupLsp.Language.Analysis;
using BackupLsp.Server.Configuration;

namespace BackupLsp.Server.Tests;

public sealed class ServerSettingsTests
{
    [Fact]
    public void A_rule_severity_for_no_configurable_rule_is_a_problem_and_ignored()
    {
        var settings = ServerSettings.Parse(JsonSerializer.SerializeToElement(
            new { ruleSeverity = new { SRB300 = "off", duplicate_table = "off", SRB999 = "off" } }));
        Assert.Equal(RuleLevel.Off, Assert.Single(settings.Options.RuleLevels).Value);
        string[] problems =
        [
            "ruleSeverity.duplicate_table: no rule has this code or name (codes look like SRB700, names like concurrent-jobs); ignored",
            "ruleSeverity.SRB999: the internal error is always reported: its level cannot be set; ignored",
        ];
        Assert.Equal(problems, settings.Problems.ToArray());
    }

    [Theory]
    [InlineData("""{ "SRB700": "off", "concurrent-jobs": "error" }""", RuleLevel.Error)]
    [InlineData("""{ "concurrent-jobs": "error", "srb700": "off" }""", RuleLevel.Off)]
    [InlineData("""{ " SRB700 ": "hint" }""", RuleLevel.Hint)]
    public void A_rule_given_by_code_and_by_name_takes_the_last_level_as_check_rule_does(string ruleSeverity, RuleLevel level)
    {
        var settings = ServerSettings.Parse(JsonDocument.Parse($$"""{ "ruleSeverity": {{ruleSeverity}} }""").RootElement);
        Assert.Empty(settings.Problems);
        Assert.Equal(KeyValuePair.Create("SRB700", level), Assert.Single(settings.Options.RuleLevels));
    }

    [Fact]
    public void A_settings_files_dotted_keys_are_read_of_the_names_asked_for_alone()
    {
        using var file = JsonDocument.Parse("""
            {
              "starrocksBackup.starrocksVersion": "3.3",
              "starrocksBackup.ruleSeverity": { "SRB700": "off" },
              "starrocksBackup.diagnosticMode": "bogus",
              "starrocksBackup.catalogPath": null,
              "editor.tabSize": 2
            }
            """);

        var settings = ServerSettings.ParseSettingsFile(file.RootElement, ["catalogPath", "starrocksVersion", "ruleSeverity"])!;

        Assert.Equal("3.3", settings.Options.Version?.ToString());
        Assert.Equal(KeyValuePair.Create("SRB700", RuleLevel.Off), Assert.Single(settings.Options.RuleLevels));
        Assert.Null(settings.CatalogPath);
        // diagnosticMode was not asked for: its value is neither read nor complained of.
        Assert.Empty(settings.Problems);
        Assert.False(settings.ReportsWorkspace);
        Assert.Null(ServerSettings.ParseSettingsFile(file.RootElement, ["catalogPath"]));
        using var section = JsonDocument.Parse("""{ "starrocksBackup": { "starrocksVersion": "3.3" } }""");
        Assert.Null(ServerSettings.ParseSettingsFile(section.RootElement, ["starrocksVersion"]));
    }

    [Fact]
    public void The_section_is_read_alone_or_under_its_name_as_didChangeConfiguration_sends_it()
    {
        object section = new { catalogPath = "config/cluster.json", starrocksVersion = "3.3.5-6d0e4a4", ruleSeverity = new { SRB700 = "WARNING" },
            diagnosticMode = "workspace" };
        foreach (var json in new[] { section, new { starrocksBackup = section } })
        {
            var settings = ServerSettings.Parse(JsonSerializer.SerializeToElement(json));
            Assert.Equal("config/cluster.json", settings.CatalogPath);
            Assert.Equal(new StarRocksVersion(3, 3, 5), settings.Options.Version);
            Assert.Equal(RuleLevel.Warning, Assert.Single(settings.Options.RuleLevels).Value);
            Assert.True(settings.ReportsWorkspace);
            Assert.Empty(settings.Problems);
        }
    }

    [Theory]
    [InlineData("""{ "starrocksVersion": "latest" }""", "starrocksVersion: 'latest' is not a version such as \"3.3\"; checking for no release in particular (the newest release's rules)")]
    [InlineData("""{ "starrocksVersion": 3.3 }""", "starrocksVersion: '3.3' is not a version such as \"3.3\"; checking for no release in particular (the newest release's rules)")]
    [InlineData("""{ "starrocksVersion": "3" }""", "starrocksVersion: '3' names no release (3.0 and 3.5 take different statements): give its minor too, such as 3.3 (a version without its patch is that release's latest); checking for no release in particular (the newest release's rules)")]
    [InlineData("""{ "ruleSeverity": { "SRB300": "fatal" } }""", "ruleSeverity.SRB300: 'fatal' is not one of off, hint, information, warning, error")]
    [InlineData("""{ "ruleSeverity": { "SRB300": false } }""", "ruleSeverity.SRB300: 'false' is not one of off, hint, information, warning, error")]
    [InlineData("""{ "ruleSeverity": "off" }""", "ruleSeverity: 'off' is not an object such as {\"SRB204\": \"off\"}; using every rule's default level")]
    [InlineData("""{ "catalogPath": 7 }""", "catalogPath: '7' is not a path such as \"starrocks-catalog.json\"; using starrocks-catalog.json")]
    [InlineData("""{ "catalogPath": ["a.json"] }""", "catalogPath: '[\"a.json\"]' is not a path such as \"starrocks-catalog.json\"; using starrocks-catalog.json")]
    [InlineData("""{ "diagnosticMode": "Workspace" }""", "diagnosticMode: 'Workspace' is not openFilesOnly or workspace; reporting open files only")]
    [InlineData("""{ "diagnosticMode": true }""", "diagnosticMode: 'true' is not openFilesOnly or workspace; reporting open files only")]
    public void A_value_that_cannot_be_used_is_a_problem_and_the_default_stays(string json, string problem)
    {
        var settings = ServerSettings.Parse(JsonDocument.Parse(json).RootElement);
        Assert.Equal(problem, Assert.Single(settings.Problems));
        Assert.Null(settings.CatalogPath);
        Assert.Null(settings.Options.Version);
        Assert.Empty(settings.Options.RuleLevels);
        Assert.False(settings.ReportsWorkspace);
    }

    [Fact]
    public void A_version_older_than_the_oldest_modelled_is_used_and_said_to_be_checked_as_that_one()
    {
        var settings = ServerSettings.Parse(JsonDocument.Parse("""{ "starrocksVersion": "2.1" }""").RootElement);
        Assert.Equal(new StarRocksVersion(2, 1, StarRocksVersion.LatestPatch), settings.Options.Version);
        Assert.Equal("starrocksVersion: StarRocks 2.1 is older than 2.5, the oldest release modelled: its statements are checked by what is known of 2.5 and later, which may be wrong for it",
            Assert.Single(settings.Problems));
        Assert.Empty(ServerSettings.Parse(JsonDocument.Parse("""{ "starrocksVersion": "2.5.0" }""").RootElement).Problems);
    }

    [Theory]
    [InlineData("33.3", "StarRocks 33.3 is newer than 4.2, the newest release modelled: its statements are checked as 4.2's are, which may be wrong for it")]
    [InlineData("5.0", "StarRocks 5.0 is newer than 4.2, the newest release modelled: its statements are checked as 4.2's are, which may be wrong for it")]
    [InlineData("3.6", "StarRocks 3.6 is no release (the 3.x releases end at 3.5): its statements are checked as 3.5's are, which may be wrong for it")]
    [InlineData("3.33.1", "StarRocks 3.33 is no release (the 3.x releases end at 3.5): its statements are checked as 3.5's are, which may be wrong for it")]
    public void A_version_that_names_no_modelled_release_is_used_and_said_to_be_checked_as_another(string version, string problem)
    {
        var settings = ServerSettings.Parse(JsonDocument.Parse($$"""{ "starrocksVersion": "{{version}}" }""").RootElement);
        Assert.Equal($"starrocksVersion: {problem}", Assert.Single(settings.Problems));
        Assert.NotNull(settings.Options.Version);
    }

    [Theory]
    [InlineData("2.5")]
    [InlineData("3.5.3")]
    [InlineData("4.0")]
    [InlineData("4.2")]
    public void A_modelled_release_is_no_problem(string version) =>
        Assert.Empty(ServerSettings.Parse(JsonDocument.Parse($$"""{ "starrocksVersion": "{{version}}" }""").RootElement).Problems);

    [Fact]
    public void A_setting_the_section_leaves_out_keeps_the_fallbacks_value()
    {
        var initial = ServerSettings.Parse(JsonSerializer.SerializeToElement(
            new { catalogPath = "conf/cat.json", starrocksVersion = "3.2", ruleSeverity = new { SRB300 = "warning" }, diagnosticMode = "workspace" }));

        var answered = ServerSettings.Parse(JsonSerializer.SerializeToElement(new { starrocksVersion = "3.3", ruleSeverity = new { } }), initial);

        Assert.Equal("conf/cat.json", answered.CatalogPath);
        Assert.Equal(new StarRocksVersion(3, 3, StarRocksVersion.LatestPatch), answered.Options.Version);
        Assert.Empty(answered.Options.RuleLevels);
        Assert.True(answered.ReportsWorkspace);
        Assert.False(ServerSettings.Parse(JsonSerializer.SerializeToElement(new { diagnosticMode = "openFilesOnly" }), initial).ReportsWorkspace);
        Assert.Equal(initial, ServerSettings.Parse(null, initial));
        Assert.Null(ServerSettings.Parse(JsonDocument.Parse("""{ "catalogPath": "" }""").RootElement, initial).CatalogPath);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("[]")]
    [InlineData("""{ "catalogPath": "", "starrocksVersion": " ", "ruleSeverity": null }""")]
    [InlineData("""{ "catalogPath": null, "starrocksVersion": null, "diagnosticMode": null }""")]
    public void What_is_absent_or_empty_means_the_defaults_without_a_word(string json)
    {
        var settings = ServerSettings.Parse(JsonDocument.Parse(json).RootElement);
        Assert.Equal(ServerSettings.Default.CatalogPath, settings.CatalogPath);
        Assert.True(ServerSettings.SameOptions(settings.Options, ServerSettings.Default.Options));
        Assert.False(settings.ReportsWorkspace);
        Assert.Empty(settings.Problems);
    }
}
