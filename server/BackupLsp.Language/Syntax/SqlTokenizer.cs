using Superpower;
using Superpower.Model;

namespace BackupLsp.Language.Syntax;

/// <summary>
/// The Superpower tokenizer of StarRocks SQL. It never fails: trivia (whitespace and comments) and lexical
/// errors are tokens like any other, so every character of the input belongs to exactly one token.
/// Only absolute offsets are meaningful in the tokens' positions: lines and columns come from LineIndex,
/// which counts a lone CR as a line break as LSP does.
/// </summary>
public sealed class SqlTokenizer : Tokenizer<TokenKind>
{
    public static readonly SqlTokenizer Instance = new();

    protected override IEnumerable<Result<TokenKind>> Tokenize(TextSpan span)
    {
        var source = span.Source!;
        var start = span.Position.Absolute;
        var stop = start + span.Length;
        var location = span;
        while (start < stop)
        {
            var kind = Lexer.Scan(source.AsSpan(0, stop), start, out var end);
            var remainder = new TextSpan(source, new Position(end, 1, 1), stop - end);
            yield return Result.Value(kind, location, remainder);
            location = remainder;
            start = end;
        }
    }
}
