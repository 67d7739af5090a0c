namespace BackupLsp.Language.Text;

/// <summary>
/// Where a text differs from an earlier version of it: both share everything before <see cref="Start"/> and everything
/// from <see cref="PreviousEnd"/> (in the earlier text) or <see cref="End"/> (in this one) to their ends.
/// </summary>
public readonly record struct ChangedRegion(int Start, int PreviousEnd, int End)
{
    /// <summary>How much longer the text got.</summary>
    public int Delta => End - PreviousEnd;

    /// <summary>
    /// The narrowest region: the longest common prefix, then the longest common suffix of what remains. The pieces two
    /// versions share are skipped without reading them, so an edit of a large text costs about the size of the edit.
    /// </summary>
    public static ChangedRegion Between(DocumentText text, DocumentText previousText)
    {
        var prefix = DocumentText.CommonPrefixLength(text, previousText);
        var suffix = DocumentText.CommonSuffixLength(text, previousText, Math.Min(text.Length, previousText.Length) - prefix);
        return new ChangedRegion(prefix, previousText.Length - suffix, text.Length - suffix);
    }
}
