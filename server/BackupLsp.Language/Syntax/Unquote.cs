using BackupLsp.Language.Text;

namespace BackupLsp.Language.Syntax;

/// <summary>What StarRocks makes of quoted text.</summary>
public static class Unquote
{
    /// <summary>
    /// A string literal without its quotes, as StarRocks' AstBuilder.escapeBackSlash makes it: a doubled quote or a
    /// backslash escape stands for one character, except that <c>\_</c> and <c>\%</c> keep their backslash (MySQL's
    /// "prefix for wildcard", kept for LIKE patterns), so <c>"backup\_timestamp"</c> is the key <c>backup\_timestamp</c>.
    /// </summary>
    public static string String(ReadOnlySpan<char> token)
    {
        if (TryPlainBody(token, out var body))
            return body.ToString();
        var quote = token[0];
        var builder = new System.Text.StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            var end = WrittenEnd(body, i, quote);
            if (body[i] == '\\' && end > i)
            {
                if (body[end] is '_' or '%')
                    builder.Append('\\');
                builder.Append(Escape(body[end]));
            }
            else
                builder.Append(body[i]);
            i = end;
        }
        return builder.ToString();
    }

    /// <summary>
    /// Where in the string literal <paramref name="token"/> the characters of its text (<see cref="String"/>) from
    /// <paramref name="start"/> on, <paramref name="length"/> of them, are written, escapes and all; relative to the token.
    /// </summary>
    public static TextSpan WrittenAt(ReadOnlySpan<char> token, int start, int length)
    {
        var quote = token[0];
        var body = token.Length >= 2 && token[^1] == quote ? token[1..^1] : token[1..];
        int? from = null;
        var text = 0;
        for (var i = 0; i < body.Length; i++)
        {
            // An escape or a doubled quote writes one character of the text; `\_` and `\%` write two, the backslash kept.
            var end = WrittenEnd(body, i, quote);
            var count = body[i] == '\\' && end > i && body[end] is '_' or '%' ? 2 : 1;
            from ??= text + count > start ? i : null;
            text += count;
            if (text >= start + length)
                return TextSpan.FromBounds(1 + (from ?? i), 2 + end);
            i = end;
        }
        return TextSpan.FromBounds(1 + (from ?? body.Length), 1 + body.Length);
    }

    /// <summary>
    /// Where what <paramref name="body"/>[<paramref name="i"/>] starts writing ends (a string's body, between its quotes): at
    /// the escaped character of a backslash escape, at the second quote of a doubled quote, else where it starts.
    /// </summary>
    private static int WrittenEnd(ReadOnlySpan<char> body, int i, char quote) =>
        i + 1 < body.Length && (body[i] == '\\' || (body[i] == quote && body[i + 1] == quote)) ? i + 1 : i;

    /// <summary>The text between a string literal's quotes; true when it has no escape or doubled quote to undo.</summary>
    public static bool TryPlainBody(ReadOnlySpan<char> token, out ReadOnlySpan<char> body)
    {
        var quote = token[0];
        body = token.Length >= 2 && token[^1] == quote ? token[1..^1] : token[1..];
        return body.IndexOfAny('\\', quote) < 0;
    }

    /// <summary>A backtick name without its backticks; StarRocks drops a doubled backtick (<c>`a``b`</c> is <c>ab</c>).</summary>
    public static string Backtick(ReadOnlySpan<char> token)
    {
        var body = token.Length >= 2 && token[^1] == '`' ? token[1..^1] : token[1..];
        return body.IndexOf("``") < 0 ? body.ToString() : body.ToString().Replace("``", "");
    }

    private static char Escape(char c) => c switch
    {
        'n' => '\n',
        't' => '\t',
        'r' => '\r',
        'b' => '\b',
        '0' => '\0',
        'Z' => '\u001A',
        _ => c,
    };
}
