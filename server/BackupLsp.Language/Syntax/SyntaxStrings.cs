namespace BackupLsp.Language.Syntax;

/// <summary>
/// One string per distinct name or literal, per thread: a script mentions the same few repositories, databases,
/// tables and property keys over and over, and its syntax trees then hold each of them once, not once per mention.
/// </summary>
internal static class SyntaxStrings
{
    // Bounded: a script of unique snapshot names refills the table instead of growing it.
    private const int Capacity = 4096;

    [ThreadStatic] private static HashSet<string>? _strings;

    public static string Of(ReadOnlySpan<char> text)
    {
        var strings = _strings ??= new HashSet<string>(StringComparer.Ordinal);
        if (strings.GetAlternateLookup<ReadOnlySpan<char>>().TryGetValue(text, out var known))
            return known;
        return Add(strings, text.ToString());
    }

    public static string Of(string text)
    {
        var strings = _strings ??= new HashSet<string>(StringComparer.Ordinal);
        return strings.TryGetValue(text, out var known) ? known : Add(strings, text);
    }

    private static string Add(HashSet<string> strings, string text)
    {
        if (strings.Count >= Capacity)
            strings.Clear();
        strings.Add(text);
        return text;
    }
}
