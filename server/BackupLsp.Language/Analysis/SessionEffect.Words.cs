using System.Numerics;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Analysis;

internal readonly partial record struct SessionEffect
{
    /// <summary>
    /// The first significant tokens of a statement, as many as <see cref="Of"/> reads, or all of them in a buffer of
    /// <see cref="CountIn"/> (a CREATE TABLE's partitions).
    /// </summary>
    private ref struct Words(ReadOnlySpan<char> text, Span<(TokenKind Kind, int Start, int End)> tokens)
    {
        /// <summary>How many significant tokens the statement has.</summary>
        public static int CountIn(ReadOnlySpan<char> text)
        {
            var count = 0;
            for (var position = 0; position < text.Length;)
                if (!Lexer.Scan(text, position, out position).IsTrivia())
                    count++;
            return count;
        }

        private readonly ReadOnlySpan<char> _text = text;
        private readonly Span<(TokenKind Kind, int Start, int End)> _tokens = tokens;
        private int _count;
        private int _position;
        /// <summary>A bit per token index (of the first 64) where <see cref="NameAt"/> read a bare word that only some releases reserve.</summary>
        private ulong _reservedInSome;

        /// <summary>Scans as far as the token at <paramref name="index"/>: most forms are told apart by their first few.</summary>
        private bool Has(int index)
        {
            while (_count <= index && _count < _tokens.Length && _position < _text.Length)
            {
                var kind = Lexer.Scan(_text, _position, out var end);
                if (!kind.IsTrivia())
                    _tokens[_count++] = (kind, _position, end);
                _position = end;
            }
            return index < _count;
        }

        public bool Is(int index, string word) =>
            Has(index) && _tokens[index].Kind == TokenKind.Word
            && _text[_tokens[index].Start.._tokens[index].End].Equals(word, StringComparison.OrdinalIgnoreCase);

        public bool IsToken(int index, TokenKind kind) => Has(index) && _tokens[index].Kind == kind;

        /// <summary>Whether digits alone stand at <paramref name="index"/> (INTEGER_VALUE), not a number with a fraction or an exponent.</summary>
        public bool IsInteger(int index) =>
            IsToken(index, TokenKind.Number) && !_text[_tokens[index].Start.._tokens[index].End].ContainsAnyExceptInRange('0', '9');

        /// <summary>Whether the statement has no significant token at <paramref name="index"/> but its closing `;`.</summary>
        public bool EndsAt(int index) => !Has(index) || (_tokens[index].Kind == TokenKind.Semicolon && !Has(index + 1));

        /// <summary>The index after the statement's last significant token, its closing `;` left out.</summary>
        public int End()
        {
            var end = 0;
            while (Has(end))
                end++;
            return end > 0 && _tokens[end - 1].Kind == TokenKind.Semicolon ? end - 1 : end;
        }

        /// <summary>
        /// Whether StarRocks' parser reads the tokens from <paramref name="from"/> up to <paramref name="to"/> as an expression.
        /// Where the newest grammar fails on bare words it reserves, an older release may take them as names: then they are
        /// taken as read.
        /// </summary>
        public readonly bool IsExpression(int from, int to)
        {
            var tokens = new SyntaxToken[to - from];
            for (var i = from; i < to; i++)
                tokens[i - from] = new SyntaxToken(_tokens[i].Kind, TextSpan.FromBounds(_tokens[i].Start, _tokens[i].End));
            return tokens.Length > 0
                && ExpressionGrammar.Check(_text.ToString(), tokens, sortKeys: false, version: null) is { IsRead: true } or { ReservedWords.IsEmpty: false };
        }

        /// <summary>Where the name at <paramref name="index"/> is written, and how.</summary>
        public WrittenName Written(int index) =>
            new(TextSpan.FromBounds(_tokens[index].Start, _tokens[index].End),
                _tokens[index].Kind == TokenKind.BacktickName ? NameQuoting.Backtick : NameQuoting.Bare);

        /// <summary>
        /// Where the partition at <paramref name="index"/> is written: as <see cref="Written"/> says, or a string's text
        /// between its quotes (where a rename writes the new name).
        /// </summary>
        public WrittenName WrittenPartition(int index) =>
            _tokens[index].Kind == TokenKind.String
                ? new(TextSpan.FromBounds(_tokens[index].Start + 1, _tokens[index].End - 1), NameQuoting.String)
                : Written(index);

        /// <summary>A name at <paramref name="index"/> as <see cref="NameAt"/> reads it, or a string's text (identifierOrString).</summary>
        public string? PartitionNameAt(int index) => NameAt(index) ?? StringAt(index);

        /// <summary>
        /// A bare or backticked name at <paramref name="index"/>: a word some release takes as a name is one, noted so that
        /// <see cref="ReservedNameIn"/> can tell whether the configured release reserves it.
        /// </summary>
        public string? NameAt(int index)
        {
            if (!Has(index))
                return null;
            var (kind, start, end) = _tokens[index];
            var token = _text[start..end];
            if (kind == TokenKind.BacktickName)
                return Unquote.Backtick(token);
            if (kind != TokenKind.Word || Keywords.IsAlwaysReserved(token))
                return null;
            if (index < 64 && Keywords.IsReservedInSome(token))
                _reservedInSome |= 1UL << index;
            return token.ToString();
        }

        /// <summary>Whether the token at <paramref name="index"/> is a bare word that some release reserves.</summary>
        public bool IsReservedInSome(int index) =>
            Has(index) && _tokens[index].Kind == TokenKind.Word && Keywords.IsReservedInSome(_text[_tokens[index].Start.._tokens[index].End]);

        /// <summary>Whether a parenthesis opens at <paramref name="index"/>, or a range's <c>[</c> (closed by a parenthesis: <c>[("1"), ("9"))</c>).</summary>
        public bool Opens(int index) => IsToken(index, TokenKind.LParen) || IsOperator(index, '[');

        private bool IsOperator(int index, char c) => IsToken(index, TokenKind.Operator) && _text[_tokens[index].Start] == c;

        /// <summary>The index of what closes the parenthesis or bracket at <paramref name="open"/>, or the index after the last token where nothing does.</summary>
        public int Closing(int open)
        {
            var depth = 0;
            var at = open;
            for (; Has(at); at++)
            {
                if (Opens(at))
                    depth++;
                else if (IsToken(at, TokenKind.RParen) || IsOperator(at, ']'))
                    depth--;
                if (depth == 0)
                    return at;
            }
            return at;
        }

        /// <summary>Whether a bare name read is a word that some release reserves.</summary>
        public readonly bool ReadReservedInSome => _reservedInSome != 0;

        /// <summary>The first bare name read that the configured release reserves.</summary>
        public readonly TextSpan? ReservedNameIn(StarRocksVersion? version)
        {
            for (var names = _reservedInSome; names != 0; names &= names - 1)
            {
                var (_, start, end) = _tokens[BitOperations.TrailingZeroCount(names)];
                if (Keywords.IsReserved(_text[start..end], version))
                    return TextSpan.FromBounds(start, end);
            }
            return null;
        }

        /// <summary>The text of a string literal at <paramref name="index"/>.</summary>
        public string? StringAt(int index) =>
            Has(index) && _tokens[index].Kind == TokenKind.String ? Unquote.String(_text[_tokens[index].Start.._tokens[index].End]) : null;

        /// <summary>The index of the last part of the dotted name at <paramref name="index"/>, as far as the tokens read go.</summary>
        public int NameEnd(int index)
        {
            var at = index;
            while (Has(at + 2) && _tokens[at + 1].Kind == TokenKind.Dot && NameAt(at + 2) is not null)
                at += 2;
            return at;
        }

        /// <summary>
        /// <c>[a .] [b .] name</c> at <paramref name="index"/>: the last part, the one before it and the one before that
        /// (a table's catalog), if any, and the indexes of the last two's tokens.
        /// </summary>
        public (string? Last, string? Qualifier, string? Catalog, int LastAt, int QualifierAt) QualifiedName(int index)
        {
            string? qualifier = null, catalog = null;
            var last = NameAt(index);
            var (lastAt, qualifierAt) = (index, -1);
            for (var at = index + 1; last is not null && Has(at + 1) && _tokens[at].Kind == TokenKind.Dot && NameAt(at + 1) is { } part; at += 2)
                (catalog, qualifier, last, qualifierAt, lastAt) = (qualifier, last, part, lastAt, at + 1);
            return (last, qualifier, catalog, lastAt, qualifierAt);
        }
    }
}
