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
/// 10 s). The default is no names.
/// </summary>
[CollectionBuilder(typeof(PartitionNames), nameof(Create))]
public readonly struct PartitionNames : IReadOnlyList<string>, IEquatable<PartitionNames>
{
    private static readonly ImmutableDictionary<string, int> NoCounts = ImmutableDictionary.Create<string, int>(StringComparer.OrdinalIgnoreCase);

    /// <summary>The names as read, until a change; then default.</summary>
    private readonly ImmutableArray<string> _read;

    /// <summary>The names after a change; null before.</summary>
    private readonly ImmutableList<string>? _changed;

    /// <summary>
    /// With <see cref="_changed"/>, how many of its names each is, in any case: a CREATE TABLE that StarRocks refuses may
    /// declare p1 and P1, and dropping one leaves the other.
    /// </summary>
    private readonly ImmutableDictionary<string, int>? _counts;

    private PartitionNames(ImmutableArray<string> read) => _read = read;

    private PartitionNames(ImmutableList<string> changed, ImmutableDictionary<string, int> counts) => (_changed, _counts) = (changed, counts);

    public static PartitionNames Create(ReadOnlySpan<string> names) => new(ImmutableArray.Create(names));

    private ImmutableArray<string> AsRead => _read.IsDefault ? [] : _read;

    public int Count => _changed?.Count ?? AsRead.Length;

    public bool IsEmpty => Count == 0;

    public string this[int index] => _changed is { } changed ? changed[index] : AsRead[index];

    /// <summary>Whether a partition of this name is among them, in any case.</summary>
    public bool Contains(string name) => _counts?.ContainsKey(name) ?? AsRead.Contains(name, StringComparer.OrdinalIgnoreCase);

    /// <summary>Where the first partition of this name (in any case) is among them; -1 where none is.</summary>
    public int IndexOf(string name) =>
        _changed is not { } changed ? AsRead.IndexOf(name, 0, AsRead.Length, StringComparer.OrdinalIgnoreCase)
        : Contains(name) ? changed.FindIndex(listed => listed.Equals(name, StringComparison.OrdinalIgnoreCase))
        : -1;

    public PartitionNames Add(string name)
    {
        var (changed, counts) = Changeable();
        return new(changed.Add(name), Counted(counts, name, 1));
    }

    public PartitionNames AddRange(ReadOnlySpan<string> names)
    {
        if (names.IsEmpty)
            return this;
        var (changed, counts) = Changeable();
        var (listed, counted) = (changed.ToBuilder(), counts.ToBuilder());
        foreach (var name in names)
        {
            listed.Add(name);
            counted[name] = counted.GetValueOrDefault(name) + 1;
        }
        return new(listed.ToImmutable(), counted.ToImmutable());
    }

    public PartitionNames SetItem(int index, string name)
    {
        var (changed, counts) = Changeable();
        return new(changed.SetItem(index, name), Counted(Counted(counts, changed[index], -1), name, 1));
    }

    /// <summary>The names without those <paramref name="match"/> takes; these same names where it takes none.</summary>
    public PartitionNames RemoveAll(Predicate<string> match)
    {
        var matched = new List<int>();
        var index = 0;
        foreach (var name in this)
        {
            if (match(name))
                matched.Add(index);
            index++;
        }
        if (matched.Count == 0)
            return this;
        var (kept, counts) = Changeable();
        for (var i = matched.Count - 1; i >= 0; i--)
        {
            counts = Counted(counts, kept[matched[i]], -1);
            kept = kept.RemoveAt(matched[i]);
        }
        return new(kept, counts);
    }

    /// <summary>The names as a change takes them: persistent, made so once from those read.</summary>
    private (ImmutableList<string> Changed, ImmutableDictionary<string, int> Counts) Changeable()
    {
        if (_changed is { } changed)
            return (changed, _counts!);
        var counts = NoCounts.ToBuilder();
        foreach (var name in AsRead)
            counts[name] = counts.GetValueOrDefault(name) + 1;
        return (ImmutableList.CreateRange(AsRead), counts.ToImmutable());
    }

    private static ImmutableDictionary<string, int> Counted(ImmutableDictionary<string, int> counts, string name, int change) =>
        counts.GetValueOrDefault(name) + change is > 0 and var count ? counts.SetItem(name, count) : counts.Remove(name);

    public IEnumerator<string> GetEnumerator() => _changed is { } changed ? changed.GetEnumerator() : ((IEnumerable<string>)AsRead).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <summary>The same names, as one ImmutableArray equals another: those made by the same change.</summary>
    public bool Equals(PartitionNames other) => ReferenceEquals(_changed, other._changed) && AsRead == other.AsRead;

    public override bool Equals(object? obj) => obj is PartitionNames other && Equals(other);

    public override int GetHashCode() => _changed is { } changed ? RuntimeHelpers.GetHashCode(changed) : AsRead.GetHashCode();

    public static bool operator ==(PartitionNames left, PartitionNames right) => left.Equals(right);

    public static bool operator !=(PartitionNames left, PartitionNames right) => !left.Equals(right);
}
