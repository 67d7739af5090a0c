using System.Buffers;
using System.Collections.Immutable;
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
public sealed record IgnoreComment(TextSpan Span, bool EndsLine, TextSpan? Silenced, ImmutableArray<IgnoredRule> Rules)
{
    /// <summary>Whether a diagnostic of <paramref name="rule"/> that starts at <paramref name="start"/> is one this comment silences.</summary>
    public bool Silences(RuleDescriptor rule, int start) => Covers(start) && Rules.Any(ignored => ignored.Rule == rule);

    /// <summary>Whether a diagnostic that starts at <paramref name="start"/> is in the comment's reach (the end of a line or statement included).</summary>
    public bool Covers(int start) => Silenced is { } silenced && start >= silenced.Start && start <= silenced.End;
}

/// <summary>
/// Finds a document's ignore comments and takes the diagnostics they silence out of what it reports, wherever the
/// diagnostics come from (a statement's rules or those across the script), so that the editor, Fix All, the workspace's
/// diagnostics and the command line all leave them out. Syntax errors cannot be silenced: StarRocks refuses a statement
/// that does not parse, whatever a comment says.
/// </summary>
public static class IgnoreComments
{
    public const string Marker = "backup-lsp-ignore";

    // Searched on every analysis of the whole text: a vectorised search, where string.IndexOf ignoring case stops at each
    // of the thousands of words a backup script begins like the marker (about 3 ms a keystroke in 1 MB).
    private static readonly SearchValues<string> MarkerSearch = SearchValues.Create([Marker], StringComparison.OrdinalIgnoreCase);

    public static readonly RuleDescriptor InvalidIgnore = new("SRB800", "invalid-ignore", DiagnosticSeverity.Warning,
        "A backup-lsp-ignore comment that names no rule, a code or name no rule has, or a rule that cannot be silenced (the syntax errors SRB001 to SRB012, SRB999, SRB800 and SRB801).");

    public static readonly RuleDescriptor UnusedIgnore = new("SRB801", "unused-ignore", DiagnosticSeverity.Hint,
        "A backup-lsp-ignore comment, or one rule it names, that silences nothing where it stands.") { Unnecessary = true };

    public static readonly IReadOnlyList<RuleDescriptor> All = [InvalidIgnore, UnusedIgnore];

    /// <summary>Whether an ignore comment may silence the diagnostics of <paramref name="rule"/>.</summary>
    public static bool CanSilence(RuleDescriptor rule) =>
        !SyntaxRules.All.Contains(rule) && rule != DocumentAnalyzer.InternalError && !All.Contains(rule);

    /// <summary>
    /// The ignore comments of <paramref name="analysis"/> (whose statements are placed, its diagnostics not yet read), what
    /// each block shows of its diagnostics where a comment silenced any (else a default array; null where none did), and
    /// the diagnostics across statements without those silenced, with the comments' own.
    /// </summary>
    internal static (ImmutableArray<IgnoreComment> Comments, ImmutableArray<Diagnostic>[]? ShownInBlocks, ImmutableArray<Diagnostic> Script) Apply(
        DocumentAnalysis analysis, ImmutableArray<Diagnostic> script)
    {
        var comments = Find(analysis);
        if (comments.IsEmpty)
            return (comments, null, script);
        var used = new HashSet<IgnoredRule>(ReferenceEqualityComparer.Instance);
        ImmutableArray<Diagnostic>[]? shown = null;
        for (var i = 0; i < analysis.Blocks.Length; i++)
        {
            var (diagnostics, offset) = (analysis.Blocks[i].Diagnostics, analysis.BlockStarts[i]);
            // Most blocks have no comment in reach of their diagnostics, which are in document order.
            if (diagnostics.IsEmpty || !comments.Any(comment => comment.Silenced is { } silenced
                    && silenced.Start <= diagnostics[^1].Span.Start + offset && diagnostics[0].Span.Start + offset <= silenced.End))
                continue;
            var kept = Unsilenced(comments, diagnostics, offset, used);
            if (kept.Length != diagnostics.Length)
                (shown ??= new ImmutableArray<Diagnostic>[analysis.Blocks.Length])[i] = kept;
        }
        var reported = Unsilenced(comments, script, 0, used).ToBuilder();
        foreach (var comment in comments)
            foreach (var diagnostic in Diagnose(analysis.Text, comment, used))
                if (StatementChecks.Configured(diagnostic, analysis.Context.Options) is { } configured)
                    reported.Add(configured);
        return (comments, shown, Diagnostic.InDocumentOrder(reported));
    }

    /// <summary>The diagnostics no comment silences; the rules named by the comments that silence the others are marked used.</summary>
    private static ImmutableArray<Diagnostic> Unsilenced(ImmutableArray<IgnoreComment> comments, ImmutableArray<Diagnostic> diagnostics, int offset, HashSet<IgnoredRule> used)
    {
        var kept = ImmutableArray.CreateBuilder<Diagnostic>(diagnostics.Length);
        foreach (var diagnostic in diagnostics)
        {
            var silenced = false;
            foreach (var comment in comments)
                if (comment.Covers(diagnostic.Span.Start + offset))
                    foreach (var ignored in comment.Rules)
                        if (ignored.Rule == diagnostic.Rule)
                        {
                            used.Add(ignored);
                            silenced = true;
                        }
            if (!silenced)
                kept.Add(diagnostic);
        }
        return kept.Count == diagnostics.Length ? diagnostics : kept.DrainToImmutable();
    }

    /// <summary>What is wrong with a comment: a rule it cannot silence, or rules that silenced nothing.</summary>
    private static IEnumerable<Diagnostic> Diagnose(DocumentText text, IgnoreComment comment, HashSet<IgnoredRule> used)
    {
        if (comment.Rules.IsEmpty)
            yield return Diagnostic.Create(InvalidIgnore, comment.Span,
                $"{Marker} names no rule, and silences nothing: write the codes or names of the rules it silences, such as SRB700 or concurrent-jobs.");
        foreach (var ignored in comment.Rules)
            if (ignored.Rule is null)
                yield return Diagnostic.Create(InvalidIgnore, ignored.Span, StatementRules.Find(ignored.Written) is { } rule
                    ? $"{rule.Code} ({rule.Name}) cannot be silenced: {(SyntaxRules.All.Contains(rule) ? "StarRocks refuses a statement that does not parse" : "it reports on the analysis or on ignore comments")}."
                    : $"No rule has the code or name `{ignored.Written}` (codes look like SRB700, names like concurrent-jobs).");
        var known = comment.Rules.Where(ignored => ignored.Rule is not null).ToList();
        if (known.Count == 0)
            yield break;
        var reach = comment.EndsLine ? "on its line" : "in the statement after it";
        if (!known.Any(used.Contains))
        {
            yield return Diagnostic.Create(UnusedIgnore, comment.Span, comment.Silenced is null
                    ? $"This {Marker} silences nothing: no statement follows it."
                    : $"This {Marker} silences nothing: no {string.Join(" or ", known.Select(ignored => ignored.Rule!.Code).Distinct())} diagnostic {reach}.",
                new CodeFix($"Remove the unused {Marker} comment", [new TextEdit(Removal(text, comment), "")]) { OnlyWhenAsked = true });
            yield break;
        }
        foreach (var ignored in known.Where(ignored => !used.Contains(ignored)))
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

    private static ImmutableArray<IgnoreComment> Find(DocumentAnalysis analysis)
    {
        var text = analysis.Text;
        var comments = ImmutableArray.CreateBuilder<IgnoreComment>(0);
        for (var hit = text.IndexOfAny(MarkerSearch, Marker.Length, 0); hit >= 0; hit = text.IndexOfAny(MarkerSearch, Marker.Length, hit + Marker.Length))
            if (Read(analysis, hit) is { } comment)
            {
                comments.Add(comment);
                hit = Math.Max(hit, comment.Span.End - Marker.Length);
            }
        return comments.DrainToImmutable();
    }

    /// <summary>The ignore comment whose marker is at <paramref name="marker"/>, if it starts a comment there (after its <c>--</c> or <c>/*</c> and spaces).</summary>
    private static IgnoreComment? Read(DocumentAnalysis analysis, int marker)
    {
        var text = analysis.Text;
        var (token, region, inStatement, next) = TokenAt(analysis, marker);
        if (token.Kind is not (TokenKind.LineComment or TokenKind.BlockComment))
            return null;
        var written = text.ToString(token.Span);
        var body = written.AsSpan(2, written.Length - (token.Kind == TokenKind.BlockComment ? 4 : 2));
        var bodyStart = token.Span.Start + 2;
        var spaces = body.Length - body.TrimStart().Length;
        if (bodyStart + spaces != marker)
            return null;
        var rest = body[(spaces + Marker.Length)..];
        if (!rest.IsEmpty && !char.IsWhiteSpace(rest[0]))
            return null;
        var rules = ImmutableArray.CreateBuilder<IgnoredRule>();
        var restStart = marker + Marker.Length;
        for (var i = 0; i < rest.Length;)
        {
            if (rest[i] == ',' || char.IsWhiteSpace(rest[i]))
            {
                i++;
                continue;
            }
            var end = i;
            while (end < rest.Length && rest[end] != ',' && !char.IsWhiteSpace(rest[end]))
                end++;
            var name = rest[i..end].ToString();
            rules.Add(new IgnoredRule(name, new TextSpan(restStart + i, end - i), StatementRules.Find(name) is { } rule && CanSilence(rule) ? rule : null));
            i = end;
        }
        var lineStart = text.LastIndexOfAny('\n', '\r', token.Span.Start) + 1;
        var endsLine = !text.Slice(TextSpan.FromBounds(lineStart, token.Span.Start)).Span.IsWhiteSpace();
        TextSpan? silenced;
        if (endsLine)
            silenced = TextSpan.FromBounds(lineStart, text.IndexOfAny('\n', '\r', token.Span.Start, text.Length) is >= 0 and var lineEnd ? lineEnd : text.Length);
        else if (inStatement)
            silenced = TextSpan.FromBounds(token.Span.End, region.End);
        else
            silenced = next is { } statement ? TextSpan.FromBounds(token.Span.End, statement.End) : null;
        return new IgnoreComment(token.Span, endsLine, silenced, rules.DrainToImmutable());
    }

    /// <summary>
    /// The token that holds <paramref name="offset"/>, read from the start of the statement that holds it or from the end
    /// of the one before (tokens start there); whether it is in a statement (<paramref name="region"/>) or between two, and
    /// the statement after it.
    /// </summary>
    internal static (SyntaxToken Token, TextSpan Region, bool InStatement, TextSpan? Next) TokenAt(DocumentAnalysis analysis, int offset)
    {
        var spans = analysis.StatementSpans;
        var index = analysis.IndexOfLastStartingAtOrBefore(offset);
        var inStatement = index >= 0 && offset < spans[index].End;
        var region = inStatement ? spans[index]
            : TextSpan.FromBounds(index >= 0 ? spans[index].End : 0, index + 1 < spans.Count ? spans[index + 1].Start : analysis.Text.Length);
        TextSpan? next = index + 1 < spans.Count ? spans[index + 1] : null;
        var chars = analysis.Text.Slice(region).Span;
        for (var position = 0; position < chars.Length;)
        {
            var kind = Lexer.Scan(chars, position, out var end);
            if (region.Start + end > offset)
                return (new SyntaxToken(kind, TextSpan.FromBounds(region.Start + position, region.Start + end)), region, inStatement, next);
            position = end;
        }
        return (new SyntaxToken(TokenKind.Whitespace, new TextSpan(offset, 0)), region, inStatement, next);
    }
}
