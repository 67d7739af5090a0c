using System.Text.RegularExpressions;
using BackupLsp.Language.Analysis;

namespace BackupLsp.Language.Tests.Baselines;

/// <summary>
/// Every diagnostic the baseline cases produce speaks one way: whole sentences, statements named in capitals, the same
/// words for the same things. StarRocks' own texts, quoted in double quotes, are left as StarRocks writes them.
/// </summary>
public sealed partial class MessageStyleTests
{
    private static readonly Lazy<List<(string Case, Diagnostic Diagnostic)>> Produced = new(() =>
    {
        var analyzer = new DocumentAnalyzer();
        return [.. BaselineCase.All().SelectMany(c => analyzer.Analyze(c.Text, c.Context).Diagnostics.Select(d => (c.Name, d)))];
    });

    [Fact]
    public void Every_message_ends_as_a_sentence()
    {
        var open = Produced.Value.Where(p => !p.Diagnostic.Message.EndsWith('.') && !p.Diagnostic.Message.EndsWith('?'));
        Assert.Empty(open.Select(Described));
    }

    [Fact]
    public void Statements_are_named_in_capitals_outside_StarRocks_own_texts()
    {
        var titleCased = Produced.Value.Where(p => TitleCasedStatement().IsMatch(QuotedText().Replace(p.Diagnostic.Message, "\"\"")));
        Assert.Empty(titleCased.Select(Described));
    }

    [Fact]
    public void The_script_and_placeholders_are_named_alike()
    {
        var unlike = Produced.Value.Where(p => p.Diagnostic.Message.Contains("earlier in the script", StringComparison.Ordinal)
            || Placeholder().IsMatch(p.Diagnostic.Message));
        Assert.Empty(unlike.Select(Described));
    }

    private static string Described((string Case, Diagnostic Diagnostic) produced) =>
        $"{produced.Case}: {produced.Diagnostic.Code}: {produced.Diagnostic.Message}";

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex QuotedText();

    [GeneratedRegex(@"\b(Backup|Restore)\b(?! up\b)")]
    private static partial Regex TitleCasedStatement();

    /// <summary>A placeholder in angle brackets, where the messages write db, repository and snapshot bare.</summary>
    [GeneratedRegex("<(database|repository|snapshot|repo|db)>")]
    private static partial Regex Placeholder();
}
