using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Analysis;

/// <summary>
/// Parsed statements keyed by their text, shared by every version of every document: an edit re-parses only the
/// statements whose text it changed. Lookups by span allocate nothing. Thread-safe: parses run outside the lock, and
/// when two threads parse the same text, both get the instance stored first.
/// </summary>
/// <remarks>
/// A dictionary under a lock rather than a ConcurrentDictionary: the latter makes an object per entry (and makes it
/// again whenever it grows), tens of thousands of objects on opening a large script for the garbage collector to go
/// through. The lock is held for a lookup or an insert only.
/// </remarks>
/// <param name="parse">What parses a statement not in the cache: <see cref="StatementParser.Parse"/> unless a test makes it fail.</param>
public sealed class StatementCache(int capacity = 100_000, Func<string, ParsedStatement>? parse = null)
{
    private readonly Func<string, ParsedStatement> _parse = parse ?? StatementParser.Parse;

    private readonly Lock _gate = new();
    private readonly Dictionary<string, ParsedStatement> _entries = new(StringComparer.Ordinal);

    public int Count
    {
        get
        {
            lock (_gate)
                return _entries.Count;
        }
    }

    /// <summary>Makes room for <paramref name="count"/> more entries at once, rather than growing step by step while a large script is parsed.</summary>
    public void Reserve(int count)
    {
        lock (_gate)
            _entries.EnsureCapacity(Math.Min(capacity, _entries.Count + count));
    }

    /// <summary>Drops every entry whose parse is not one of <paramref name="kept"/>.</summary>
    public void Retain(IEnumerable<ParsedStatement> kept)
    {
        var keep = kept.ToHashSet();
        lock (_gate)
        {
            foreach (var (text, parsed) in _entries)
                if (!keep.Contains(parsed))
                    _entries.Remove(text);
            _entries.TrimExcess();
        }
    }

    public ParsedStatement GetOrParse(ReadOnlySpan<char> statementText)
    {
        lock (_gate)
            if (_entries.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(statementText, out var cached))
                return cached;
        var text = statementText.ToString();
        var parsed = _parse(text);
        lock (_gate)
        {
            if (_entries.TryGetValue(text, out var raced))
                return raced;
            // Crude but bounded: scripts rarely hold more distinct statements than this, and a refill is cheap.
            if (_entries.Count >= capacity)
                _entries.Clear();
            _entries.Add(text, parsed);
            return parsed;
        }
    }
}
