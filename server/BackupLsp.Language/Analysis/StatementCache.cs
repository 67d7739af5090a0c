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

    // ConcurrentDictionary.Count takes every lock; a counter of additions is enough to bound the size.
    private int _added;

    public int Count => _entries.Count;

    public ParsedStatement GetOrParse(ReadOnlySpan<char> statementText)
    {
        var lookup = _entries.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(statementText, out var cached))
            return cached;
        // Crude but bounded: scripts rarely hold more distinct statements than this, and a refill is cheap.
        if (Interlocked.Increment(ref _added) > capacity)
        {
            _entries.Clear();
            Interlocked.Exchange(ref _added, 1);
        }
        var text = statementText.ToString();
        return _entries.GetOrAdd(text, StatementParser.Parse);
    }
}
