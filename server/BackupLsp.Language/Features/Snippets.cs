using System.Text;

namespace BackupLsp.Language.Features;

/// <summary>
/// The template notation of TextMate's snippets, which editors' snippet engines and LSP share, as far as completion uses it:
/// tab stops (<c>$1</c>, <c>${1}</c>), placeholders (<c>${1:text}</c>) and escapes. Completion writes its templates in it;
/// whoever shows them decides whether a client gets the template or <see cref="ToPlainText"/>'s text.
/// </summary>
public static class Snippets
{
    /// <summary>Text that a snippet inserts as it stands: <c>\</c>, <c>$</c> and <c>}</c> escaped with a backslash.</summary>
    public static string Escape(string text) => text.Replace("\\", "\\\\").Replace("$", "\\$").Replace("}", "\\}");

    /// <summary>
    /// What the snippet inserts with each placeholder accepted as it stands, for clients without snippets: <c>${1:x}</c>
    /// becomes <c>x</c>, a tab stop nothing, an escaped character itself.
    /// </summary>
    public static string ToPlainText(string snippet)
    {
        var text = new StringBuilder(snippet.Length);
        var open = 0;
        for (var i = 0; i < snippet.Length; i++)
        {
            var c = snippet[i];
            if (c == '\\' && i + 1 < snippet.Length && snippet[i + 1] is '\\' or '$' or '}')
                text.Append(snippet[++i]);
            else if (c == '$' && i + 1 < snippet.Length && char.IsAsciiDigit(snippet[i + 1]))
                i = AfterDigits(snippet, i + 1) - 1;
            else if (c == '$' && i + 2 < snippet.Length && snippet[i + 1] == '{' && char.IsAsciiDigit(snippet[i + 2]))
            {
                i = AfterDigits(snippet, i + 2);
                if (i < snippet.Length && snippet[i] == ':')
                    open++;
            }
            else if (c == '}' && open > 0)
                open--;
            else
                text.Append(c);
        }
        return text.ToString();
    }

    private static int AfterDigits(string text, int start)
    {
        while (start < text.Length && char.IsAsciiDigit(text[start]))
            start++;
        return start;
    }
}
