namespace BackupLsp.Language.Syntax;

/// <summary>What StarRocks makes of quoted text.</summary>
public static class Unquote
{
    /// <summary>A string literal without its quotes: a doubled quote or a backslash escape stands for one character.</summary>
    public static string String(ReadOnlySpan<char> token)
    {
        var quote = token[0];
        var body = token.Length >= 2 && token[^1] == quote ? token[1..^1] : token[1..];
        if (body.IndexOfAny('\\', quote) < 0)
            return body.ToString();
        var builder = new System.Text.StringBuilder(body.Length);
        for (var i = 0; i < body.Length; i++)
        {
            var c = body[i];
            if (c == '\\' && i + 1 < body.Length)
            {
                builder.Append(Escape(body[++i]));
                continue;
            }
            if (c == quote && i + 1 < body.Length && body[i + 1] == quote)
                i++;
            builder.Append(c);
        }
        return builder.ToString();
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
