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
    /// the fix (and `(` and `)` for full-width parentheses in the name, <c>PARTITION （p1，p2）</c>, where the statement
    /// parses so too), and the statement is checked as if it were written so: the tree of its tokens with each mark ASCII.
    /// Null where there are none.
    /// </summary>
    /// <remarks>Asked only of a text that holds a full-width comma: the lambda below, capturing the parameters, is allocated on entry.</remarks>
    private static (Statement Syntax, List<Diagnostic> Diagnostics)? CommasInNames(string text, StatementHeads.Head head, Token<TokenKind>[] significant)
    {
        List<TextSpan> names = [];
        foreach (var token in significant)
            if (token.Kind == TokenKind.Word && SplitsIntoNames(Grammar.TextOf(token)))
                names.Add(SpanOf(token));
        // Each where its marks are taken on their own (a name in a list, not a snapshot's): its full-width parentheses with its
        // commas (`（p1，p2）` is a partition list, one slip), else its commas alone; then all of them together.
        List<(TextSpan Name, ImmutableArray<TextEdit> Marks)> marked = [];
        foreach (var name in names)
        {
            ImmutableArray<TextEdit> commas = [.. CommasIn(text, name)];
            ImmutableArray<TextEdit> all = [.. FullWidthPunctuation(text, name).Where(edit => edit.NewText is "," or "(" or ")")];
            if ((all.Length > commas.Length ? [all, commas] : new[] { commas }).FirstOrDefault(marks => WithMarks(text, head, significant, [(name, marks)]) is not null)
                is { IsDefault: false } taken)
                marked.Add((name, taken));
        }
        if (marked.Count == 0 || WithMarks(text, head, significant, marked) is not { } syntax)
            return null;
        List<Diagnostic> diagnostics = [];
        foreach (var (_, marks) in marked)
            diagnostics.Add(FullWidthMarks(SyntaxRules.InvalidCharacter, text, marks, MeantSpaces.Beside(text, marks).Spaces));
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

    /// <summary>The tree of <paramref name="significant"/> with the full-width marks of <paramref name="names"/> read as the ASCII ones, or null where that fails to parse.</summary>
    private static Statement? WithMarks(string text, StatementHeads.Head head, Token<TokenKind>[] significant,
        List<(TextSpan Name, ImmutableArray<TextEdit> Marks)> names)
    {
        var edited = TypographicMarks.WithMarks(text, names.SelectMany(name => name.Marks));
        var tokens = new List<Token<TokenKind>>(significant.Length + 4 * names.Count);
        foreach (var token in significant)
        {
            var span = SpanOf(token);
            if (!names.Any(name => name.Name == span))
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
