using System.Collections.Immutable;
using System.Runtime.InteropServices;
using BackupLsp.Language.Rules;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Analysis;

/// <summary>A rule an ignore comment names, as written; <see cref="Rule"/> is null where no rule can be silenced by that name.</summary>
public sealed record IgnoredRule(string Written, TextSpan Span, RuleDescriptor? Rule);

/// <summary>
/// A <c>-- backup-lsp-ignore SRB700, empty-backup</c> comment (or one in <c>/* */</c>). Ending a line (after code), it
/// silences the diagnostics of its rules that start on that line; alone on its line, those from its end to the end of the
/// statement that holds it or, between statements, of the statement after it (<see cref="Silenced"/> is null where none
/// follows).
/// </summary>
public sealed record IgnoreComment(TextSpan Span, bool EndsLine, TextSpan? Silenced, ImmutableArray<IgnoredRule> Rules);

/// <summary>
/// Gathers a document's ignore comments, read where its statements and the text between them are lexed (see
/// <see cref="BlockIgnore"/>), and takes the diagnostics they silence out of what it reports, wherever the
/// diagnostics come from (a statement's rules or those across the script), so that the editor, Fix All, the workspace's
/// diagnostics and the command line all leave them out. Syntax errors cannot be silenced: StarRocks refuses a statement
/// that does not parse, whatever a comment says.
/// </summary>
public static class IgnoreComments
{
    public const string Marker = IgnoreMark.Marker;

    public static readonly RuleDescriptor InvalidIgnore = new("SRB800", "invalid-ignore", DiagnosticSeverity.Warning,
        "A backup-lsp-ignore comment that names no rule, a code or name no rule has, or a rule that cannot be silenced (the syntax errors SRB001 to SRB012, SRB999, SRB800 and SRB801).");

    public static readonly RuleDescriptor UnusedIgnore = new("SRB801", "unused-ignore", DiagnosticSeverity.Hint,
        "A backup-lsp-ignore comment, or one rule it names, that silences nothing where it stands.") { Unnecessary = true };

    public static readonly IReadOnlyList<RuleDescriptor> All = [InvalidIgnore, UnusedIgnore];

    /// <summary>Whether an ignore comment may silence the diagnostics of <paramref name="rule"/>.</summary>
    public static bool CanSilence(RuleDescriptor rule) =>
        !SyntaxRules.Refusals.Contains(rule) && rule != DocumentAnalyzer.InternalError && !All.Contains(rule);

    /// <summary>The rule an ignore comment silences by the name <paramref name="written"/>, or null where it can silence none by it.</summary>
    internal static RuleDescriptor? Silenceable(string written) => StatementRules.Find(written) is { } rule && CanSilence(rule) ? rule : null;

    /// <summary>
    /// The ignore comments of <paramref name="analysis"/> (whose statements are placed, its diagnostics not yet read), what
    /// each block shows of its diagnostics where a comment silenced any (else a default array; null where none did), and
    /// the diagnostics across statements without those silenced, with the comments' own.
    /// </summary>
    internal static (ImmutableArray<IgnoreComment> Comments, ImmutableArray<Diagnostic>[]? ShownInBlocks, ImmutableArray<Diagnostic> Script) Apply(
        DocumentAnalysis analysis, ImmutableArray<Diagnostic> script)
    {
        var comments = Gather(analysis);
        if (comments.IsEmpty)
            return (comments, null, script);
        var used = new HashSet<IgnoredRule>(ReferenceEqualityComparer.Instance);
        // Each comment reaches into a block or two: only those blocks' diagnostics are looked at, and among them only those
        // in its reach, found by their start (they are in document order).
        var (blocks, starts) = (analysis.Blocks, analysis.BlockStarts);
        Dictionary<int, bool[]?>? silencedInBlocks = null;
        var inOrder = Diagnostic.InDocumentOrder(script);
        bool[]? silencedInScript = null;
        foreach (var (reach, rules) in RulesByReach(comments))
        {
            for (var block = FirstBlockReaching(starts, reach.Start); block < blocks.Length && starts[block] <= reach.End; block++)
                if (!blocks[block].Diagnostics.IsEmpty)
                    Silence(reach, rules, blocks[block].Diagnostics, starts[block], ref CollectionsMarshal.GetValueRefOrAddDefault(silencedInBlocks ??= [], block, out _), used);
            Silence(reach, rules, inOrder, 0, ref silencedInScript, used);
        }
        ImmutableArray<Diagnostic>[]? shown = null;
        foreach (var (block, silenced) in silencedInBlocks ?? [])
            if (silenced is not null)
                (shown ??= new ImmutableArray<Diagnostic>[blocks.Length])[block] = Kept(blocks[block].Diagnostics, silenced);
        var reported = (silencedInScript is null ? inOrder : Kept(inOrder, silencedInScript)).ToBuilder();
        foreach (var comment in comments)
            foreach (var diagnostic in Diagnose(analysis.Text, comment, used, analysis.Context.Options))
                if (StatementChecks.Configured(diagnostic, analysis.Context.Options) is { } configured)
                    reported.Add(configured);
        return (comments, shown, Diagnostic.InDocumentOrder(reported));
    }

    /// <summary>
    /// The first block whose diagnostics may start at or after <paramref name="offset"/>: a block's diagnostics start within
    /// its statements, from the block's start up to the next block's.
    /// </summary>
    private static int FirstBlockReaching(ImmutableArray<int> starts, int offset)
    {
        var index = starts.BinarySearch(offset);
        return index >= 0 ? index : Math.Max(0, ~index - 1);
    }

    /// <summary>
    /// The rules the comments silence, with the text they reach, those of neighbouring comments that reach the same text
    /// taken together: the comments that end one line, in document order, all reach that line, and a line of thousands of
    /// statements, each with its comment, is gone through once for them all.
    /// </summary>
    private static List<(TextSpan Reach, ReachedRules Rules)> RulesByReach(ImmutableArray<IgnoreComment> comments)
    {
        var byReach = new List<(TextSpan Reach, ReachedRules Rules)>();
        foreach (var comment in comments)
        {
            if (comment.Silenced is not { } reach)
                continue;
            if (byReach.Count == 0 || byReach[^1].Reach != reach)
                byReach.Add((reach, new ReachedRules()));
            foreach (var ignored in comment.Rules)
                if (ignored.Rule is { } rule)
                    byReach[^1].Rules.Add(rule, ignored);
        }
        return byReach;
    }

    /// <summary>
    /// Marks those of <paramref name="diagnostics"/> (in document order, placed at <paramref name="offset"/>) in
    /// <paramref name="reach"/> that <paramref name="rules"/> silence, and the names that silence them as used.
    /// </summary>
    private static void Silence(TextSpan reach, ReachedRules rules, ImmutableArray<Diagnostic> diagnostics, int offset, ref bool[]? silenced, HashSet<IgnoredRule> used)
    {
        for (var i = FirstStartingAtOrAfter(diagnostics, reach.Start - offset); i < diagnostics.Length && diagnostics[i].Span.Start + offset <= reach.End; i++)
            if (rules.Silences(diagnostics[i].Rule, used))
                (silenced ??= new bool[diagnostics.Length])[i] = true;
    }

    private static int FirstStartingAtOrAfter(ImmutableArray<Diagnostic> diagnostics, int offset) =>
        SortedSearch.FirstNotBefore(0, diagnostics.Length, (diagnostics, offset), static (state, i) => state.diagnostics[i].Span.Start < state.offset);

    private static ImmutableArray<Diagnostic> Kept(ImmutableArray<Diagnostic> diagnostics, bool[] silenced)
    {
        var kept = ImmutableArray.CreateBuilder<Diagnostic>(diagnostics.Length);
        for (var i = 0; i < diagnostics.Length; i++)
            if (!silenced[i])
                kept.Add(diagnostics[i]);
        return kept.DrainToImmutable();
    }

    /// <summary>
    /// What is wrong with a comment: a rule it cannot silence, or rules that silenced nothing. A rule the settings turn off
    /// can report nothing to silence: a comment kept for it is not unused.
    /// </summary>
    private static IEnumerable<Diagnostic> Diagnose(DocumentText text, IgnoreComment comment, HashSet<IgnoredRule> used, AnalysisOptions options)
    {
        if (comment.Rules.IsEmpty)
            yield return Diagnostic.Create(InvalidIgnore, comment.Span,
                $"This {Marker} names no rule, and silences nothing: write the codes or names of the rules it silences, such as SRB700 or concurrent-jobs.");
        foreach (var ignored in comment.Rules)
            if (ignored.Rule is null)
                yield return Diagnostic.Create(InvalidIgnore, ignored.Span, StatementRules.Find(ignored.Written) is { } rule
                    ? $"{rule.Code} ({rule.Name}) cannot be silenced: {(SyntaxRules.Refusals.Contains(rule) ? "StarRocks refuses a statement that does not parse" : "it reports on the analysis or on ignore comments")}."
                    : $"No rule has the code or name `{ignored.Written}` (codes look like SRB700, names like concurrent-jobs).");
        var known = comment.Rules.Where(ignored => ignored.Rule is not null).ToList();
        if (known.Count == 0)
            yield break;
        var unused = known.Where(ignored => !used.Contains(ignored) && options.SeverityOf(ignored.Rule!) is not null).ToList();
        var reach = comment.EndsLine ? "on its line" : "in the statement after it";
        if (unused.Count == known.Count)
        {
            yield return Diagnostic.Create(UnusedIgnore, comment.Span, comment.Silenced is null
                    ? $"This {Marker} silences nothing: no statement follows it."
                    : $"This {Marker} silences nothing: no {string.Join(" or ", known.Select(ignored => ignored.Rule!.Code).Distinct())} diagnostic {reach}.",
                new CodeFix($"Remove the unused {Marker} comment", [new TextEdit(Removal(text, comment), "")]) { OnlyWhenAsked = true });
            yield break;
        }
        foreach (var ignored in unused)
            yield return Diagnostic.Create(UnusedIgnore, ignored.Span, $"{ignored.Rule!.Code} silences nothing here: no {ignored.Rule.Code} diagnostic {reach}.",
                new CodeFix($"Remove {ignored.Written} from the {Marker} comment", [new TextEdit(Separated(comment, ignored), "")]) { OnlyWhenAsked = true });
    }

    /// <summary>
    /// What removing the comment takes: with the spaces before it where it ends its line, or its whole line where it stands
    /// alone on it; only itself where more follows it on its line.
    /// </summary>
    private static TextSpan Removal(DocumentText text, IgnoreComment comment)
    {
        var (start, end) = (comment.Span.Start, comment.Span.End);
        var lineStart = text.LastIndexOfAny('\n', '\r', start) + 1;
        var lineEnd = text.IndexOfAny('\n', '\r', end, text.Length) is >= 0 and var found ? found : text.Length;
        if (!text.Slice(TextSpan.FromBounds(end, lineEnd)).Span.IsWhiteSpace())
            return comment.Span;
        if (comment.EndsLine)
        {
            while (start > lineStart && text[start - 1] is ' ' or '\t')
                start--;
            return TextSpan.FromBounds(start, lineEnd);
        }
        var breakEnd = lineEnd == text.Length ? lineEnd : text[lineEnd] == '\r' && lineEnd + 1 < text.Length && text[lineEnd + 1] == '\n' ? lineEnd + 2 : lineEnd + 1;
        return TextSpan.FromBounds(lineStart, breakEnd);
    }

    /// <summary>The rule's name with the separator before it (after it, for the first), so that the rest still reads as a list.</summary>
    private static TextSpan Separated(IgnoreComment comment, IgnoredRule ignored)
    {
        var index = comment.Rules.IndexOf(ignored);
        return index > 0
            ? TextSpan.FromBounds(comment.Rules[index - 1].Span.End, ignored.Span.End)
            : TextSpan.FromBounds(ignored.Span.Start, comment.Rules[1].Span.Start);
    }

    /// <summary>
    /// The ignore comments of the blocks that hold any, placed in the document; in a script without statements, which is
    /// split again whole on each edit, those of its text.
    /// </summary>
    private static ImmutableArray<IgnoreComment> Gather(DocumentAnalysis analysis)
    {
        var (text, blocks, starts) = (analysis.Text, analysis.Blocks, analysis.BlockStarts);
        if (blocks.IsEmpty)
        {
            var read = new BlockIgnores(text, 0);
            read.AddBetween(new TextSpan(0, text.Length), nextEnd: null);
            return [.. read.ToImmutable().Select(ignore => Place(text, analysis.Lines, ignore, 0, followingEnd: null))];
        }
        var comments = ImmutableArray.CreateBuilder<IgnoreComment>(0);
        for (var i = 0; i < blocks.Length; i++)
        {
            if (blocks[i].Ignores.IsEmpty)
                continue;
            var followingEnd = FollowingStatementEnd(analysis, i);
            foreach (var ignore in blocks[i].Ignores)
                comments.Add(Place(text, analysis.Lines, ignore, starts[i], followingEnd));
        }
        return comments.DrainToImmutable();
    }

    /// <summary>Where the first statement after block <paramref name="block"/> ends, if any follows.</summary>
    private static int? FollowingStatementEnd(DocumentAnalysis analysis, int block)
    {
        for (var next = block + 1; next < analysis.Blocks.Length; next++)
            if (!analysis.Blocks[next].Statements.IsEmpty)
                return analysis.BlockStarts[next] + analysis.Blocks[next].Statements[0].Span.End;
        return null;
    }

    /// <summary>
    /// A block's ignore comment where it stands in the document, the block starting at <paramref name="blockStart"/>: ending
    /// its line where anything but spaces comes before it on the line, else reaching to the end of its statement, or of
    /// the first after the block (<paramref name="followingEnd"/>) where that one is in a later block. Its line is found
    /// in the line index (which the diagnostics' positions need anyway), not by a search of a line that may be megabytes long.
    /// </summary>
    private static IgnoreComment Place(DocumentText text, LineIndex lines, BlockIgnore ignore, int blockStart, int? followingEnd)
    {
        var span = ignore.Span.Shift(blockStart);
        var line = lines.LineOf(span.Start);
        var lineStart = lines.LineStart(line);
        var endsLine = !text.Slice(TextSpan.FromBounds(lineStart, span.Start)).Span.IsWhiteSpace();
        TextSpan? silenced;
        if (endsLine)
            silenced = TextSpan.FromBounds(lineStart, lines.LineEnd(line, text));
        else if (ignore.ReachEnd is { } reach)
            silenced = TextSpan.FromBounds(span.End, blockStart + reach);
        else
            silenced = followingEnd is { } next ? TextSpan.FromBounds(span.End, next) : null;
        return new IgnoreComment(span, endsLine, silenced, [.. ignore.Rules.Select(rule => rule with { Span = rule.Span.Shift(blockStart) })]);
    }
}
