using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace BackupLsp.Language.Catalog;

/// <summary>
/// A table's partitions or temporary partitions, in their order, looked up in any case (StarRocks' partition names are
/// case-insensitive). As read (from the catalog file, a CREATE TABLE) they are an array, as compact as a catalog of a
/// large cluster needs; the first change makes them persistent, so that adding, dropping or renaming a partition shares
/// the rest with the names before: the session after each of a script's thousands of ADD PARTITIONs on one table holds
/// what that statement changed, not a copy of the table's partitions (with an array each, 16,000 of them took 1.1 GB and
/// 10 s). A persistent partition keeps a place in the order that no change moves, and each name the places of its
/// partitions, so that a DROP, RENAME or REPLACE PARTITION finds the ones it changes without going through the others
/// (16,000 DROPs on a table of 16,000 partitions took 4.8 s of processor time, each a walk over them). The default is no
/// names.
/// </summary>
[CollectionBuilder(typeof(PartitionNames), nameof(Create))]
public readonly struct PartitionNames : IReadOnlyList<string>, IEquatable<PartitionNames>
{
    /// <summary>A persistent partition: its place, which orders it, and its name.</summary>
    private readonly record struct Placed(int Place, string Name);

    private static readonly ImmutableSortedSet<Placed> NoPartitions =
        ImmutableSortedSet.Create<Placed>(Comparer<Placed>.Create((left, right) => left.Place.CompareTo(right.Place)));

    private static readonly ImmutableDictionary<string, ImmutableArray<int>> NoPlaces =
        ImmutableDictionary.Create<string, ImmutableArray<int>>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The names as read, until a change; then default.</summary>
    private readonly ImmutableArray<string> _read;

    /// <summary>The partitions after a change, by place; null before.</summary>
    private readonly ImmutableSortedSet<Placed>? _changed;

    /// <summary>
    /// With <see cref="_changed"/>, the places of each name's partitions in any case, in order: a CREATE TABLE that StarRocks
    /// refuses may declare p1 and P1, and renaming one leaves the other.
    /// </summary>
    private readonly ImmutableDictionary<string, ImmutableArray<int>>? _places;

    private PartitionNames(ImmutableArray<string> read) => _read = read;

    private PartitionNames(ImmutableSortedSet<Placed> changed, ImmutableDictionary<string, ImmutableArray<int>> places) =>
        (_changed, _places) = (changed, places);

    public static PartitionNames Create(ReadOnlySpan<string> names) => new(ImmutableArray.Create(names));

    private ImmutableArray<string> AsRead => _read.IsDefault ? [] : _read;

    public int Count => _changed?.Count ?? AsRead.Length;

    public bool IsEmpty => Count == 0;

    public string this[int index] => _changed is { } changed ? changed[index].Name : AsRead[index];

    /// <summary>Whether a partition of this name is among them, in any case.</summary>
    public bool Contains(string name) => _places?.ContainsKey(name) ?? AsRead.Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Where the first partition of this name (in any case) is among them; -1 where none is.</summary>
    public int IndexOf(string name) =>
        _changed is not { } changed ? AsRead.IndexOf(name, 0, AsRead.Length, StringComparer.OrdinalIgnoreCase)
        : _places!.TryGetValue(name, out var places) ? changed.IndexOf(new Placed(places[0], name))
        : -1;

    public PartitionNames Add(string name)
    {
        var (changed, places) = Changeable();
        var place = changed.IsEmpty ? 0 : changed.Max.Place + 1;
        return new(changed.Add(new Placed(place, name)), WithPlace(places, name, place));
    }

    public PartitionNames AddRange(ReadOnlySpan<string> names)
    {
        if (names.IsEmpty)
            return this;
        var (changed, places) = Changeable();
        var (listed, placed) = (changed.ToBuilder(), places.ToBuilder());
        var place = changed.IsEmpty ? 0 : changed.Max.Place + 1;
        foreach (var name in names)
        {
            listed.Add(new Placed(place, name));
            placed[name] = placed.GetValueOrDefault(name, []).Add(place++);
        }
        return new(listed.ToImmutable(), placed.ToImmutable());
    }

    /// <summary>The names with the one at <paramref name="index"/> renamed, in its place.</summary>
    public PartitionNames SetItem(int index, string name)
    {
        var (changed, places) = Changeable();
        var renamed = changed[index];
        return new(changed.Remove(renamed).Add(renamed with { Name = name }), WithPlace(WithoutPlace(places, renamed), name, renamed.Place));
    }

    /// <summary>The names without every partition of one of <paramref name="names"/>, in any case; these same names where they have none.</summary>
    public PartitionNames RemoveAll(ReadOnlySpan<string> names)
    {
        var any = false;
        foreach (var name in names)
            any |= Contains(name);
        if (!any)
            return this;
        var (changed, places) = Changeable();
        foreach (var name in names)
            if (places.TryGetValue(name, out var removed))
            {
                foreach (var place in removed)
                    changed = changed.Remove(new Placed(place, name));
                places = places.Remove(name);
            }
        return new(changed, places);
    }

    /// <summary>The names as a change takes them: persistent, made so once from those read.</summary>
    private (ImmutableSortedSet<Placed> Changed, ImmutableDictionary<string, ImmutableArray<int>> Places) Changeable()
    {
        if (_changed is { } changed)
            return (changed, _places!);
        var (listed, places) = (NoPartitions.ToBuilder(), NoPlaces.ToBuilder());
        for (var place = 0; place < AsRead.Length; place++)
        {
            listed.Add(new Placed(place, AsRead[place]));
            places[AsRead[place]] = places.GetValueOrDefault(AsRead[place], []).Add(place);
        }
        return (listed.ToImmutable(), places.ToImmutable());
    }

    /// <summary>The places with <paramref name="place"/> among <paramref name="name"/>'s, in order.</summary>
    private static ImmutableDictionary<string, ImmutableArray<int>> WithPlace(ImmutableDictionary<string, ImmutableArray<int>> places, string name, int place)
    {
        var named = places.GetValueOrDefault(name, []);
        var at = named.BinarySearch(place);
        return places.SetItem(name, named.Insert(at < 0 ? ~at : at, place));
    }

    private static ImmutableDictionary<string, ImmutableArray<int>> WithoutPlace(ImmutableDictionary<string, ImmutableArray<int>> places, Placed partition) =>
        places[partition.Name] is [_] ? places.Remove(partition.Name) : places.SetItem(partition.Name, places[partition.Name].Remove(partition.Place));

    public IEnumerator<string> GetEnumerator() => _changed is { } changed ? Names(changed) : ((IEnumerable<string>)AsRead).GetEnumerator();

    private static IEnumerator<string> Names(ImmutableSortedSet<Placed> changed)
    {
        foreach (var partition in changed)
            yield return partition.Name;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The same names, as one ImmutableArray equals another: those made by the same change.</summary>
    public bool Equals(PartitionNames other) => ReferenceEquals(_changed, other._changed) && AsRead == other.AsRead;

    public override bool Equals(object? obj) => obj is PartitionNames other && Equals(other);

    public override int GetHashCode() => _changed is { } changed ? RuntimeHelpers.GetHashCode(changed) : AsRead.GetHashCode();

    public static bool operator ==(PartitionNames left, PartitionNames right) => left.Equals(right);

    public static bool operator !=(PartitionNames left, PartitionNames right) => !left.Equals(right);
}
