using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Text;
using Superpower.Model;
using TextSpan = BackupLsp.Language.Text.TextSpan;

namespace BackupLsp.Language.Syntax;

/// <summary>
/// Full-width <c>，</c> marks inside bare names of a statement that parses (see <see cref="TypographicMarks"/>), where
/// commas were meant: StarRocks reads the names around them as one.
/// </summary>
public static partial class StatementParser
{
    /// <summary>
    /// Bare names that full-width <c>，</c> marks split into names (<c>ON (orders，customers)</c>, <c>PARTITION (p1，p2)</c>)
    /// in a statement that parses, where it parses with `,` too: StarRocks reads each as one name, which no partition can
    /// be (FeNameFormat takes ASCII letters, digits and `_`) and a table seldom is. Each is reported (SRB001), with `,` as
    /// the fix, and the statement is checked as if it were written so: the tree of its tokens with each mark a comma.
    /// Null where there are none.
    /// </summary>
    /// <remarks>Asked only of a text that holds a full-width comma: the lambda below, capturing the parameters, is allocated on entry.</remarks>
    private static (Statement Syntax, List<Diagnostic> Diagnostics)? CommasInNames(string text, StatementHeads.Head head, Token<TokenKind>[] significant)
    {
        List<TextSpan> names = [];
        foreach (var token in significant)
            if (token.Kind == TokenKind.Word && SplitsIntoNames(Grammar.TextOf(token)))
                names.Add(SpanOf(token));
        // Each where a comma is taken on its own (a name in a list, not a snapshot's), then all of them together.
        names.RemoveAll(name => WithCommas(text, head, significant, [name]) is null);
        if (names.Count == 0 || WithCommas(text, head, significant, names) is not { } syntax)
            return null;
        List<Diagnostic> diagnostics = [];
        foreach (var name in names)
        {
            ImmutableArray<TextEdit> commas = [.. CommasIn(text, name)];
            diagnostics.Add(FullWidthMarks(SyntaxRules.InvalidCharacter, text, [name], commas, MeantSpaces.Beside(text, commas).Spaces));
        }
        return (syntax, diagnostics);
    }

    private const char FullWidthComma = '\uFF0C';

    /// <summary>Whether a word's full-width <c>，</c> marks split it into names: each stands between two of its characters, and no two are next to each other.</summary>
    private static bool SplitsIntoNames(ReadOnlySpan<char> word)
    {
        if (!word.Contains(FullWidthComma))
            return false;
        foreach (var part in word.Split(FullWidthComma))
            if (part.Start.Value == part.End.Value)
                return false;
        return true;
    }

    private static IEnumerable<TextEdit> CommasIn(string text, TextSpan name)
    {
        for (var i = name.Start; i < name.End; i++)
            if (text[i] == FullWidthComma)
                yield return new TextEdit(new TextSpan(i, 1), ",");
    }

    /// <summary>The tree of <paramref name="significant"/> with the full-width <c>，</c> marks of <paramref name="names"/> read as commas, or null where that fails to parse.</summary>
    private static Statement? WithCommas(string text, StatementHeads.Head head, Token<TokenKind>[] significant, List<TextSpan> names)
    {
        var edited = TypographicMarks.WithMarks(text, names.SelectMany(name => CommasIn(text, name)));
        var tokens = new List<Token<TokenKind>>(significant.Length + 2 * names.Count);
        foreach (var token in significant)
        {
            var span = SpanOf(token);
            if (!names.Contains(span))
            {
                tokens.Add(token);
                continue;
            }
            // The name's text alone, so that no token of it runs on past it (`t，1.5` is `t，1` and `.5`).
            var name = edited.AsSpan(0, span.End);
            for (var position = span.Start; position < span.End;)
            {
                var kind = Lexer.Scan(name, position, out var end);
                tokens.Add(SqlTokenizer.Token(edited, kind, position, end - position));
                position = end;
            }
        }
        return ParseBody(head, [.. tokens], farthestWhenParsed: false).Syntax;
    }
}
