using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace BackupLsp.Language.Analysis;

/// <summary>
/// The names of a catalog collection made ready for did-you-mean: an array of names and one of each name's character
/// set (see <see cref="EditDistance"/>), made once and weighed against every unknown name checked against the collection.
/// </summary>
/// <remarks>
/// A script's CREATE TABLEs each make a new version of a database's table map, one name longer (see SessionContexts).
/// Copying every name into each version made a script of a thousand CREATEs copy names a million times: a grown map's
/// candidates are the added name and a link to its predecessor's, gathered into one array every <see cref="MaxLinks"/>.
/// Their order is thus no map's order: did-you-mean settles ties by ordinal order.
/// </remarks>
public sealed class NameCandidates
{
    private const int MaxLinks = 32;

    /// <summary>Candidates per catalog map: catalogs are immutable, so a map is its keys' identity; they go with the map.</summary>
    private static readonly ConditionalWeakTable<object, NameCandidates> ByMap = new();

    /// <summary>Names, in no particular order (see <see cref="Earlier"/>).</summary>
    internal string[] Names { get; }

    /// <summary>The character set of each name.</summary>
    internal ulong[] Letters { get; }

    /// <summary>The candidates these extend, or null when <see cref="Names"/> holds them all.</summary>
    internal NameCandidates? Earlier { get; }

    /// <summary>How many links lead from here to the candidates that hold their names in one array.</summary>
    private readonly int _links;

    internal NameCandidates(IEnumerable<string> names)
    {
        Names = [.. names];
        Letters = [.. Names.Select(EditDistance.Letters)];
    }

    private NameCandidates(NameCandidates earlier, string added)
    {
        Names = [added];
        Letters = [EditDistance.Letters(added)];
        Earlier = earlier;
        _links = earlier._links + 1;
    }

    /// <summary>The candidates of a catalog map's keys, made once per map.</summary>
    public static NameCandidates Of<T>(ImmutableSortedDictionary<string, T> map) =>
        ByMap.GetValue(map, static keyed => new NameCandidates(((ImmutableSortedDictionary<string, T>)keyed).Keys));

    /// <summary>Makes <paramref name="grown"/>'s candidates from <paramref name="map"/>'s, which it holds with <paramref name="added"/>.</summary>
    internal static void Grown<T>(ImmutableSortedDictionary<string, T> map, ImmutableSortedDictionary<string, T> grown, string added)
    {
        var earlier = Of(map);
        ByMap.TryAdd(grown, earlier._links < MaxLinks
            ? new NameCandidates(earlier, added)
            : new NameCandidates([.. All(earlier), added]));
    }

    private static IEnumerable<string> All(NameCandidates candidates)
    {
        for (var part = candidates; part is not null; part = part.Earlier)
            foreach (var name in part.Names)
                yield return name;
    }
}
