namespace BackupLsp.Language.Text;

/// <summary>The counterpart of <see cref="MemoryExtensions.CommonPrefixLength{T}(ReadOnlySpan{T}, ReadOnlySpan{T})"/> at the ends.</summary>
public static class CommonEnds
{
    /// <summary>How many elements the two spans share at their ends; compares blocks first, which is vectorised.</summary>
    public static int SuffixLength<T>(ReadOnlySpan<T> a, ReadOnlySpan<T> b) where T : IEquatable<T>
    {
        const int Block = 1024;
        var length = Math.Min(a.Length, b.Length);
        a = a[^length..];
        b = b[^length..];
        var common = 0;
        while (common + Block <= length && a[^(common + Block)..^common].SequenceEqual(b[^(common + Block)..^common]))
            common += Block;
        while (common < length && a[^(common + 1)].Equals(b[^(common + 1)]))
            common++;
        return common;
    }
}
