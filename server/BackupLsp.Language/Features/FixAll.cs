using System.Collections.Immutable;
using System.Text;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Features;

/// <summary>
/// "Fix all": the certain fix (<see cref="CodeFix.Certain"/>) of every diagnostic that has one, as one set of edits that
/// do not touch each other. A fix whose edits would meet an earlier fix's is left for the next round (its diagnostic may
/// be gone by then), so that no two fixes ever rewrite the same text; but a replacement both make alike is made once.
/// </summary>
public static class FixAll
{
    /// <summary>A fix applied: its diagnostic's rule, and the 0-based line the diagnostic starts on in the text it was applied to.</summary>
    public sealed record Applied(string Code, int Line);

    /// <summary>How many rounds <see cref="Apply"/> runs at most: a fix rarely makes room for another more than once.</summary>
    public const int MaxRounds = 10;

    /// <summary>The edits of one round, in document order.</summary>
    public static ImmutableArray<TextEdit> Edits(DocumentAnalysis analysis) => Round(analysis).Edits;

    /// <summary>
    /// Applies rounds of <see cref="Edits"/> until none is left (at most <see cref="MaxRounds"/>); returns the fixed text,
    /// the fixes applied (a later round's lines are those of the text the rounds before it left), and the fixed text's
    /// analysis (the last round's).
    /// </summary>
    public static (string Text, ImmutableArray<Applied> Fixes, DocumentAnalysis Analysis) Apply(string text, Func<string, DocumentAnalysis> analyze)
    {
        var fixes = ImmutableArray.CreateBuilder<Applied>();
        for (var round = 0; ; round++)
        {
            var analysis = analyze(text);
            var (edits, applied) = round < MaxRounds ? Round(analysis) : ([], []);
            if (edits.IsEmpty)
                return (text, fixes.ToImmutable(), analysis);
            fixes.AddRange(applied);
            text = ApplyEdits(text, edits);
        }
    }

    private static (ImmutableArray<TextEdit> Edits, List<Applied> Fixes) Round(DocumentAnalysis analysis)
    {
        var taken = new List<(TextEdit Edit, string Code)>();
        var fixes = new List<Applied>();
        foreach (var placed in analysis.PlacedDiagnostics)
        {
            // Placed in the document only where there is a certain fix: most diagnostics have none.
            if (!placed.Relative.Fixes.Any(certain => certain.Certain))
                continue;
            var fix = placed.Absolute.Fixes.First(certain => certain.Certain);
            var code = placed.Relative.Code;
            var edits = fix.Edits.Select(analysis.AsWritten).ToList();
            // A replacement an earlier fix makes too is made once (a full-width space that its own SRB001 and the fix of
            // the mark beside it both make ASCII), so that fix still applies in this round.
            edits.RemoveAll(edit => edit.Span.Length > 0 && taken.Any(other => other.Edit == edit));
            if (edits.Any(edit => taken.Any(other => Conflict(edit, code, other.Edit, other.Code))))
                continue;
            taken.AddRange(edits.Select(edit => (edit, code)));
            fixes.Add(new Applied(code, analysis.Lines.GetPosition(placed.Absolute.Span.Start).Line));
        }
        // Stable: insertions at one place keep the order of their diagnostics.
        return ([.. taken.Select(t => t.Edit).OrderBy(edit => edit.Span.Start)], fixes);
    }

    /// <summary>Applies edits that do not overlap, given in document order.</summary>
    public static string ApplyEdits(string text, IReadOnlyList<TextEdit> edits)
    {
        var result = new StringBuilder(text.Length);
        var position = 0;
        foreach (var edit in edits)
        {
            result.Append(text, position, edit.Span.Start - position).Append(edit.NewText);
            position = edit.Span.End;
        }
        return result.Append(text, position, text.Length - position).ToString();
    }

    /// <summary>
    /// Whether two edits cannot both apply: they overlap, or start at the same place (two insertions there, or an insertion
    /// where a replacement starts, have no order). An insertion at the end of a replacement comes after it. Two insertions
    /// at one place by fixes of one rule go in the order of their diagnostics: the partitions of a table's later mentions,
    /// merged into its first, are listed in the order they were written.
    /// </summary>
    private static bool Conflict(TextEdit a, string aCode, TextEdit b, string bCode) =>
        a.Span.Start == b.Span.Start ? !(a.Span.Length == 0 && b.Span.Length == 0 && aCode == bCode)
        : a.Span.Start < b.Span.End && b.Span.Start < a.Span.End;
}
