using System.Text.Json;
using BackupLsp.Language.Analysis;
using BackupLsp.Server.Hosting;

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
}
