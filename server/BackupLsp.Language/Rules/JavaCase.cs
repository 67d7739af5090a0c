namespace BackupLsp.Language.Rules;

/// <summary>
/// Case-insensitive comparisons of property values and column names as StarRocks makes them, with Java's casing. .NET's invariant casing
/// leaves two letters as they are that Java upper-cases to ASCII: the dotless <c>ı</c> to <c>I</c> (StarRocks reads
/// <c>"ıncremental"</c> as INCREMENTAL) and the long <c>ſ</c> to <c>S</c>.
/// </summary>
internal static class JavaCase
{
    /// <summary>Java's String.CASE_INSENSITIVE_ORDER as an equality: <see cref="EqualsIgnoreCase"/>, with a hash to match.</summary>
    public static readonly IEqualityComparer<string> IgnoreCase = new IgnoreCaseComparer();

    /// <summary>Java's Character.toUpperCase for one UTF-16 unit.</summary>
    public static char ToUpper(char c) => c switch { 'ı' => 'I', 'ſ' => 'S', _ => char.ToUpperInvariant(c) };

    /// <summary>
    /// Whether Java's <c>text.toUpperCase()</c> is <paramref name="upper"/>, an upper-case ASCII word. Character by
    /// character: the letters Java expands to two (ß to SS, the ligature ﬁ to FI...) make no FULL or INCREMENTAL.
    /// </summary>
    public static bool UpperCaseIs(string text, string upper)
    {
        if (text.Length != upper.Length)
            return false;
        for (var i = 0; i < text.Length; i++)
            if (ToUpper(text[i]) != upper[i])
                return false;
        return true;
    }

    /// <summary>Java's String.equalsIgnoreCase: equal characters, or equal once upper-cased, or once upper- then lower-cased.</summary>
    public static bool EqualsIgnoreCase(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (a.Length != b.Length)
            return false;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
                continue;
            var (upperA, upperB) = (ToUpper(a[i]), ToUpper(b[i]));
            if (upperA != upperB && char.ToLowerInvariant(upperA) != char.ToLowerInvariant(upperB))
                return false;
        }
        return true;
    }

    /// <summary>Two strings are equal ignoring case exactly when their characters, upper- then lower-cased, are.</summary>
    private sealed class IgnoreCaseComparer : IEqualityComparer<string>
    {
        public bool Equals(string? a, string? b) => a is null || b is null ? a == b : EqualsIgnoreCase(a, b);

        public int GetHashCode(string text)
        {
            var hash = new HashCode();
            foreach (var c in text)
                hash.Add(char.ToLowerInvariant(ToUpper(c)));
            return hash.ToHashCode();
        }
    }
}
