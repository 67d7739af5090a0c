using System.Text.RegularExpressions;
using BackupLsp.Server.Cli;

namespace BackupLsp.Server.Tests.Cli;

/// <summary>The option names check's parser reads, its usage text shows and the command line knows as check's are one set.</summary>
public sealed class CheckOptionsTests
{
    /// <summary>A value each option accepts.</summary>
    private static readonly Dictionary<string, string?> Values = new()
    {
        ["--catalog"] = "c.json", ["--starrocks-version"] = "3.3", ["--format"] = "json", ["--rule"] = "SRB700=off",
        ["--fail-on"] = "warning", ["--min-severity"] = "information", ["--fix"] = null, ["--diff"] = null, ["--require-catalog"] = null,
        ["--sarif-category"] = "backup-lsp/", ["--max-file-size"] = "50M", ["--workspace"] = "team.code-workspace",
    };

    /// <summary>What an option needs beside it to be accepted: a SARIF run's category needs the SARIF format.</summary>
    private static string[] Beside(string name) => name == "--sarif-category" ? ["--format", "sarif", "x.sql"] : ["x.sql"];

    [Fact]
    public void The_usage_shows_exactly_the_options_that_are_read()
    {
        var shown = Regex.Matches(CheckOptions.Usage, @"--[a-z][a-z-]*").Select(m => m.Value).ToHashSet();
        Assert.Equal(shown.Order(), CheckOptions.OptionNames.Order());
    }

    [Fact]
    public void Every_named_option_is_read()
    {
        Assert.Equal(Values.Keys.Order(), CheckOptions.OptionNames.Order());
        foreach (var (name, value) in Values)
        {
            var (options, error) = CheckOptions.Parse(value is null ? [name, .. Beside(name)] : [name, value, .. Beside(name)]);
            Assert.True(options is not null, $"{name}: {error}");
        }
    }

    [Fact]
    public void An_options_value_may_follow_its_equals_sign_as_getopt_takes_it()
    {
        foreach (var (name, value) in Values.Where(option => option.Value is not null))
        {
            var (joined, error) = CheckOptions.Parse([$"{name}={value}", .. Beside(name)]);
            Assert.True(joined is not null, $"{name}={value}: {error}");
            var separate = CheckOptions.Parse([name, value!, .. Beside(name)]).Options!;
            Assert.Equal((separate.CatalogPath, separate.Version, separate.Format, separate.FailOn), (joined.CatalogPath, joined.Version, joined.Format, joined.FailOn));
            Assert.Equal(separate.RuleLevels, joined.RuleLevels);
            Assert.Equal(["x.sql"], joined.Paths);
        }
        Assert.Equal("--catalog needs a file path", CheckOptions.Parse(["--catalog=", "x.sql"]).Error);
        Assert.Equal("unknown option --fix=yes", CheckOptions.Parse(["--fix=yes", "x.sql"]).Error);
    }

    [Theory]
    [InlineData("123", 123L)]
    [InlineData("1k", 1024L)]
    [InlineData("50M", 50L * 1024 * 1024)]
    [InlineData("0G", null)]
    [InlineData("1G", null)]
    [InlineData("1000000001", null)]
    [InlineData("50MB", null)]
    [InlineData("1.5M", null)]
    [InlineData("-1", null)]
    [InlineData("M", null)]
    [InlineData("fifty", null)]
    [InlineData("99999999999999999999", null)]
    public void Max_file_size_takes_bytes_or_a_binary_suffix_and_refuses_anything_else(string value, long? bytes)
    {
        var (options, error) = CheckOptions.Parse(["--max-file-size", value, "x.sql"]);
        Assert.Equal(bytes, options?.MaxFileBytes);
        if (bytes is null)
            Assert.StartsWith("--max-file-size must be a number of bytes, or of K, M or G", error);
    }

    [Fact]
    public void Each_is_known_as_an_option_of_check_when_check_is_forgotten()
    {
        foreach (var name in CheckOptions.OptionNames)
            Assert.Equal($"{name} is an option of check (did you mean backup-lsp check {name} ...?)", CommandLine.Parse([name]).Error);
    }
}
