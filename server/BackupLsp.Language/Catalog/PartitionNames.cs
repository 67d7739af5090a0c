using System.Collections;
using System.Collections.Immutable;
using System.Numerics;
using System.Runtime.CompilerServices;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Catalog;

/// <summary>
/// A table's partitions or temporary partitions, in their order, looked up in any case (StarRocks' partition names are
/// case-insensitive). As read (from the catalog file, a CREATE TABLE) they are an array, as compact as a catalog of a
/// large cluster needs, which no change copies: changes are kept beside it, persistent, so that adding, dropping or
/// renaming a partition shares the rest with the names before: the session after each of a script's thousands of ADD
/// PARTITIONs on one table holds what that statement changed, not a copy of the table's partitions (with an array each,
/// 16,000 of them took 1.1 GB and 10 s), and the first change to each table of a large catalog costs what it changes,
/// not a persistent copy of all its partitions (which doubled the time and memory of a script that changes every table
/// once). Every partition keeps a place in the order that no change moves; the array's places of a name are found by
/// an index made once per array where it is looked up again and again, and each name the changes made keeps the places of its
/// partitions, so that a DROP, RENAME or REPLACE PARTITION finds the ones it changes without going through the others
/// (16,000 DROPs on a table of 16,000 partitions took 4.8 s of processor time, each a walk over them). The default is no
/// names.
/// </summary>
[CollectionBuilder(typeof(PartitionNames), nameof(Create))]
public readonly struct PartitionNames : IReadOnlyList<string>, IEquatable<PartitionNames>
{
    /// <summary>A partition that changes made: its place, which orders it, and its name.</summary>
    private readonly record struct Placed(int Place, string Name);

    /// <summary>
    /// What changes made of the names read: the places of the partitions read that are gone (dropped, or renamed: a renamed
    /// one is made anew in its place), the partitions made (added or renamed) by place, and the places of each made name's
    /// partitions in any case, in order: a CREATE TABLE that StarRocks refuses may declare p1 and P1, and renaming one
    /// leaves the other.
    /// </summary>
    private sealed record Changes(ImmutableSortedSet<int> Gone, ImmutableSortedSet<Placed> Made, ImmutableDictionary<string, ImmutableArray<int>> Places);

    private static readonly Changes None = new(
        ImmutableSortedSet<int>.Empty,
        ImmutableSortedSet.Create<Placed>(Comparer<Placed>.Create((left, right) => left.Place.CompareTo(right.Place))),
        ImmutableDictionary.Create<string, ImmutableArray<int>>(StringComparer.OrdinalIgnoreCase));

    /// <summary>The names as read, shared by every change made from them; null for none.</summary>
    private readonly ReadNames? _read;

    /// <summary>The changes made since they were read; null for none.</summary>
    private readonly Changes? _changes;

    private PartitionNames(ReadNames? read, Changes? changes) => (_read, _changes) = (read, changes);

    public static PartitionNames Create(ReadOnlySpan<string> names) => new(names.IsEmpty ? ReadNames.None : new ReadNames([.. names]), null);

    private ReadNames Read => _read ?? ReadNames.None;

    private ImmutableArray<string> AsRead => Read.Names;

    public int Count => _changes is { } changes ? AsRead.Length - changes.Gone.Count + changes.Made.Count : AsRead.Length;

    public bool IsEmpty => Count == 0;

    public string this[int index]
    {
        get
        {
            if (_changes is not { } changes)
                return AsRead[index];
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var place = PlaceAt(index, changes);
            return IsRead(place, changes) ? AsRead[place] : changes.Made[changes.Made.IndexOf(new Placed(place, ""))].Name;
        }
    }

    /// <summary>Whether a partition of this name is among them, in any case.</summary>
    public bool Contains(string name) => FirstPlace(name, _changes ?? None) >= 0;

    /// <summary>Where the first partition of this name (in any case) is among them; -1 where none is.</summary>
    public int IndexOf(string name)
    {
        var changes = _changes ?? None;
        return FirstPlace(name, changes) is var place and >= 0 ? PlacesBefore(place, changes) : -1;
    }

    public PartitionNames Add(string name)
    {
        var changes = _changes ?? None;
        var place = NextPlace(changes);
        return new(_read, changes with { Made = changes.Made.Add(new Placed(place, name)), Places = WithPlace(changes.Places, name, place) });
    }

    public PartitionNames AddRange(ReadOnlySpan<string> names)
    {
        if (names.IsEmpty)
            return this;
        var changes = _changes ?? None;
        var (made, places) = (changes.Made.ToBuilder(), changes.Places.ToBuilder());
        var place = NextPlace(changes);
        foreach (var name in names)
        {
            made.Add(new Placed(place, name));
            places[name] = places.GetValueOrDefault(name, []).Add(place++);
        }
        return new(_read, changes with { Made = made.ToImmutable(), Places = places.ToImmutable() });
    }

    /// <summary>The names with the one at <paramref name="index"/> renamed, in its place.</summary>
    public PartitionNames SetItem(int index, string name)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
        var changes = _changes ?? None;
        var place = PlaceAt(index, changes);
        var renamed = new Placed(place, name);
        if (IsRead(place, changes))
            return new(_read, new Changes(changes.Gone.Add(place), changes.Made.Add(renamed), WithPlace(changes.Places, name, place)));
        var made = changes.Made[changes.Made.IndexOf(renamed)];
        return new(_read, changes with { Made = changes.Made.Remove(made).Add(renamed), Places = WithPlace(WithoutPlace(changes.Places, made), name, place) });
    }

    /// <summary>The names without every partition of one of <paramref name="names"/>, in any case; these same names where they have none.</summary>
    public PartitionNames RemoveAll(ReadOnlySpan<string> names)
    {
        var any = false;
        foreach (var name in names)
            any |= Contains(name);
        if (!any)
            return this;
        var (gone, made, places) = _changes ?? None;
        foreach (var name in names)
        {
            if (places.TryGetValue(name, out var removed))
            {
                foreach (var place in removed)
                    made = made.Remove(new Placed(place, name));
                places = places.Remove(name);
            }
            for (var place = Read.Find(name); place >= 0; place = Read.Next(place))
                gone = gone.Add(place);
        }
        return new(_read, new Changes(gone, made, places));
    }

    /// <summary>Whether the partition at <paramref name="place"/> is one read, neither dropped nor renamed since.</summary>
    private bool IsRead(int place, Changes changes) => place < AsRead.Length && !changes.Gone.Contains(place);

    /// <summary>The place of the first partition of this name, in any case; -1 where none is.</summary>
    private int FirstPlace(string name, Changes changes)
    {
        var made = changes.Places.TryGetValue(name, out var places) ? places[0] : -1;
        var read = Read.Find(name);
        while (read >= 0 && changes.Gone.Contains(read) && (made < 0 || read < made))
            read = Read.Next(read);
        return read < 0 || (made >= 0 && made < read) ? made : read;
    }

    /// <summary>How many of the partitions are placed before <paramref name="place"/>: where one there is in the order.</summary>
    private int PlacesBefore(int place, Changes changes) =>
        Math.Min(place, AsRead.Length) - CountBefore(changes.Gone.IndexOf(place)) + CountBefore(changes.Made.IndexOf(new Placed(place, "")));

    /// <summary>How many items of a sorted set come before one, from its IndexOf: where it is, or the complement of where it would be.</summary>
    private static int CountBefore(int indexOf) => indexOf < 0 ? ~indexOf : indexOf;

    /// <summary>The place of the partition at <paramref name="index"/> in the order, found by halving: the last place with that many before it.</summary>
    private int PlaceAt(int index, Changes changes) =>
        SortedSearch.FirstNotBefore(index + 1, NextPlace(changes), (names: this, changes, index),
            static (state, place) => state.names.PlacesBefore(place, state.changes) <= state.index) - 1;

    /// <summary>The place after every partition's, read or made, where an added one goes.</summary>
    private int NextPlace(Changes changes) => changes.Made.IsEmpty ? AsRead.Length : Math.Max(AsRead.Length, changes.Made.Max.Place + 1);

    /// <summary>The places with <paramref name="place"/> among <paramref name="name"/>'s, in order.</summary>
    private static ImmutableDictionary<string, ImmutableArray<int>> WithPlace(ImmutableDictionary<string, ImmutableArray<int>> places, string name, int place)
    {
        var named = places.GetValueOrDefault(name, []);
        var at = named.BinarySearch(place);
        return places.SetItem(name, named.Insert(at < 0 ? ~at : at, place));
    }

    private static ImmutableDictionary<string, ImmutableArray<int>> WithoutPlace(ImmutableDictionary<string, ImmutableArray<int>> places, Placed partition) =>
        places[partition.Name] is [_] ? places.Remove(partition.Name) : places.SetItem(partition.Name, places[partition.Name].Remove(partition.Place));

    public IEnumerator<string> GetEnumerator() => _changes is { } changes ? Names(AsRead, changes) : ((IEnumerable<string>)AsRead).GetEnumerator();

    /// <summary>The names read and those made, merged by place.</summary>
    private static IEnumerator<string> Names(ImmutableArray<string> read, Changes changes)
    {
        var (made, gone) = (changes.Made.GetEnumerator(), changes.Gone.GetEnumerator());
        var (moreMade, moreGone) = (made.MoveNext(), gone.MoveNext());
        for (var place = 0; place < read.Length; place++)
        {
            for (; moreMade && made.Current.Place < place; moreMade = made.MoveNext())
                yield return made.Current.Name;
            if (moreGone && gone.Current == place)
                moreGone = gone.MoveNext();
            else
                yield return read[place];
        }
        for (; moreMade; moreMade = made.MoveNext())
            yield return made.Current.Name;
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The same names, as one ImmutableArray equals another: those made by the same change.</summary>
    public bool Equals(PartitionNames other) => ReferenceEquals(Read, other.Read) && ReferenceEquals(_changes, other._changes);

    public override bool Equals(object? obj) => obj is PartitionNames other && Equals(other);

    public override int GetHashCode() => HashCode.Combine(RuntimeHelpers.GetHashCode(Read), _changes is null ? 0 : RuntimeHelpers.GetHashCode(_changes));

    public static bool operator ==(PartitionNames left, PartitionNames right) => left.Equals(right);

    public static bool operator !=(PartitionNames left, PartitionNames right) => !left.Equals(right);

    /// <summary>
    /// The names as read, with the index of their places by name that lookups come to need: a table looked up a few times
    /// (as each of a large catalog's tables that a script changes once) is gone through each time, as an array was; one
    /// looked up again and again (thousands of changes to one table) gets the index, once for every session that shares
    /// the array.
    /// </summary>
    private sealed class ReadNames(ImmutableArray<string> names)
    {
        public static readonly ReadNames None = new([]);

        /// <summary>The lookups gone through the names before they are indexed: about what the index costs to make.</summary>
        private const int LookupsBeforeIndex = 8;

        private int _lookups;

        private ByName? _byName;

        public ImmutableArray<string> Names { get; } = names;

        /// <summary>The place of the first partition of this name, in any case; -1 where none is.</summary>
        public int Find(string name)
        {
            if (Indexed() is not { } byName)
                return Names.IndexOf(name, 0, Names.Length, StringComparer.OrdinalIgnoreCase);
            var place = byName.Buckets[StringComparer.OrdinalIgnoreCase.GetHashCode(name) & (byName.Buckets.Length - 1)] - 1;
            while (place >= 0 && !string.Equals(Names[place], name, StringComparison.OrdinalIgnoreCase))
                place = byName.Chain[place];
            return place;
        }

        /// <summary>The place of the next partition of the name at <paramref name="place"/>, in any case; -1 where none is.</summary>
        public int Next(int place)
        {
            if (Volatile.Read(ref _byName) is not { } byName)
                return place + 1 < Names.Length ? Names.IndexOf(Names[place], place + 1, Names.Length - place - 1, StringComparer.OrdinalIgnoreCase) : -1;
            var next = byName.Chain[place];
            while (next >= 0 && !string.Equals(Names[next], Names[place], StringComparison.OrdinalIgnoreCase))
                next = byName.Chain[next];
            return next;
        }

        private ByName? Indexed()
        {
            if (Volatile.Read(ref _byName) is { } byName)
                return byName;
            if (Interlocked.Increment(ref _lookups) <= LookupsBeforeIndex)
                return null;
            var (buckets, chain) = (new int[(int)BitOperations.RoundUpToPowerOf2((uint)Math.Max(Names.Length, 1))], new int[Names.Length]);
            for (var place = Names.Length - 1; place >= 0; place--)
            {
                ref var bucket = ref buckets[StringComparer.OrdinalIgnoreCase.GetHashCode(Names[place]) & (buckets.Length - 1)];
                chain[place] = bucket - 1;
                bucket = place + 1;
            }
            Interlocked.CompareExchange(ref _byName, new ByName(buckets, chain), null);
            return Volatile.Read(ref _byName);
        }

        /// <summary>
        /// The names' places by the hash of their name in any case: the first place of each hash's bucket (plus one, 0 for
        /// none), and after each place the next one in its bucket (-1 for none), in order. Two ints a name, where a
        /// dictionary of the names took about 35 bytes: the index is kept with the catalog for each table looked up.
        /// </summary>
        private sealed record ByName(int[] Buckets, int[] Chain);
    }
}
