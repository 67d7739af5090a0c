using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Analysis;

/// <summary>
/// Parsed statements keyed by their text, shared by every version of every document: an edit re-parses only the
/// statements whose text it changed. Lookups by span allocate nothing. Thread-safe: parses run outside the lock, and
/// when two threads parse the same text, both get the instance stored first.
/// </summary>
/// <remarks>
/// <para>A dictionary under a lock rather than a ConcurrentDictionary: the latter makes an object per entry (and makes it
/// again whenever it grows), tens of thousands of objects on opening a large script for the garbage collector to go
/// through. The lock is held for a lookup or an insert only.</para>
/// <para>Bounded in two generations: once the newer holds <paramref name="capacity"/> entries or
/// <paramref name="characters"/> characters of text, it becomes the older and the older is dropped, and a text found in the
/// older moves to the newer. Each keystroke makes a text the cache has not seen (and a quote typed mid-script makes the
/// rest of the script one statement), so an open document's edits would otherwise fill it with texts no version has any
/// more. What an analysis holds stays in it whether the cache keeps it or not: only the statements an edit splits again
/// are looked up, so a text dropped from the cache costs at most one parse.</para>
/// </remarks>
/// <param name="capacity">Entries in the newer generation before it is turned over.</param>
/// <param name="characters">Characters of text in the newer generation before it is turned over (4 MB of strings: a script of 2 Mi
/// characters fits in one).</param>
/// <param name="parse">What parses a statement not in the cache: <see cref="StatementParser.Parse"/> unless a test makes it fail.</param>
public sealed class StatementCache(int capacity = 100_000, long characters = 1 << 21, Func<string, ParsedStatement>? parse = null)
{
    private readonly Func<string, ParsedStatement> _parse = parse ?? StatementParser.Parse;

    private readonly Lock _gate = new();
    private Dictionary<string, ParsedStatement> _newer = new(StringComparer.Ordinal);
    private Dictionary<string, ParsedStatement> _older = new(StringComparer.Ordinal);
    private long _newerCharacters;

    public int Count
    {
        get
        {
            lock (_gate)
                return _newer.Count + _older.Count;
        }
    }

    /// <summary>Makes room for <paramref name="count"/> more entries at once, rather than growing step by step while a large script is parsed.</summary>
    public void Reserve(int count)
    {
        lock (_gate)
            _newer.EnsureCapacity(Math.Min(capacity, _newer.Count + count));
    }

    /// <summary>Drops every entry whose parse is not one of <paramref name="kept"/>.</summary>
    public void Retain(IEnumerable<ParsedStatement> kept)
    {
        var keep = kept.ToHashSet();
        lock (_gate)
        {
            foreach (var generation in (ReadOnlySpan<Dictionary<string, ParsedStatement>>)[_newer, _older])
            {
                foreach (var (text, parsed) in generation)
                    if (!keep.Contains(parsed))
                        generation.Remove(text);
                generation.TrimExcess();
            }
            _newerCharacters = _newer.Keys.Sum(text => (long)text.Length);
        }
    }

    public ParsedStatement GetOrParse(ReadOnlySpan<char> statementText)
    {
        lock (_gate)
        {
            if (_newer.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(statementText, out var cached))
                return cached;
            if (_older.GetAlternateLookup<ReadOnlySpan<char>>().Remove(statementText, out var text, out var older))
            {
                Add(text, older);
                return older;
            }
        }
        var newText = statementText.ToString();
        var parsed = _parse(newText);
        lock (_gate)
        {
            if (_newer.TryGetValue(newText, out var raced))
                return raced;
            if (_older.Remove(newText, out raced))
            {
                Add(newText, raced);
                return raced;
            }
            Add(newText, parsed);
            return parsed;
        }
    }

    /// <summary>Adds to the newer generation, turning the generations over first when it is full. Called under the lock.</summary>
    private void Add(string text, ParsedStatement parsed)
    {
        if (_newer.Count > 0 && (_newer.Count >= capacity || _newerCharacters + text.Length > characters))
        {
            (_older, _newer) = (_newer, _older);
            _newer.Clear();
            _newer.TrimExcess();
            _newerCharacters = 0;
        }
        _newer.Add(text, parsed);
        _newerCharacters += text.Length;
    }
}
