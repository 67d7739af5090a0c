using System.Text;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Tests.Baselines;

/// <summary>
/// Draws each diagnostic under the source line(s) it covers: <c>~</c> under every covered character of each
/// line, <c>^</c> for an empty span, the severity, code and message after the first line's marks, then one
/// <c>  fix: title: edit</c> line per code fix (line breaks and tabs in edits show as ␍ ␊ ␉). Positions are 1-based line:column in UTF-16 code units.
/// </summary>
internal static class DiagnosticRenderer
{
    public static string Render(DocumentAnalysis analysis)
    {
        var text = analysis.Text.ToString();
        var lines = analysis.Lines;
        var output = new StringBuilder();
        var lastLine = lines.LineCount - 1;
        if (lines.LineStart(lastLine) == text.Length && !analysis.Diagnostics.Any(d => lines.LineOf(d.Span.End) == lastLine))
            lastLine--; // the empty "line" after a final line break, or of an empty text
        for (var line = 0; line <= lastLine; line++)
        {
            var start = lines.LineStart(line);
            var end = lines.LineEnd(line, analysis.Text);
            output.Append(text, start, end - start).Append('\n');
            foreach (var diagnostic in analysis.Diagnostics)
                AppendMarks(output, analysis, diagnostic, line, start, end);
        }
        var count = analysis.Diagnostics.Length;
        output.Append(count == 0 ? "== no diagnostics ==" : $"== {count} diagnostic{(count == 1 ? "" : "s")} ==").Append('\n');
        return output.ToString();
    }

    private static void AppendMarks(StringBuilder output, DocumentAnalysis analysis, Diagnostic diagnostic, int line, int lineStart, int lineEnd)
    {
        var span = diagnostic.Span;
        var firstLine = analysis.Lines.LineOf(span.Start);
        if (line < firstLine || line > analysis.Lines.LineOf(span.End))
            return;
        var from = Math.Max(span.Start, lineStart);
        var to = Math.Min(span.End, lineEnd);
        if (line != firstLine && to <= from)
            return;
        for (var i = lineStart; i < from; i++)
            output.Append(analysis.Text[i] is '\t' or '\u3000' ? analysis.Text[i] : ' ');
        output.Append(to <= from ? "^" : new string('~', to - from));
        if (line == firstLine)
        {
            output.Append(' ').Append(Severity(diagnostic.Severity)).Append(' ').Append(diagnostic.Code).Append(": ").Append(diagnostic.Message);
            foreach (var related in diagnostic.Related)
                output.Append("\n  see ").Append(Position(analysis.Lines, related.Span.Start)).Append(' ')
                    .Append(Quote(analysis.Text.ToString(related.Span))).Append(": ").Append(related.Message);
            foreach (var fix in diagnostic.Fixes)
                output.Append("\n  fix: ").Append(fix.Title).Append(": ").AppendJoin("; ", fix.Edits.Select(e => Describe(analysis, e)));
        }
        output.Append('\n');
    }

    private static string Describe(DocumentAnalysis analysis, TextEdit edit)
    {
        var start = Position(analysis.Lines, edit.Span.Start);
        var old = analysis.Text.ToString(edit.Span);
        if (old.Length == 0)
            return $"insert {Quote(edit.NewText)} at {start}";
        var range = $"{start}-{Position(analysis.Lines, edit.Span.End)}";
        return edit.NewText.Length == 0
            ? $"delete {Quote(old)} at {range}"
            : $"replace {Quote(old)} at {range} with {Quote(edit.NewText)}";
    }

    private static string Position(LineIndex lines, int offset)
    {
        var position = lines.GetPosition(offset);
        return $"{position.Line + 1}:{position.Character + 1}";
    }

    private static string Quote(string text) =>
        "`" + text.Replace('\r', '\u240D').Replace('\n', '\u240A').Replace('\t', '\u2409') + "`";

    private static string Severity(DiagnosticSeverity severity) => severity switch
    {
        DiagnosticSeverity.Error => "error",
        DiagnosticSeverity.Warning => "warning",
        DiagnosticSeverity.Information => "information",
        _ => "hint",
    };
}
