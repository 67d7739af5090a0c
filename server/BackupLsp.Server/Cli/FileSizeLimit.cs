namespace BackupLsp.Server.Cli;

/// <summary>
/// <c>--max-file-size SIZE</c>, which check and catalog both take: the largest input file they read. Each has its own
/// default, for what it reads (scripts, or a cluster's listings).
/// </summary>
internal static class FileSizeLimit
{
    public const string Option = "--max-file-size";

    /// <summary>A file's text is one string, which .NET bounds at about 2^30 characters: no limit lets a larger file in.</summary>
    public const long Largest = 1_000_000_000;

    public static readonly string Problem =
        $"{Option} must be a number of bytes, or of K, M or G (1024, 1024² or 1024³ bytes) such as 50M, from 1 byte to {Largest:N0}";

    /// <summary>How a file over the limit is told: the limit, and the option that sets it.</summary>
    public static string OverTheLimit(long maxFileBytes) => $"over the {Option} limit of {maxFileBytes:N0} bytes";

    /// <summary><c>50M</c>: a whole number of bytes, or of K, M or G (powers of 1024, as GNU's tools take them), in any case; at most <see cref="Largest"/>.</summary>
    public static bool TryParse(string? value, out long bytes)
    {
        bytes = 0;
        if (string.IsNullOrEmpty(value))
            return false;
        var unit = char.ToUpperInvariant(value[^1]) switch { 'K' => 1L << 10, 'M' => 1L << 20, 'G' => 1L << 30, _ => 1L };
        var digits = unit == 1 ? value : value[..^1];
        // Digits alone: no sign, no spaces, no decimals (1.5M), no thousands separators.
        if (digits.Length is 0 or > 10 || !digits.All(char.IsAsciiDigit))
            return false;
        bytes = long.Parse(digits, System.Globalization.CultureInfo.InvariantCulture) * unit;
        return bytes is > 0 and <= Largest;
    }
}
