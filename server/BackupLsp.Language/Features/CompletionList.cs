using BackupLsp.Language.Rules;

namespace BackupLsp.Language.Features;

/// <summary>Collects suggestions in order of likelihood; the order becomes the sort text.</summary>
internal sealed class CompletionList(CompletionCursor cursor)
{
    private readonly List<CompletionEntry> _items = [];
    private readonly HashSet<(string, CompletionEntryKind)> _seen = [];

    public CompletionCursor Cursor => cursor;

    /// <param name="documentation">Writes the entry's documentation, when a client shows it.</param>
    public void Add(string label, CompletionEntryKind kind, string? detail, Func<HoverText?>? documentation, string insertText, bool isSnippet = false)
    {
        if (_seen.Add((label, kind)))
            _items.Add(new CompletionEntry(label, kind, detail, documentation is null ? null : new CompletionDocumentation(documentation),
                insertText, isSnippet, "", cursor.ReplaceSpan));
    }

    /// <summary>
    /// A catalog name: labelled and inserted as typed, backticked when the person started with a backtick, quoted
    /// when with a quote (a partition's name may be a string). A name with a backtick is left out outside a string: SQL
    /// cannot write it (StarRocks reads a doubled backtick as nothing).
    /// </summary>
    public void AddName(string name, CompletionEntryKind kind, string? detail, Func<HoverText?> documentation, string suffix = "")
    {
        if (!cursor.InString && name.Contains('`'))
            return;
        var sql = cursor.InBackticks ? $"`{name}`" : cursor.InString ? Quoted(name) : NameText.ToSql(name);
        Add(cursor.InBackticks || cursor.InString ? sql : name, kind, detail, documentation, sql + suffix);
    }

    /// <summary>A string literal holding <paramref name="value"/>, in the quote the person typed.</summary>
    public string Quoted(string value)
    {
        var quote = cursor.Quote;
        return $"{quote}{value.Replace("\\", "\\\\").Replace(quote.ToString(), "\\" + quote)}{quote}";
    }

    public CompletionResult ToResult()
    {
        var width = Math.Max(4, _items.Count.ToString().Length);
        return new CompletionResult([.. _items.Select((item, i) => item with { SortText = i.ToString().PadLeft(width, '0') })]);
    }
}
