namespace BackupLsp.Language.Text;

/// <summary>
/// Binary search where no collection's own fits: over a list read through its blocks, keys read through an index, or a
/// count worked out for each place.
/// </summary>
internal static class SortedSearch
{
    /// <summary>
    /// The first index from <paramref name="from"/> below <paramref name="to"/> at which <paramref name="before"/> is false,
    /// or <paramref name="to"/> where it holds at each: it must hold for a run from <paramref name="from"/> and at no index
    /// after it, as "starts before the offset" does for items in order of their starts. The test reads what it needs from
    /// <paramref name="state"/>, so that it can be a static lambda and a search allocates nothing.
    /// </summary>
    public static int FirstNotBefore<TState>(int from, int to, TState state, Func<TState, int, bool> before)
    {
        while (from < to)
        {
            var middle = from + (to - from) / 2;
            if (before(state, middle))
                from = middle + 1;
            else
                to = middle;
        }
        return from;
    }
}
