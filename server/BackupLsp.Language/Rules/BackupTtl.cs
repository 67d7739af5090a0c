using BackupLsp.Language.Facts;

namespace BackupLsp.Language.Rules;

internal enum BackupTtlReading
{
    /// <summary>Empty (or only white space): the snapshot is kept forever.</summary>
    KeptForever,
    Positive,
    /// <summary>A duration StarRocks reads, but zero, or with a negative part.</summary>
    NotPositive,
    Invalid,
}

/// <summary>
/// BACKUP's <c>ttl</c> (StarRocks 4.2) as StarRocks' SnapshotTtl.parse reads it: trimmed as Java trims, empty keeps the
/// snapshot forever; else TimeUtils.parseHumanReadablePeriodOrDuration: pairs of a number and a unit apart at white
/// space, read as a calendar period (days, weeks, months, years) or, failing that, as a duration (seconds, minutes,
/// hours, days), which must be positive. Java's arithmetic wraps on overflow, and so does this.
/// </summary>
internal static class BackupTtl
{
    /// <summary>The characters of Java's <c>\s</c>, at which StarRocks splits the value.</summary>
    private static readonly char[] JavaWhitespace = [' ', '\t', '\n', '\v', '\f', '\r'];

    public static BackupTtlReading Read(string value)
    {
        var trimmed = PropertyKeys.JavaTrim(value);
        if (trimmed.Length == 0)
            return BackupTtlReading.KeptForever;
        // Java's trim takes every \s character from the ends, so no part is empty.
        var parts = trimmed.Split(JavaWhitespace, StringSplitOptions.RemoveEmptyEntries);
        var positive = Period(parts) ?? Duration(parts);
        return positive switch
        {
            true => BackupTtlReading.Positive,
            false => BackupTtlReading.NotPositive,
            null => BackupTtlReading.Invalid,
        };
    }

    /// <summary>PeriodStyle.LONG: whether the period is positive (no part negative, not all zero), or null when it is none.</summary>
    private static bool? Period(string[] parts)
    {
        if (parts.Length % 2 != 0)
            return null;
        int years = 0, months = 0, days = 0;
        for (var i = 0; i < parts.Length; i += 2)
        {
            if (JavaInteger.Parse(parts[i], int.MinValue, int.MaxValue, out var read) != JavaIntegerParse.Valid)
                return null;
            var number = (int)read;
            // Java's toLowerCase and .NET's agree on these words: the Kelvin sign is a k to both, and no other letter
            // becomes one of their letters.
            switch (parts[i + 1].ToLowerInvariant())
            {
                case "day" or "days":
                    days = unchecked(days + number);
                    break;
                case "week" or "weeks":
                    days = unchecked(days + 7 * number);
                    break;
                case "month" or "months":
                    months = unchecked(months + number);
                    break;
                case "year" or "years":
                    years = unchecked(years + number);
                    break;
                default:
                    return null;
            }
        }
        return years >= 0 && months >= 0 && days >= 0 && (years | months | days) != 0;
    }

    /// <summary>DurationStyle.LONG: whether the duration's seconds are positive, or null when it is none.</summary>
    private static bool? Duration(string[] parts)
    {
        if (parts.Length % 2 != 0)
            return null;
        long seconds = 0;
        for (var i = 0; i < parts.Length; i += 2)
        {
            if (JavaInteger.Parse(parts[i], long.MinValue, long.MaxValue, out var number) != JavaIntegerParse.Valid)
                return null;
            long? unit = parts[i + 1].ToLowerInvariant() switch
            {
                "second" or "seconds" => 1,
                "minute" or "minutes" => 60,
                "hour" or "hours" => 3600,
                "day" or "days" => 86400,
                _ => null,
            };
            if (unit is not { } perUnit)
                return null;
            seconds = unchecked(seconds + number * perUnit);
        }
        return seconds > 0;
    }
}
