using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Tests.Syntax;

/// <summary>
/// The TextMate grammars mark the spaces beyond ASCII that StarRocks reads as letters with two rules of their own
/// (<c>space-as-letter</c>, and <c>ideographic-space-as-letter</c> for U+3000, a letter only where it stands): between
/// them they must mark the spaces the lexer reads as letters, no more and no fewer.
/// </summary>
public sealed partial class SpaceLetterGrammarTests
{
    public static TheoryData<string> Grammars() => ["starrocks-sql.tmLanguage.json", "starrocks-backup.injection.tmLanguage.json"];

    [Theory]
    [MemberData(nameof(Grammars))]
    public void The_grammar_marks_as_letters_the_spaces_the_lexer_reads_as_letters(string grammar)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.Root, "syntaxes", grammar)));
        var rules = json.RootElement.GetProperty("repository");
        var marked = new[] { "space-as-letter", "ideographic-space-as-letter" }
            .Select(rule => CharactersMarkedBy(rules.GetProperty(rule).GetProperty("match").GetString()!))
            .Aggregate((first, second) => [.. first.Union(second)]);

        Assert.Equal(Named(AllCharacters().Where(Lexer.IsSpaceLetter)), Named(marked));
        Assert.Equal(Named(AllCharacters().Where(Lexer.SpaceLetters.Contains)), Named(marked));
    }

    /// <summary>
    /// The characters of the BMP that an Oniguruma pattern matches whole, its lookarounds (where in a line it marks them)
    /// left aside.
    /// </summary>
    private static char[] CharactersMarkedBy(string pattern)
    {
        var dotNet = CodePoint().Replace(Lookaround().Replace(pattern, ""),
            match => $"\\u{int.Parse(match.Groups[1].Value, NumberStyles.HexNumber):X4}");
        var whole = new Regex($"^(?:{dotNet})$");
        return [.. AllCharacters().Where(c => whole.IsMatch(c.ToString()))];
    }

    private static IEnumerable<char> AllCharacters() =>
        Enumerable.Range(char.MinValue, char.MaxValue + 1).Select(code => (char)code);

    private static string Named(IEnumerable<char> characters) => string.Join(" ", characters.Order().Select(c => $"U+{(int)c:X4}"));

    /// <summary>A lookbehind or lookahead, as the grammars write them: without parentheses inside.</summary>
    [GeneratedRegex(@"\(\?<?[=!][^()]*\)")]
    private static partial Regex Lookaround();

    /// <summary>Oniguruma's <c>\x{HHHH}</c>, which .NET writes <c>\uHHHH</c>.</summary>
    [GeneratedRegex(@"\\x\{([0-9A-Fa-f]{1,4})\}")]
    private static partial Regex CodePoint();
}
