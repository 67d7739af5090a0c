namespace BackupLsp.Language.Text;

/// <summary>
/// Where a text differs from an earlier version of it: both share everything before <see cref="Start"/> and everything
/// from <see cref="PreviousEnd"/> (in the earlier text) or <see cref="End"/> (in this one) to their ends.
/// </summary>
public readonly record struct ChangedRegion(int Start, int PreviousEnd, int End)
{
    /// <summary>How much longer the text got.</summary>
    public int Delta => End - PreviousEnd;

    /// <summary>The narrowest region: the longest common prefix, then the longest common suffix of what remains.</summary>
    public static ChangedRegion Between(ReadOnlySpan<char> text, ReadOnlySpan<char> previousText)
    {
        var prefix = text.CommonPrefixLength(previousText);
        var suffix = text.Length < previousText.Length
            ? ReversedCommonLength(text[prefix..], previousText[prefix..])
            : ReversedCommonLength(previousText[prefix..], text[prefix..]);
        return new ChangedRegion(prefix, previousText.Length - suffix, text.Length - suffix);
    }

    /// <summary>How many characters the two texts share at their ends; compares blocks first, which is vectorised.</summary>
    private static int ReversedCommonLength(ReadOnlySpan<char> shorter, ReadOnlySpan<char> longer)
    {
        const int Block = 1024;
        var common = 0;
        while (common + Block <= shorter.Length
               && shorter[^(common + Block)..^common].SequenceEqual(longer[^(common + Block)..^common]))
            common += Block;
        while (common < shorter.Length && shorter[^(common + 1)] == longer[^(common + 1)])
            common++;
        return common;
    }
}
