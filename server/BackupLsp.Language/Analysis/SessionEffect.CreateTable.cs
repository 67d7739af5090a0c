using System.Buffers;
using System.Collections.Immutable;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Analysis;

internal readonly partial record struct SessionEffect
{
    /// <summary>
    /// The partitions of the table a CREATE TABLE makes, read after its name (at significant token <paramref name="nameAt"/>):
    /// the names of its <c>PARTITION BY RANGE (columns) (PARTITION p VALUES ..., ...)</c> or <c>PARTITION BY LIST (columns)
    /// (PARTITION p VALUES IN ..., ...)</c>, with where each is written, or the table's own name (written nowhere) without a
    /// PARTITION BY. Null where they are not known or may change without an ALTER: <c>LIKE</c> another table, an engine
    /// other than OLAP, partitions by an expression or a bare column list (made by loads), a batch (<c>START ... END ...
    /// EVERY</c>, named by StarRocks), a property about partitions (dynamic partitioning, a TTL), two partitions of one name
    /// (refused), a bare name some release reserves. The columns and a CTAS's query stand in parentheses or after the
    /// top-level AS, where nothing is read.
    /// </summary>
    private static (ImmutableArray<string> Names, ImmutableArray<(string Name, WrittenName Written)> Written)? DeclaredPartitions(
        ReadOnlySpan<char> statement, int nameAt, string table)
    {
        // Counted first: a buffer as long as the statement would be twelve bytes a character. The shared pool would keep a
        // huge statement's buffer.
        var count = Tokens.CountIn(statement);
        var pooled = count <= PooledTokens;
        var buffer = pooled ? ArrayPool<(TokenKind, int, int)>.Shared.Rent(count) : new (TokenKind, int, int)[count];
        try
        {
            var tokens = new Tokens(statement, buffer);
            if (DeclaredPartitions(ref tokens, nameAt + 1) is not { } written)
                return null;
            return written.IsDefault ? ([table], []) : ([.. written.Select(p => p.Name)], written);
        }
        finally
        {
            if (pooled)
                ArrayPool<(TokenKind, int, int)>.Shared.Return(buffer);
        }
    }

    private const int PooledTokens = 16 * 1024;

    /// <summary>The partitions the PARTITION BY after <paramref name="after"/> names; default without one; null where unknown.</summary>
    private static ImmutableArray<(string Name, WrittenName Written)>? DeclaredPartitions(ref Tokens tokens, int after)
    {
        if (tokens.Is(after, "LIKE"))
            return null;
        ImmutableArray<(string, WrittenName)>? partitions = default(ImmutableArray<(string, WrittenName)>);
        for (var at = after; at < tokens.Count; at++)
        {
            if (tokens.Opens(at))
            {
                at = tokens.Closing(at);
                continue;
            }
            if (tokens.Is(at, "AS"))
                break;
            if (tokens.Is(at, "ENGINE") && tokens.IsToken(at + 1, TokenKind.Equals) && !tokens.Is(at + 2, "OLAP"))
                return null;
            if (tokens.Is(at, "PROPERTIES") && tokens.IsToken(at + 1, TokenKind.LParen) && NamesPartitionProperty(ref tokens, at + 1))
                return null;
            if (tokens.Is(at, "PARTITION") && tokens.Is(at + 1, "BY"))
            {
                partitions = PartitionsBy(ref tokens, at + 2);
                if (partitions is null)
                    return null;
            }
        }
        return partitions;
    }

    /// <summary>
    /// What follows PARTITION BY at <paramref name="at"/>: RANGE or LIST over a list of columns and the partitions in
    /// parentheses after it; null for any other form.
    /// </summary>
    private static ImmutableArray<(string, WrittenName)>? PartitionsBy(ref Tokens tokens, int at)
    {
        if (!tokens.Is(at, "RANGE") && !tokens.Is(at, "LIST"))
            return null;
        if (!tokens.IsToken(at + 1, TokenKind.LParen))
            return null;
        var next = at + 2;
        while (tokens.NameAt(next) is not null && tokens.IsToken(next + 1, TokenKind.Comma))
            next += 2;
        if (tokens.NameAt(next) is null || !tokens.IsToken(next + 1, TokenKind.RParen) || !tokens.IsToken(next + 2, TokenKind.LParen))
            return null;
        return PartitionList(ref tokens, next + 2);
    }

    /// <summary>
    /// <c>(PARTITION [IF NOT EXISTS] p VALUES ..., ...)</c> at <paramref name="open"/>: the names, each item's values and
    /// properties passed over to the comma after them; null where the list is not closed (a syntax error).
    /// </summary>
    private static ImmutableArray<(string, WrittenName)>? PartitionList(ref Tokens tokens, int open)
    {
        var close = tokens.Closing(open);
        if (close == tokens.Count)
            return null;
        var names = ImmutableArray.CreateBuilder<(string, WrittenName)>();
        for (var at = open + 1; at < close;)
        {
            if (!tokens.Is(at, "PARTITION"))
                return null;
            var nameAt = tokens.Is(at + 1, "IF") && tokens.Is(at + 2, "NOT") && tokens.Is(at + 3, "EXISTS") ? at + 4 : at + 1;
            if (tokens.NameAt(nameAt) is not { Length: > 0 } name || tokens.IsReservedInSome(nameAt)
                || names.Any(p => p.Item1.Equals(name, StringComparison.OrdinalIgnoreCase)))
                return null;
            names.Add((name, tokens.Written(nameAt)));
            for (at = nameAt + 1; at < close && !tokens.IsToken(at, TokenKind.Comma); at++)
                if (tokens.Opens(at))
                    at = tokens.Closing(at);
            at++;
        }
        return names.DrainToImmutable();
    }

    /// <summary>Whether a property list at <paramref name="open"/> has a key about partitions (<c>dynamic_partition.enable</c>, <c>partition_live_number</c>...).</summary>
    private static bool NamesPartitionProperty(ref Tokens tokens, int open)
    {
        var close = tokens.Closing(open);
        for (var at = open + 1; at < close; at++)
            if (tokens.IsToken(at + 1, TokenKind.Equals) && tokens.StringAt(at) is { } key && key.Contains("partition", StringComparison.OrdinalIgnoreCase))
                return true;
        return false;
    }

    /// <summary>Every significant token of a statement, for the reading of a whole CREATE TABLE.</summary>
    private ref struct Tokens
    {
        private readonly ReadOnlySpan<char> _text;
        private readonly (TokenKind Kind, int Start, int End)[] _tokens;

        public static int CountIn(ReadOnlySpan<char> text)
        {
            var count = 0;
            for (var position = 0; position < text.Length;)
                if (!Lexer.Scan(text, position, out position).IsTrivia())
                    count++;
            return count;
        }

        public Tokens(ReadOnlySpan<char> text, (TokenKind, int, int)[] buffer)
        {
            _text = text;
            _tokens = buffer;
            for (var position = 0; position < text.Length;)
            {
                var kind = Lexer.Scan(text, position, out var end);
                if (!kind.IsTrivia())
                    _tokens[Count++] = (kind, position, end);
                position = end;
            }
        }

        public int Count { get; }

        private readonly ReadOnlySpan<char> TextAt(int index) => _text[_tokens[index].Start.._tokens[index].End];

        public readonly bool Is(int index, string word) =>
            index < Count && _tokens[index].Kind == TokenKind.Word && TextAt(index).Equals(word, StringComparison.OrdinalIgnoreCase);

        public readonly bool IsToken(int index, TokenKind kind) => index < Count && _tokens[index].Kind == kind;

        /// <summary>A bare or backticked name at <paramref name="index"/>.</summary>
        public readonly string? NameAt(int index) =>
            index >= Count ? null
            : _tokens[index].Kind == TokenKind.BacktickName ? Unquote.Backtick(TextAt(index))
            : _tokens[index].Kind == TokenKind.Word && !Keywords.IsAlwaysReserved(TextAt(index)) ? TextAt(index).ToString()
            : null;

        public readonly WrittenName Written(int index) =>
            new(TextSpan.FromBounds(_tokens[index].Start, _tokens[index].End),
                _tokens[index].Kind == TokenKind.BacktickName ? NameQuoting.Backtick : NameQuoting.Bare);

        public readonly bool IsReservedInSome(int index) => _tokens[index].Kind == TokenKind.Word && Keywords.IsReservedInSome(TextAt(index));

        public readonly string? StringAt(int index) => IsToken(index, TokenKind.String) ? Unquote.String(TextAt(index)) : null;

        /// <summary>Whether a parenthesis opens at <paramref name="index"/>, or a range's <c>[</c> (closed by a parenthesis: <c>[("1"), ("9"))</c>).</summary>
        public readonly bool Opens(int index) => IsToken(index, TokenKind.LParen) || (IsToken(index, TokenKind.Operator) && _text[_tokens[index].Start] == '[');

        /// <summary>The index of what closes the parenthesis or bracket at <paramref name="open"/>, or the count where nothing does.</summary>
        public readonly int Closing(int open)
        {
            var depth = 0;
            for (var at = open; at < Count; at++)
            {
                if (Opens(at))
                    depth++;
                else if (IsToken(at, TokenKind.RParen) || (IsToken(at, TokenKind.Operator) && _text[_tokens[at].Start] == ']'))
                    depth--;
                if (depth == 0)
                    return at;
            }
            return Count;
        }
    }
}
