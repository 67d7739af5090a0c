using System.Collections.Immutable;

namespace BackupLsp.Language.Analysis;

/// <summary>
/// The names of a catalog collection made ready for did-you-mean: an array, and each name's character set (see
/// <see cref="EditDistance"/>), made once and weighed against every unknown name checked against the collection.
/// </summary>
public sealed class NameCandidates
{
    /// <summary>How many collections' candidates are kept: a script's statements check against few versions of a database.</summary>
    private const int Kept = 4;

    private static readonly (object Collection, NameCandidates Candidates)?[] Recent = new (object, NameCandidates)?[Kept];
    private static int _next;

    internal NameCandidates(IEnumerable<string> names)
    {
        Names = [.. names];
        Letters = [.. Names.Select(EditDistance.Letters)];
    }

    internal string[] Names { get; }

    internal ulong[] Letters { get; }

    /// <summary>
    /// The candidates of a catalog map's keys, made again only for a map not among the last few asked for. Catalogs are
    /// immutable, so a map is its keys' identity; the few kept are let go as other maps are asked for.
    /// </summary>
    public static NameCandidates Of<T>(ImmutableSortedDictionary<string, T> map)
    {
        lock (Recent)
            foreach (var entry in Recent)
                if (entry is { } kept && ReferenceEquals(kept.Collection, map))
                    return kept.Candidates;
        var made = new NameCandidates(map.Keys);
        lock (Recent)
        {
            Recent[_next] = (map, made);
            _next = (_next + 1) % Kept;
        }
        return made;
    }
}
