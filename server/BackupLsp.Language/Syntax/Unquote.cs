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
            var c = body[i];
            if (c == '\\' && i + 1 < body.Length)
            {
                var escaped = body[++i];
                if (escaped is '_' or '%')
                    builder.Append('\\');
                builder.Append(Escape(escaped));
                continue;
            }
            if (c == quote && i + 1 < body.Length && body[i + 1] == quote)
                i++;
            builder.Append(c);
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
            var (written, count) = (i, 1);
            if (body[i] == '\\' && i + 1 < body.Length)
                count = body[++i] is '_' or '%' ? 2 : 1;
            else if (body[i] == quote && i + 1 < body.Length && body[i + 1] == quote)
                i++;
            from ??= text + count > start ? written : null;
            text += count;
            if (text >= start + length)
                return TextSpan.FromBounds(1 + (from ?? written), 2 + i);
        }
        return TextSpan.FromBounds(1 + (from ?? body.Length), 1 + body.Length);
    }

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
