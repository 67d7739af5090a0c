using System.Text;
using BackupLsp.Language.Rules;

namespace BackupLsp.Language.Features;

/// <summary>
/// Builds one text as Markdown and as plain text side by side. Prose may hold <c>`code`</c> spans (kept in
/// Markdown, their text alone in plain text); names go through <see cref="Object"/>, <see cref="Snapshot"/>,
/// <see cref="Repository"/> or <see cref="Quoted"/>: a code span in Markdown, and in plain text named as the messages
/// name their kind (<see cref="MessageNames"/>).
/// </summary>
internal sealed class HoverText
{
    private readonly StringBuilder _markdown = new();
    private readonly StringBuilder _plain = new();
    private bool _inList;

    public string Markdown => _markdown.ToString().TrimEnd();

    public string PlainText => _plain.ToString().TrimEnd();

    /// <summary>The title line: what the thing is, and its name, in plain text <paramref name="shownAs"/> (bare, as a keyword is, without).</summary>
    public HoverText Title(string noun, string? name = null, Func<string, string>? shownAs = null)
    {
        EndList();
        _markdown.Append("**").Append(noun).Append("**");
        _plain.Append(noun);
        if (name is { Length: 0 })
        {
            // An empty code span is no Markdown (two backticks shown as they are): said in words.
            _markdown.Append(" (empty)");
            _plain.Append(" (empty)");
        }
        else if (name is not null)
        {
            _markdown.Append(' ').Append(CodeSpan(name));
            _plain.Append(' ').Append(shownAs is null ? name : shownAs(name));
        }
        return EndParagraph();
    }

    public HoverText Syntax(string syntax)
    {
        EndList();
        _markdown.Append("```sql\n").Append(syntax).Append("\n```\n\n");
        _plain.Append(syntax).Append("\n\n");
        return this;
    }

    public HoverText Paragraph(string prose)
    {
        EndList();
        Prose(prose);
        return EndParagraph();
    }

    /// <summary>
    /// A paragraph of text written by someone else (a catalog table's comment), shown as it is: every ASCII punctuation
    /// mark escaped in Markdown, so that none becomes a heading, list, emphasis, link or HTML, and its lines kept.
    /// </summary>
    public HoverText Verbatim(string text)
    {
        EndList();
        // Its trailing blank lines say nothing, and the hover's end would take their no-break spaces, leaving the hard
        // break before them a backslash.
        var lines = text.TrimEnd().ReplaceLineEndings("\n").Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            // Markdown drops a line's leading blanks, or reads four as a code block, and ends the paragraph at an empty
            // line (where the hard break before it shows as a backslash): as no-break spaces (characters, not entities a
            // client showing Markdown raw would print), they show as typed.
            var indent = lines[i].Length - lines[i].TrimStart(" \t").Length;
            foreach (var c in lines[i].AsSpan(0, indent))
                _markdown.Append('\u00a0', c == '\t' ? 4 : 1);
            if (lines[i].Length == 0)
                _markdown.Append('\u00a0');
            foreach (var c in lines[i].AsSpan(indent))
            {
                if (char.IsAscii(c) && (char.IsPunctuation(c) || char.IsSymbol(c)))
                    _markdown.Append('\\');
                _markdown.Append(c);
            }
            _plain.Append(lines[i]);
            if (i < lines.Length - 1)
            {
                // A hard line break: Markdown would join the lines otherwise.
                _markdown.Append("\\\n");
                _plain.Append('\n');
            }
        }
        return EndParagraph();
    }

    /// <summary>A "label: value" line, grouped with the facts around it.</summary>
    public HoverText Fact(string label, string prose)
    {
        _inList = true;
        _markdown.Append("- ").Append(label).Append(": ");
        _plain.Append("- ").Append(label).Append(": ");
        Prose(prose);
        _markdown.Append('\n');
        _plain.Append('\n');
        return this;
    }

    /// <summary>A "label: a, b, c" line of names of objects, in plain text in single quotes as the messages write them.</summary>
    public HoverText Names(string label, IEnumerable<string> names, int limit = 20)
    {
        var list = names.ToList();
        var shown = list.Take(limit).ToList();
        // A list the catalog gives is complete: an empty one says there are none.
        var more = list.Count == 0 ? "none" : list.Count > limit ? $" and {list.Count - limit} more" : "";
        _inList = true;
        _markdown.Append("- ").Append(label).Append(": ").Append(string.Join(", ", shown.Select(CodeSpan))).Append(more).Append('\n');
        _plain.Append("- ").Append(label).Append(": ").Append(string.Join(", ", shown.Select(MessageNames.Object))).Append(more).Append('\n');
        return this;
    }

    private HoverText EndParagraph()
    {
        _markdown.Append("\n\n");
        _plain.Append("\n\n");
        return this;
    }

    /// <summary><paramref name="next"/>'s paragraphs and lines after this text's.</summary>
    public HoverText Append(HoverText next)
    {
        EndList();
        _markdown.Append(next._markdown);
        _plain.Append(next._plain);
        _inList = next._inList;
        return this;
    }

    /// <summary>A paragraph after list lines needs a blank line, or Markdown continues the last item with it.</summary>
    private void EndList()
    {
        if (!_inList)
            return;
        _inList = false;
        _markdown.Append('\n');
        _plain.Append('\n');
    }

    /// <summary>Text as inline code, fenced with more backticks than it contains: SQL, shown bare in plain text.</summary>
    public static string Code(string text) => CodeSpan(text);

    /// <summary>A database, table, view, partition, function or catalog: inline code, and in plain text in single quotes.</summary>
    public static string Object(string name) => Twin(CodeSpan(name), MessageNames.Object(name));

    /// <summary>A snapshot: inline code, and in plain text in backticks.</summary>
    public static string Snapshot(string name) => Twin(CodeSpan(name), MessageNames.Snapshot(name));

    /// <summary>A repository: inline code, and in plain text in brackets.</summary>
    public static string Repository(string name) => Twin(CodeSpan(name), MessageNames.Repository(name));

    /// <summary>A property key or a string the script quotes (a timestamp, a location): inline code, and in plain text in double quotes.</summary>
    public static string Quoted(string text) => Twin(CodeSpan(text), MessageNames.Quoted(text));

    // Noncharacters, which Unicode keeps for a program's own use, mark a name's two forms within prose.
    private const char TwinStart = '\uFDD0';
    private const char TwinMiddle = '\uFDD1';
    private const char TwinEnd = '\uFDD2';

    private static string Twin(string markdown, string plain) => $"{TwinStart}{Unmarked(markdown)}{TwinMiddle}{Unmarked(plain)}{TwinEnd}";

    /// <summary>A name holding a mark itself (a catalog file can hold any character) shows a replacement character in its place.</summary>
    private static string Unmarked(string text) =>
        text.AsSpan().IndexOfAny(TwinStart, TwinMiddle, TwinEnd) < 0 ? text : text.Replace(TwinStart, '\uFFFD').Replace(TwinMiddle, '\uFFFD').Replace(TwinEnd, '\uFFFD');

    /// <summary>Prose into both forms, each name marked by <see cref="Twin"/> in its own form.</summary>
    private void Prose(string prose)
    {
        for (var i = 0; i < prose.Length;)
        {
            var start = prose.IndexOf(TwinStart, i);
            var middle = start < 0 ? -1 : prose.IndexOf(TwinMiddle, start);
            var end = middle < 0 ? -1 : prose.IndexOf(TwinEnd, middle);
            if (end < 0)
            {
                _markdown.Append(prose, i, prose.Length - i);
                AppendUnfenced(_plain, prose[i..]);
                return;
            }
            _markdown.Append(prose, i, start - i).Append(prose, start + 1, middle - start - 1);
            AppendUnfenced(_plain, prose[i..start]);
            _plain.Append(prose, middle + 1, end - middle - 1);
            i = end + 1;
        }
    }

    /// <summary>
    /// Prose with each code span's text in place of the span, as Markdown shows it: <c>`` `both` ``</c> is <c>`both`</c>,
    /// backticks and all. A run of backticks no run of the same length closes is text.
    /// </summary>
    private static void AppendUnfenced(StringBuilder plain, string prose)
    {
        for (var i = 0; i < prose.Length;)
        {
            var next = prose.IndexOf('`', i);
            if (next < 0)
            {
                plain.Append(prose, i, prose.Length - i);
                return;
            }
            plain.Append(prose, i, next - i);
            var fence = BacktickRun(prose, next);
            var close = ClosingFence(prose, next + fence, fence);
            if (close < 0)
            {
                plain.Append(prose, next, fence);
                i = next + fence;
                continue;
            }
            var content = prose.AsSpan(next + fence, close - next - fence);
            // The padding CodeSpan puts around text that starts or ends with a backtick.
            if (content is [' ', .., ' '] && content.Trim(' ').Length > 0)
                content = content[1..^1];
            plain.Append(content);
            i = close + fence;
        }
    }

    private static int BacktickRun(string text, int start)
    {
        var end = start;
        while (end < text.Length && text[end] == '`')
            end++;
        return end - start;
    }

    /// <summary>Where the next run of exactly <paramref name="length"/> backticks starts, or -1.</summary>
    private static int ClosingFence(string text, int start, int length)
    {
        for (var i = text.IndexOf('`', start); i >= 0; i = text.IndexOf('`', i))
        {
            var run = BacktickRun(text, i);
            if (run == length)
                return i;
            i += run;
        }
        return -1;
    }

    private static string CodeSpan(string text)
    {
        var longest = 0;
        for (int i = 0, run = 0; i < text.Length; i++)
            longest = Math.Max(longest, run = text[i] == '`' ? run + 1 : 0);
        var fence = new string('`', longest + 1);
        // Markdown takes one space off each end of a span that has one at both (and is not all spaces): a name with a
        // backtick at an end gets one to lose, and one with spaces at both ends (a padded key, " type ") keeps them.
        var padding = text.StartsWith('`') || text.EndsWith('`') || (text.Length > 1 && text[0] == ' ' && text[^1] == ' ' && text.Trim(' ').Length > 0) ? " " : "";
        return fence + padding + text + padding + fence;
    }
}
