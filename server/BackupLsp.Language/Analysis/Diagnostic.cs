using System.Collections.Immutable;
using System.Globalization;
using System.Runtime.InteropServices;
using System.Text;
using BackupLsp.Language.Rules;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Analysis;

/// <summary>
/// Severities, numbered as LSP numbers them: the LSP adapter sends these numbers as they are, and `check --fail-on` reads
/// a lower number as more severe, so the numbers are a contract (the core itself knows nothing of LSP).
/// </summary>
public enum DiagnosticSeverity
{
    Error = 1,
    Warning = 2,
    Information = 3,
    Hint = 4,
}

/// <summary>A rule: a stable code, a short name and the severity it has unless configured otherwise.</summary>
public sealed record RuleDescriptor(string Code, string Name, DiagnosticSeverity DefaultSeverity, string Summary)
{
    /// <summary>
    /// The rule's title, as a report lists its rules: its name in words ("Unknown table"), or as set where those would
    /// misread the statement's keywords ("RESTORE ON without a database", not "Restore on without database").
    /// </summary>
    public string Title { get; init; } = char.ToUpperInvariant(Name[0]) + Name[1..].Replace('-', ' ');

    /// <summary>Its diagnostics mark text that does nothing, which an editor may fade (LSP's Unnecessary tag).</summary>
    public bool Unnecessary { get; init; }
}

/// <summary>A change the user can apply to address a diagnostic.</summary>
/// <param name="Certain">
/// The one right edit: it keeps what the statement means (or the only thing StarRocks accepts) and leaves nothing to
/// choose, so "fix all" applies it unattended. A guess, such as a did-you-mean or one of several names, is not certain.
/// </param>
public sealed record CodeFix(string Title, ImmutableArray<TextEdit> Edits, bool Certain = false)
{
    public string Title { get; init; } = Diagnostic.WithInvisiblesEscaped(Title);

    public static CodeFix Replace(string title, TextSpan span, string newText, bool certain = false) =>
        new(title, [new TextEdit(span, newText)], certain);

    /// <summary>Parentheses around <paramref name="span"/>, which stays as written (its comments and line breaks too).</summary>
    public static CodeFix Parenthesize(string title, TextSpan span, bool certain = false) =>
        new(title, [new TextEdit(new TextSpan(span.Start, 0), "("), new TextEdit(new TextSpan(span.End, 0), ")")], certain);

    /// <summary>
    /// The fix answers the diagnostic by leaving out something the statement does (a table left out of a BACKUP) or with a
    /// value to fill in: no editor applies it unasked, even where it is the only one.
    /// </summary>
    public bool OnlyWhenAsked { get; init; }

    /// <summary>
    /// The index of the fix an editor may apply unasked (LSP's isPreferred, which auto fix applies): the only one there
    /// is (unless <see cref="OnlyWhenAsked"/>), or the first certain one; of several names to choose from (another
    /// repository is another location), none (-1).
    /// </summary>
    public static int Preferred(ImmutableArray<CodeFix> fixes)
    {
        if (fixes.Length == 1)
            return fixes[0].OnlyWhenAsked ? -1 : 0;
        for (var i = 0; i < fixes.Length; i++)
            if (fixes[i].Certain)
                return i;
        return -1;
    }
}

/// <summary>Another place in the document a diagnostic is about, such as the statement that took a name first.</summary>
public sealed record RelatedSpan(TextSpan Span, string Message)
{
    public string Message { get; init; } = Diagnostic.WithInvisiblesEscaped(Message);
}

public sealed record Diagnostic(
    RuleDescriptor Rule, DiagnosticSeverity Severity, TextSpan Span, string Message, ImmutableArray<CodeFix> Fixes)
{
    public string Code => Rule.Code;

    /// <summary>
    /// The other statements the message speaks of (a BACKUP earlier in the script), in the same coordinates as
    /// <see cref="Span"/>. Only the rules across the script's statements give them: their diagnostics are made again for
    /// every version, while a block's are reused where the block moved, and a place outside it would not move with it.
    /// </summary>
    public ImmutableArray<RelatedSpan> Related { get; init; } = [];

    /// <summary>
    /// A syntax error as the releases that lack forms it names as expected (3.4's ON items, 4.1's SHOW clauses) give it:
    /// without them, and without a did-you-mean of one. The parse is made once for every release; the rules pick the
    /// diagnostic for the one configured.
    /// </summary>
    internal ReleaseVariant? BeforeRelease { get; init; }

    /// <summary>
    /// Set on a RESTORE's or DROP SNAPSHOT's unknown snapshot: the diagnostic stands only if no BACKUP earlier in the script
    /// takes that snapshot into that repository (and no DROP SNAPSHOT after that BACKUP drops it; see ScriptRules).
    /// </summary>
    internal SnapshotKey? UnlessTakenEarlier { get; init; }

    /// <summary>
    /// Set on a statement's diagnostic about an external catalog a DROP CATALOG earlier in the script dropped: that catalog,
    /// whose DROP the diagnostic is linked to across the script (see DroppedCatalogRules.Linked).
    /// </summary>
    internal string? OnDroppedCatalog { get; init; }

    /// <summary>
    /// Whether StarRocks refuses the statement this is reported on, so that it runs no job and changes nothing: its rule is
    /// an error by default (the level a reader configures is how loudly it is told, not what StarRocks does), other than a
    /// missing `;` (the statements on either side of it are read as if it were there) and an unknown snapshot that a BACKUP
    /// earlier in the script may yet take (see <see cref="UnlessTakenEarlier"/>); or it is a form newer than the configured
    /// release, which that release refuses (a warning, as the release configured may not be the one the script meets).
    /// </summary>
    internal bool RefusesStatement =>
        (Rule.DefaultSeverity == DiagnosticSeverity.Error || Rule == VersionRules.RequiresNewerVersion)
        && Rule != SyntaxRules.MissingSemicolon && UnlessTakenEarlier is null;

    /// <summary>
    /// In document order (by start, then by end), stably: diagnostics at the same place keep the order they were reported
    /// in (a statement reports its own in a fixed order), whatever the statements are grouped with. List.Sort is not
    /// stable, and a fresh and an incremental analysis group statements into different blocks.
    /// </summary>
    internal static ImmutableArray<Diagnostic> InDocumentOrder(IEnumerable<Diagnostic> diagnostics) =>
        [.. diagnostics.OrderBy(d => d.Span.Start).ThenBy(d => d.Span.End)];

    public static int ComparePositions(TextSpan a, TextSpan b) =>
        a.Start != b.Start ? a.Start.CompareTo(b.Start) : a.End.CompareTo(b.End);

    public static Diagnostic Create(RuleDescriptor rule, TextSpan span, string message, params CodeFix[] fixes) =>
        new(rule, rule.DefaultSeverity, span, WithInvisiblesEscaped(message), [.. fixes]);

    /// <summary>
    /// The text with the characters of the words it quotes that would not show as what they are written as escapes:
    /// Unicode's format characters (a byte order mark inside a file made by joining files, a zero-width space), the
    /// invisible Hangul fillers, control characters (a tab or a line break inside a quoted name) and the spaces other than
    /// U+0020 (a no-break space copied from a web page). Raw, an "Unknown statement `BACKUP`: did you mean BACKUP?" about a
    /// BACKUP after a byte order mark, or an "Unknown table `my table`" about a no-break space, would read as nonsense.
    /// Messages, related messages and fix titles all go through it, and none has a line break or a tab of its own: any
    /// such character comes from the script. The full-width space U+3000 stays: it shows, twice as wide as a space, and
    /// CJK input methods type it on purpose, in names their users read as written.
    /// </summary>
    internal static string WithInvisiblesEscaped(string text)
    {
        // A text in printable ASCII, as most are, is passed over in one vectorized search.
        var first = text.AsSpan().IndexOfAnyExceptInRange(' ', '~');
        if (first < 0)
            return text;
        StringBuilder? escaped = null;
        var index = first;
        foreach (var rune in text.AsSpan(first).EnumerateRunes())
        {
            if (WouldNotShow(rune))
                (escaped ??= new StringBuilder(text, 0, index, text.Length + 8)).Append(rune.IsBmp ? $"\\u{rune.Value:x4}" : $"\\U{rune.Value:x8}");
            else
                escaped?.Append(text, index, rune.Utf16SequenceLength);
            index += rune.Utf16SequenceLength;
        }
        return escaped?.ToString() ?? text;
    }

    private static bool WouldNotShow(Rune rune) =>
        Rune.IsControl(rune) || (Rune.IsWhiteSpace(rune) && rune.Value is not (' ' or 0x3000))
        || Rune.GetUnicodeCategory(rune) == UnicodeCategory.Format || rune.Value is 0x115F or 0x1160 or 0x3164 or 0xFFA0;

    /// <summary>The same diagnostic <paramref name="delta"/> characters further on. Runs for every diagnostic on every
    /// keystroke, so it is written without LINQ.</summary>
    public Diagnostic Shift(int delta)
    {
        if (delta == 0)
            return this;
        var related = Related;
        if (!related.IsEmpty)
        {
            var shifted = new RelatedSpan[related.Length];
            for (var i = 0; i < shifted.Length; i++)
                shifted[i] = related[i] with { Span = related[i].Span.Shift(delta) };
            related = ImmutableCollectionsMarshal.AsImmutableArray(shifted);
        }
        if (Fixes.IsEmpty)
            return this with { Span = Span.Shift(delta), Related = related };
        var fixes = new CodeFix[Fixes.Length];
        for (var i = 0; i < fixes.Length; i++)
        {
            var edits = new TextEdit[Fixes[i].Edits.Length];
            for (var j = 0; j < edits.Length; j++)
                edits[j] = Fixes[i].Edits[j] with { Span = Fixes[i].Edits[j].Span.Shift(delta) };
            fixes[i] = Fixes[i] with { Edits = ImmutableCollectionsMarshal.AsImmutableArray(edits) };
        }
        return this with { Span = Span.Shift(delta), Related = related, Fixes = ImmutableCollectionsMarshal.AsImmutableArray(fixes) };
    }
}

/// <summary>The diagnostic reported in place of another under the releases before <paramref name="Since"/>.</summary>
internal sealed record ReleaseVariant(StarRocksVersion Since, Diagnostic Diagnostic);

/// <summary>
/// A snapshot as a repository holds it: by its own name, in the folder StarRocks keeps under the repository's name at its
/// location (<see cref="Location"/>, as <see cref="Catalog.RepositoryLocation"/> reads it; null where it is not known). A
/// repository dropped and created again at the same location holds what it held; at another, what is there. A class, so
/// that diagnostics without one stay small.
/// </summary>
internal sealed record SnapshotKey(string Repository, string Snapshot, string? Location)
{
    // Hashed once: the script-wide snapshot pass looks up every BACKUP's key on every keystroke, and the keys live with
    // the parses that every version shares. So a key is made with its constructor: `with` would copy the hash.
    private readonly int _hash = HashCode.Combine(Repository, Snapshot, Location);

    public override int GetHashCode() => _hash;

    public bool Equals(SnapshotKey? other) =>
        ReferenceEquals(this, other) || (other is not null && _hash == other._hash && Repository == other.Repository && Snapshot == other.Snapshot
            && Location == other.Location);
}
