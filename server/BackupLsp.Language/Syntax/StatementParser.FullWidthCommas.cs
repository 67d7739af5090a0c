using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Text;
using Superpower.Model;
using TextSpan = BackupLsp.Language.Text.TextSpan;

namespace BackupLsp.Language.Syntax;

/// <summary>
/// Full-width <c>，</c> marks inside bare names of a statement that parses (see <see cref="TypographicMarks"/>), where
/// commas were meant: StarRocks reads the names around them as one (see <see cref="MarkedNames"/>).
/// </summary>
public static partial class StatementParser
{
    /// <summary>
    /// Bare names that full-width <c>，</c> marks split into names (<c>ON (orders，customers)</c>, <c>PARTITION (p1，p2)</c>)
    /// in a statement that parses, where it parses with `,` too: StarRocks reads each as one name, which no partition can
    /// be (FeNameFormat takes ASCII letters, digits and `_`) and a table seldom is. Each is reported (SRB001), with `,` as
    /// the fix (and `(` and `)` for full-width parentheses in the name, <c>PARTITION （p1，p2）</c>, where the statement
    /// parses so too).
    /// </summary>
    /// <remarks>Asked only of a text that holds a full-width comma: the lambda below, capturing the parameters, is allocated on entry.</remarks>
    private static IEnumerable<MarkedName> CommasInNames(string text, StatementHeads.Head head, Token<TokenKind>[] significant)
    {
        List<TextSpan> names = [];
        foreach (var token in significant)
            if (token.Kind == TokenKind.Word && SplitsIntoNames(Grammar.TextOf(token)))
                names.Add(SpanOf(token));
        // Each where its marks are taken on their own (a name in a list, not a snapshot's): its full-width parentheses with its
        // commas (`（p1，p2）` is a partition list, one slip), else its commas alone.
        foreach (var name in names)
        {
            ImmutableArray<TextEdit> commas = [.. CommasIn(text, name)];
            ImmutableArray<TextEdit> all = [.. FullWidthPunctuation(text, name).Where(edit => edit.NewText is "," or "(" or ")")];
            if ((all.Length > commas.Length ? [all, commas] : new[] { commas })
                    .FirstOrDefault(marks => WithMarks(text, head, significant, [(name, marks)]) is not null)
                is { IsDefault: false } taken)
                yield return new MarkedName(name, taken,
                    FullWidthMarks(SyntaxRules.InvalidCharacter, text, taken, MeantSpaces.Beside(text, taken).Spaces));
        }
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
}
