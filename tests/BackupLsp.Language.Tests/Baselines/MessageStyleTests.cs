using System.Text.RegularExpressions;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Facts;
using BackupLsp.Language.Syntax;

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

    [Fact]
    public void Object_names_are_in_single_quotes_outside_StarRocks_own_texts()
    {
        var backticked = Produced.Value.Where(p => BacktickedObjectName().IsMatch(QuotedText().Replace(p.Diagnostic.Message, "\"\"")));
        Assert.Empty(backticked.Select(Described));
    }

    [Fact]
    public void Suggested_and_mentioned_names_are_quoted_as_their_kind_outside_StarRocks_own_texts()
    {
        var bare = Produced.Value.Where(p => BareMentionedName().IsMatch(QuotedText().Replace(p.Diagnostic.Message, "\"\"")));
        Assert.Empty(bare.Select(Described));
    }

    /// <summary>A fix's title names the object it acts on as the messages do; a title that shows SQL to write keeps it as SQL.</summary>
    [Fact]
    public void Fix_titles_name_the_objects_they_act_on_in_single_quotes()
    {
        var backticked = Produced.Value.SelectMany(p => p.Diagnostic.Fixes.Where(f => BacktickedObjectInTitle().IsMatch(f.Title)).Select(f => $"{p.Case}: {p.Diagnostic.Code}: {f.Title}"));
        Assert.Empty(backticked);
    }

    [Fact]
    public void Releases_are_named_as_one_and_later_outside_StarRocks_own_texts()
    {
        var otherwise = Produced.Value.Where(p => OtherReleasePhrasing().IsMatch(QuotedText().Replace(p.Diagnostic.Message, "\"\"")));
        Assert.Empty(otherwise.Select(Described));
    }

    /// <summary>The statement and keyword texts hover shows tell releases as the diagnostics do.</summary>
    [Fact]
    public void Hover_texts_name_releases_as_one_and_later()
    {
        StarRocksVersion?[] versions = [null, new StarRocksVersion(2, 5), new StarRocksVersion(3, 0)];
        var texts = LanguageFacts.Statements.Values.Concat(LanguageFacts.ExternalCatalogForms.Values)
            .Concat([LanguageFacts.Use, LanguageFacts.SetCatalog, LanguageFacts.LegacyUseCatalog]).Select(f => f.Summary)
            .Concat(new[] { StatementKind.Backup, StatementKind.Restore }.Select(kind => LanguageFacts.Keyword("ON", kind)).OfType<string>())
            .Concat(new[] { StatementKind.ShowSnapshot, StatementKind.ShowRestore }.SelectMany(kind => versions.Select(version => LanguageFacts.Where(kind, version))));
        var otherwise = texts.Where(text => OtherReleasePhrasing().IsMatch(QuotedText().Replace(text, "\"\""))).ToList();
        Assert.Empty(otherwise);
    }

    private static string Described((string Case, Diagnostic Diagnostic) produced) =>
        $"{produced.Case}: {produced.Diagnostic.Code}: {produced.Diagnostic.Message}";

    [GeneratedRegex("\"[^\"]*\"")]
    private static partial Regex QuotedText();

    [GeneratedRegex(@"\b(Backup|Restore)\b(?! up\b)")]
    private static partial Regex TitleCasedStatement();

    /// <summary>
    /// A database, table, view, partition, function or catalog named in backticks, which the messages keep for text as the
    /// script writes it: after its kind, as what "is a" kind, or as a name taken, restored under or backed up.
    /// </summary>
    [GeneratedRegex(@"\b(?:[Tt]able|[Dd]atabase|[Vv]iew|[Pp]artition|[Ff]unction|[Cc]atalog)s? `|`[^`]+` is (?:a|an|the) [\w' -]*?\b(?:table|view|partition|function|catalog)\b|\b(?:restored as|backs up) `|`[^`]+` (?:and `[^`]+` count as one|is listed in)")]
    private static partial Regex BacktickedObjectName();

    /// <summary>
    /// A did-you-mean name neither quoted as its kind (an object in single quotes, a snapshot in backticks, a repository in
    /// brackets, a property key in double quotes) nor a keyword, or an object named bare after the words that introduce it.
    /// </summary>
    [GeneratedRegex(@"Did you mean (?!['`\[""]|[A-Z][A-Z ]*\?)|\b(?:renamed it to|switch to catalog|of catalog|of database) (?!')")]
    private static partial Regex BareMentionedName();

    /// <summary>An object a fix removes, merges into, backs up or restores whole, or leaves out, named in backticks or bare.</summary>
    [GeneratedRegex(@"^(?:Remove the duplicate|Merge its partitions into the first|(?:Back up|Restore) the whole (?:table|view|materialized view)|Leave) (?!')")]
    private static partial Regex BacktickedObjectInTitle();

    /// <summary>A release told otherwise than as "3.4 and later" (or "requires StarRocks 3.4 or later").</summary>
    [GeneratedRegex(@"\bfrom (?:StarRocks )?\d+\.\d+(?:\.\d+)? on\b|\bonly from \d|\bsince \d|\d brought\b|\bup to (?:StarRocks )?\d+\.\d")]
    private static partial Regex OtherReleasePhrasing();

    /// <summary>A placeholder in angle brackets, where the messages write db, repository and snapshot bare.</summary>
    [GeneratedRegex("<(database|repository|snapshot|repo|db)>")]
    private static partial Regex Placeholder();
}
