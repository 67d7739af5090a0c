using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Features;
using CsCheck;

namespace BackupLsp.Language.Tests.Features;

public sealed class SnippetsTests
{
    [Theory]
    [InlineData("BACKUP ${1:db}.${2:snap}", "BACKUP db.snap")]
    [InlineData("\"timeout\" = \"$1\",", "\"timeout\" = \"\",")]
    [InlineData("a ${12} b $3c", "a  b c")]
    [InlineData(@"${1:`we\}ird\$db`}.x", "`we}ird$db`.x")]
    [InlineData(@"${1:back\\slash}", @"back\slash")]
    [InlineData("cost $ 5 } {", "cost $ 5 } {")]
    public void A_snippet_as_plain_text_keeps_each_placeholder_as_it_stands(string snippet, string plainText) =>
        Assert.Equal(plainText, Snippets.ToPlainText(snippet));

    [Fact]
    public void Escaped_text_in_a_placeholder_comes_back_as_it_was() =>
        Gen.String.Sample(text => Snippets.ToPlainText($"x ${{1:{Snippets.Escape(text)}}} ${{2:{Snippets.Escape(text)}}}$3") == $"x {text} {text}");

    [Fact]
    public void The_statement_template_for_a_client_without_snippets_names_a_database_with_snippet_characters_as_written()
    {
        var catalog = CatalogLoader.Parse("""{"defaultDatabase": "we}ird$db"}""").Catalog!;
        var (analysis, offset) = FeatureTestInput.Parse("|", new AnalysisContext(AnalysisOptions.Default, catalog));

        var backup = CompletionService.Complete(analysis, offset).Items.Single(i => i.Label.StartsWith("BACKUP SNAPSHOT …", StringComparison.Ordinal));

        Assert.StartsWith("BACKUP SNAPSHOT `we}ird$db`.snapshot_name\nTO ", backup.PlainInsertText);
    }
}
