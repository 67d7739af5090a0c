using System.Collections.Concurrent;
using System.Globalization;
using BackupLsp.Language.Text;
using BackupLsp.Server.Protocol;

namespace BackupLsp.Server.Handlers.SemanticTokens;

/// <summary>
/// The last semantic tokens sent for each open document, so that the next request can be answered with the edits
/// from it: on a large script a keystroke changes a few integers of hundreds of thousands. One result per document;
/// forgotten when the document closes.
/// </summary>
public sealed class SemanticTokensResults
{
    private readonly ConcurrentDictionary<string, (string ResultId, int[] Data)> _last = new();
    private long _lastResultId;

    /// <summary>
    /// Remembers <paramref name="data"/> as the document's latest result, under a new result id, while
    /// <paramref name="stillOpen"/>: a close handled while the tokens were made has forgotten the document before this
    /// remembers it, and nothing else would.
    /// </summary>
    public string Remember(string uri, int[] data, Func<bool> stillOpen)
    {
        var resultId = Interlocked.Increment(ref _lastResultId).ToString(CultureInfo.InvariantCulture);
        var result = (resultId, data);
        _last[uri] = result;
        if (!stillOpen())
            _last.TryRemove(KeyValuePair.Create(uri, result));
        return resultId;
    }

    /// <summary>The data sent under <paramref name="resultId"/>, if it is still the document's latest result.</summary>
    public int[]? Find(string uri, string? resultId) =>
        _last.TryGetValue(uri, out var last) && last.ResultId == resultId ? last.Data : null;

    public void Forget(string uri) => _last.TryRemove(uri, out _);

    /// <summary>One edit replacing what lies between the common start and the common end of the two arrays (none when equal).</summary>
    public static SemanticTokensEdit[] Diff(int[] previous, int[] current)
    {
        var start = previous.AsSpan().CommonPrefixLength(current);
        var end = CommonEnds.SuffixLength<int>(previous.AsSpan(start), current.AsSpan(start));
        var deleted = previous.Length - start - end;
        var inserted = current[start..(current.Length - end)];
        return deleted == 0 && inserted.Length == 0 ? [] : [new SemanticTokensEdit(start, deleted, inserted)];
    }
}
