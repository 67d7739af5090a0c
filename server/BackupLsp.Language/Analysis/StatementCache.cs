using System.Collections.Concurrent;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Analysis;

/// <summary>
/// Parsed statements keyed by their text, shared by every version of every document: an edit re-parses only the
/// statements whose text it changed. Lookups by span allocate nothing. Thread-safe.
/// </summary>
public sealed class StatementCache(int capacity = 100_000)
{
    private readonly ConcurrentDictionary<string, ParsedStatement> _entries = new(StringComparer.Ordinal);

    public int Count => _entries.Count;

    public ParsedStatement GetOrParse(ReadOnlySpan<char> statementText)
    {
        var lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(statementText, out var cached))
            return cached;
        // Crude but bounded: scripts rarely hold more distinct statements than this, and a refill is cheap.
        if (_entries.Count >= capacity)
            _entries.Clear();
        var text = statementText.ToString();
        return _entries.GetOrAdd(text, StatementParser.Parse);
    }
}
