using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace BackupLsp.Language.Features;

/// <summary>
/// The order completion lists names in where nothing ranks them higher: ignoring case, as a person scans a list
/// (<c>Repo2</c> among the r's, not before every lower-case name), and by ordinal between names equal but for case.
/// Letters fold to lower case, so that lower-case names keep their ordinal order (<c>order_items</c> before <c>orders</c>).
/// </summary>
internal sealed class NameOrder : IComparer<string>
{
    public static readonly NameOrder Instance = new();

    /// <summary>Each catalog map's values in this order, sorted once: a database may hold thousands of tables, offered at every keystroke.</summary>
    private static readonly ConditionalWeakTable<object, object> SortedValues = new();

    private NameOrder()
    {
    }

    public int Compare(string? x, string? y)
    {
        if (x is null || y is null)
            return string.CompareOrdinal(x, y);
        var length = Math.Min(x.Length, y.Length);
        for (var i = 0; i < length; i++)
            if (char.ToLowerInvariant(x[i]).CompareTo(char.ToLowerInvariant(y[i])) is not 0 and var order)
                return order;
        return x.Length != y.Length ? x.Length.CompareTo(y.Length) : string.CompareOrdinal(x, y);
    }

    /// <summary>The values of a catalog map, keyed by their names, in this order of the names.</summary>
    public static IReadOnlyList<T> Values<T>(ImmutableSortedDictionary<string, T> map) =>
        (IReadOnlyList<T>)SortedValues.GetValue(map,
            static key => ((ImmutableSortedDictionary<string, T>)key).OrderBy(entry => entry.Key, Instance).Select(entry => entry.Value).ToArray());
}
