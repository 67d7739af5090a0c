using System.Runtime.InteropServices;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Features;

/// <summary>Collects suggestions in order of likelihood; the order becomes the sort text.</summary>
/// <param name="replacesPastCursor">Whether the client applies an item's range where it runs past the cursor (see
/// <see cref="CompletionService.Complete"/>).</param>
internal sealed class CompletionList(CompletionCursor cursor, StarRocksVersion? version, bool replacesPastCursor = false)
{
    /// <summary>
    /// The most names one list offers: a database of ten thousand tables would otherwise send them all on every
    /// keystroke. Past it the list keeps the likeliest names the typed text could still match, with every keyword and
    /// property, and says it is incomplete, so that the client asks again as the person types.
    /// </summary>
    public const int MaxNames = 1000;

    /// <summary>An entry as added, before the list's order gives it its sort text.</summary>
    private readonly record struct Pending(string Label, CompletionEntryKind Kind, string? Detail, Func<HoverText?>? Documentation, string InsertText,
        bool IsSnippet, bool ListFollows);

    private readonly List<Pending> _items = [];
    private readonly HashSet<(string, CompletionEntryKind)> _seen = [];

    public CompletionCursor Cursor => cursor;

    /// <summary>The configured release, whose names the list writes (a word it reserves is backticked).</summary>
    public StarRocksVersion? Version => version;

    /// <param name="documentation">Writes the entry's documentation, when a client shows it.</param>
    /// <param name="insertText">The text written; none leaves the entry out (a string where a backtick was typed, see <see cref="Quoted"/>).</param>
    /// <param name="listFollows">See <see cref="CompletionEntry.ListFollows"/>.</param>
    public void Add(string label, CompletionEntryKind kind, string? detail, Func<HoverText?>? documentation, string? insertText, bool isSnippet = false,
        bool listFollows = false)
    {
        if (insertText is not null && _seen.Add((label, kind)))
            _items.Add(new Pending(label, kind, detail, documentation, insertText, isSnippet, listFollows));
    }

    /// <summary>Makes room for <paramref name="more"/> entries at once: a catalog may list thousands of tables.</summary>
    public void Expect(int more)
    {
        _items.EnsureCapacity(_items.Count + more);
        _seen.EnsureCapacity(_seen.Count + more);
    }

    /// <summary>
    /// A catalog name, labelled bare: inserted backticked when the person started with a backtick, quoted when with a
    /// quote (a partition's name may be a string). A name with a backtick is left out outside a string: SQL cannot write
    /// it (StarRocks reads a doubled backtick as nothing).
    /// </summary>
    /// <param name="suffix">What follows the name: a qualifier's dot.</param>
    /// <param name="listFollows">See <see cref="CompletionEntry.ListFollows"/>.</param>
    public void AddName(string name, CompletionEntryKind kind, string? detail, Func<HoverText?> documentation, string suffix = "",
        bool listFollows = false)
    {
        if (!cursor.InString && name.Contains('`'))
            return;
        var sql = cursor.InBackticks ? Untyped($"`{name}`") : cursor.InString ? Quoted(name) : NameText.ToSql(name, version);
        Add(name, kind, detail, documentation, sql + suffix, listFollows: listFollows);
    }

    /// <summary>
    /// A string literal holding <paramref name="value"/>, in the quote the person typed, as inserted: without the
    /// opening quote the cursor stands past. None past a backtick, which opens a name and never a string: the item would
    /// close with a quote and leave the backtick open to the end of the script (the diagnostic's fix turns it into quotes).
    /// Before one, the string replaces the whole backticked word (none where it runs over lines, and is not replaced whole).
    /// </summary>
    public string? Quoted(string value)
    {
        if (cursor.InBackticks && (cursor.PastOpeningQuote || cursor.ReplaceSpan.Length != cursor.Partial!.Value.Span.Length))
            return null;
        var quote = cursor.Quote;
        return Untyped($"{quote}{value.Replace("\\", "\\\\").Replace(quote.ToString(), "\\" + quote)}{quote}");
    }

    /// <summary>A quoted text without its opening quote when the person has typed it: a suggestion replaces from after it.</summary>
    public string Untyped(string quoted) => cursor.PastOpeningQuote ? quoted[1..] : quoted;

    public CompletionResult ToResult()
    {
        var incomplete = _items.Count(item => IsName(item.Kind)) > MaxNames;
        var items = incomplete ? Matching(cursor.Typed.TrimStart('`', '"', '\'')) : _items;
        var width = Math.Max(4, items.Count.ToString().Length);
        var entries = new CompletionEntry[items.Count];
        for (var i = 0; i < entries.Length; i++)
        {
            var (label, kind, detail, documentation, insertText, isSnippet, listFollows) = items[i];
            var replace = cursor.ReplaceSpan;
            // A database's dot goes after the closing quote: a client that applies the range past the cursor takes the whole
            // item, over that quote, and its list after the dot.
            if (cursor.BeforeClosingQuote && WithoutClosingQuote(insertText, cursor.Tokens.Text[cursor.Partial!.Value.Span.Start]) is { } upToQuote
                && !(replacesPastCursor && insertText[^1] == '.'))
            {
                // Without its dot, a database leads to no list of its own.
                listFollows &= upToQuote.Length == insertText.Length - 1;
                (insertText, replace) = (upToQuote, new TextSpan(replace.Start, replace.Length - 1));
            }
            entries[i] = new CompletionEntry(label, kind, detail, documentation is null ? null : new CompletionDocumentation(documentation),
                insertText, isSnippet, i.ToString().PadLeft(width, '0'), replace, listFollows);
        }
        return new CompletionResult(ImmutableCollectionsMarshal.AsImmutableArray(entries), incomplete);
    }

    /// <summary>
    /// The text to insert before a closing quote that stays: the item's text without that quote, and without the dot after
    /// it that a database's name brings (written after the quote by the person; it cannot go inside). Null for a text that
    /// ends otherwise.
    /// </summary>
    private static string? WithoutClosingQuote(string insertText, char quote) =>
        insertText.EndsWith(quote) ? insertText[..^1]
        : insertText.Length > 1 && insertText[^1] == '.' && insertText[^2] == quote ? insertText[..^2]
        : null;

    /// <summary>The entries but for names past the first <see cref="MaxNames"/> that hold the typed characters in order.</summary>
    private List<Pending> Matching(string typed)
    {
        var names = 0;
        return [.. _items.Where(item => !IsName(item.Kind) || (HoldsInOrder(item.Label, typed) && ++names <= MaxNames))];
    }

    /// <summary>
    /// Whether the label holds the typed characters in order, ignoring case: what a client's fuzzy filter matches is
    /// among those, so no name it would show is left out for one it would hide.
    /// </summary>
    private static bool HoldsInOrder(string label, string typed)
    {
        var next = 0;
        foreach (var c in label)
            if (next < typed.Length && char.ToUpperInvariant(c) == char.ToUpperInvariant(typed[next]))
                next++;
        return next == typed.Length;
    }

    private static bool IsName(CompletionEntryKind kind) =>
        kind is not (CompletionEntryKind.Keyword or CompletionEntryKind.Operator or CompletionEntryKind.Snippet or CompletionEntryKind.Property
            or CompletionEntryKind.Value);
}
