using System.Text.RegularExpressions;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Facts;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Rules;

/// <summary>The values of the job properties: the backup type, the timeout, the ttl, the booleans and integers, and their fixes.</summary>
public static partial class PropertyRules
{
    private static void CheckValue(RuleContext context, JobKind kind, string key, Literal value)
    {
        switch (key)
        {
            case PropertyKeys.Type when kind == JobKind.Backup:
                if (JavaCase.UpperCaseIs(value.Value, "FULL"))
                    break;
                // Certain where the value means a full backup already: StarRocks takes incremental as full.
                // In the value's case: "INCREMENTAL" becomes "FULL", as completion offers values in the case typed.
                var full = Keywords.InCaseOf(value.Value, "full");
                CodeFix ToFull(bool certain) => CodeFix.Replace($"Change to {value.Requoted(full)}", value.Span, value.Requoted(full), certain);
                if (JavaCase.UpperCaseIs(value.Value, "INCREMENTAL"))
                    context.Report(IncrementalBackup, value.Span,
                        $"Incremental backup is not supported: StarRocks accepts the value, but only full backups are taken. Use \"{full}\".", ToFull(certain: true));
                else if (JavaCase.UpperCaseIs(value.Value.Trim(), "FULL"))
                    context.Report(InvalidBackupType, value.Span,
                        $"Invalid backup job type: \"{value.Value}\". StarRocks does not trim the value: remove the white space around it.", ToFull(certain: true));
                else
                    context.Report(InvalidBackupType, value.Span,
                        $"Invalid backup job type: \"{value.Value}\". The only supported type is FULL.", ToFull(certain: false));
                break;
            case PropertyKeys.Timeout:
                var timeout = JavaInteger.Parse(value.Value, long.MinValue, long.MaxValue, out var seconds);
                if (timeout != JavaIntegerParse.Valid)
                    context.Report(InvalidTimeout, value.Span,
                        $"Invalid timeout format: {Written(context, value)}{(timeout == JavaIntegerParse.OutOfRange ? " is beyond the 64-bit integer range" : "")}. "
                        + $"Give whole seconds, for example \"{PropertyKeys.DefaultTimeoutSeconds}\" (the default, one day).",
                        timeout == JavaIntegerParse.NotAnInteger && TimeoutFix(value) is { } fix ? [fix] : []);
                // StarRocks compares the milliseconds, seconds × 1000 in 64 bits, which wraps for a huge timeout (and for a
                // negative one, to a count it takes).
                else if (unchecked(seconds * 1000) >= PropertyKeys.MinimumTimeoutSeconds * 1000)
                    break;
                else if (seconds < PropertyKeys.MinimumTimeoutSeconds)
                    context.Report(TimeoutTooSmall, value.Span,
                        $"timeout must be at least 10 min: {seconds} {(seconds == 1 ? "second is" : "seconds are")} less than {PropertyKeys.MinimumTimeoutSeconds}.",
                        CodeFix.Replace($"Raise the timeout to {PropertyKeys.MinimumTimeoutSeconds}", value.Span, value.Requoted(PropertyKeys.MinimumTimeoutSeconds.ToString())));
                else
                    context.Report(TimeoutTooSmall, value.Span,
                        $"timeout must be at least 10 min: StarRocks counts it in milliseconds, and {seconds} seconds × 1000 overflows a 64-bit "
                        + $"integer to less than that. Give at most {long.MaxValue / 1000} seconds.");
                break;
            case PropertyKeys.AllowLoad:
                if (!JavaCase.EqualsIgnoreCase(value.Value, "true") && !JavaCase.EqualsIgnoreCase(value.Value, "false"))
                    context.Report(InvalidBoolean, value.Span, $"\"allow_load\" must be \"true\" or \"false\", not {Written(context, value)}.",
                        BooleanMeant(value.Value) is { } meant ? [CodeFix.Replace($"Change to {value.Requoted(meant)}", value.Span, value.Requoted(meant), certain: true)] : []);
                break;
            case PropertyKeys.Ttl:
                CheckTtl(context, value);
                break;
            case PropertyKeys.BackupTimestamp when kind == JobKind.Restore && !SnapshotTimestamps.HasTimestampForm(value.Value):
                ReportTimestampOfNoSnapshot(context, value);
                break;
            case PropertyKeys.ReplicationNum or PropertyKeys.MetaVersion or PropertyKeys.StarRocksMetaVersion:
                var integer = JavaInteger.Parse(value.Value, int.MinValue, int.MaxValue, out _);
                if (integer == JavaIntegerParse.NotAnInteger)
                    context.Report(InvalidInteger, value.Span, $"\"{key}\" must be an integer, not {Written(context, value)}.");
                else if (integer == JavaIntegerParse.OutOfRange)
                    context.Report(InvalidInteger, value.Span,
                        $"\"{key}\" must be a 32-bit integer: {Written(context, value)} is beyond the range {int.MinValue} to {int.MaxValue}.");
                break;
        }
    }

    /// <summary>
    /// A backup_timestamp blank or not of a timestamp's form names no snapshot, whatever the repository holds: StarRocks'
    /// analyzer refuses only a missing one, but BackupHandler.restore then looks the snapshot's info file up by the timestamp
    /// (Repository.getSnapshotInfoFile downloads the one file named <c>__info_</c> and exactly that timestamp) and refuses
    /// the statement, before any job is made. So it is told without a catalog too, under the rule of a timestamp the snapshot does not have.
    /// Where the catalog lists the snapshot's timestamps, it decides: one it lists is no error, whatever its form (a catalog
    /// may be written by hand); otherwise each is a fix: for a blank value the latest first, for another those it begins
    /// first, then the nearest.
    /// </summary>
    private static void ReportTimestampOfNoSnapshot(RuleContext context, Literal value)
    {
        if (context.Syntax is not SnapshotJobStatement restore)
            return;
        var snapshot = restore.Snapshot.Last.Value;
        var known = context.Catalog?.FindRepository(restore.Repository.Value)?.TimestampsOf(snapshot) ?? [];
        if (known.Contains(value.Value))
            return;
        var failure = $"StarRocks finds no snapshot `{snapshot}` with that timestamp and refuses the RESTORE (\"Failed to get info of snapshot '{snapshot}' because: ... Maybe specified wrong backup timestamp\"), starting no job";
        var blank = string.IsNullOrWhiteSpace(value.Value);
        var message = blank
            ? $"\"backup_timestamp\" is {(value.Value.Length == 0 ? "empty" : "blank")}: {failure}. Give the snapshot's timestamp, from the Timestamp column of SHOW SNAPSHOT ON {restore.Repository.Value}."
            : $"\"backup_timestamp\" = {Written(context, value)} is not a whole snapshot timestamp: {failure}. "
                + $"A timestamp reads year-month-day-hour-minute-second-millisecond, as {SnapshotTimestamps.Example} (older snapshots have no milliseconds): "
                + $"copy it from the Timestamp column of SHOW SNAPSHOT ON {restore.Repository.Value}.";
        // A date or a time cut short is the start of the timestamps it means: those first, then the nearest.
        var fixes = blank ? known
            : [.. known.OrderBy(k => !k.StartsWith(value.Value, StringComparison.Ordinal)).ThenBy(k => EditDistance.Between(value.Value, k, ignoreCase: false))];
        context.Report(CatalogRules.UnknownTimestamp, value.Span, message,
            [.. fixes.Select(timestamp => CodeFix.Replace($"Change to {value.Requoted(timestamp)}", value.Span, value.Requoted(timestamp)))]);
    }

    /// <summary>The ttl as StarRocks' SnapshotTtl.parse reads it: empty, or a positive duration.</summary>
    private static void CheckTtl(RuleContext context, Literal value)
    {
        switch (BackupTtl.Read(value.Value))
        {
            case BackupTtlReading.Invalid:
                context.Report(InvalidTtl, value.Span,
                    $"Invalid ttl: {Written(context, value)}. StarRocks expects a duration such as \"7 DAY\" or \"12 HOUR\": a number and a unit, "
                    + "or several such pairs, either all in calendar units (days, weeks, months, years) or all in clock units (seconds, minutes, hours, days); or an empty value to keep the snapshot forever.",
                    TtlFix(value) is { } fix ? [fix] : []);
                break;
            case BackupTtlReading.NotPositive:
                context.Report(InvalidTtl, value.Span,
                    $"ttl must be a positive duration, but got: {Written(context, value)}. An empty value keeps the snapshot forever.");
                break;
        }
    }

    /// <summary>
    /// For a ttl written with a short unit or without the space (<c>"7d"</c>, <c>"12 hrs"</c>, <c>"30days"</c>): the
    /// same duration as StarRocks spells it. None for a minute or a month written <c>m</c>, which could be either.
    /// </summary>
    private static CodeFix? TtlFix(Literal value)
    {
        if (TtlWithUnit().Match(value.Value.Trim()) is not { Success: true } match)
            return null;
        var unit = match.Groups["unit"].Value.ToLowerInvariant() switch
        {
            "s" or "sec" or "secs" or "second" or "seconds" => "SECOND",
            "min" or "mins" or "minute" or "minutes" => "MINUTE",
            "h" or "hr" or "hrs" or "hour" or "hours" => "HOUR",
            "d" or "day" or "days" => "DAY",
            "w" or "wk" or "wks" or "week" or "weeks" => "WEEK",
            "month" or "months" => "MONTH",
            "y" or "yr" or "yrs" or "year" or "years" => "YEAR",
            _ => null,
        };
        var duration = $"{match.Groups["count"].Value} {unit}";
        return unit is not null && BackupTtl.Read(duration) == BackupTtlReading.Positive
            ? CodeFix.Replace($"Change to {value.Requoted(duration)}", value.Span, value.Requoted(duration), certain: true) : null;
    }

    [GeneratedRegex(@"^(?<count>[0-9]+)\s*(?<unit>[a-zA-Z]+)\z", RegexOptions.CultureInvariant)]
    private static partial Regex TtlWithUnit();

    /// <summary>
    /// For a timeout that is not an integer: the seconds it plainly says, as in " 3600" or "1h" (whole seconds and a
    /// unit), or the minimum when that is less; else, when it holds no digit at all ("", "one day"), the default. A number
    /// in another shape ("3600.5", "3,600", "1h30m") gets none: any whole number of seconds for it would be a guess.
    /// </summary>
    private static CodeFix? TimeoutFix(Literal value)
    {
        var written = value.Value.Trim();
        if (!written.Any(char.IsAsciiDigit))
        {
            var defaultTimeout = value.Requoted(PropertyKeys.DefaultTimeoutSeconds.ToString());
            return CodeFix.Replace($"Change to the default, {defaultTimeout} (one day)", value.Span, defaultTimeout);
        }
        if (TimeoutWithUnit().Match(written) is not { Success: true } match || !long.TryParse(match.Groups["count"].Value, out var count))
            return null;
        var unit = match.Groups["unit"].Value.ToLowerInvariant();
        long seconds;
        try
        {
            seconds = unit switch
            {
                "" or "s" or "sec" or "secs" or "second" or "seconds" => count,
                "ms" when count % 1000 == 0 => count / 1000,
                "m" or "min" or "mins" or "minute" or "minutes" => checked(count * 60),
                "h" or "hr" or "hrs" or "hour" or "hours" => checked(count * 3600),
                "d" or "day" or "days" => checked(count * 86400),
                "w" or "week" or "weeks" => checked(count * 604800),
                _ => -1,
            };
        }
        catch (OverflowException)
        {
            return null;
        }
        if (seconds < 0 || seconds > long.MaxValue / 1000)
            return null;
        // What it says is too short for StarRocks: the minimum is offered, as a guess at what was meant (Fix All leaves it).
        if (seconds < PropertyKeys.MinimumTimeoutSeconds)
        {
            var minimum = value.Requoted(PropertyKeys.MinimumTimeoutSeconds.ToString());
            return CodeFix.Replace($"Change to {minimum}, the minimum{(unit.Length == 0 ? "" : $" ({written} is {seconds} seconds)")}", value.Span, minimum);
        }
        // A capital M alone may mean months (as in a ttl) or millions as well as minutes: read as minutes, a guess.
        var minutesGuessed = match.Groups["unit"].Value == "M";
        var inSeconds = value.Requoted(seconds.ToString());
        var title = unit.Length == 0 ? $"Change to {inSeconds}"
            : $"Change to {inSeconds} ({written} in seconds{(minutesGuessed ? ", read as minutes" : "")})";
        return CodeFix.Replace(title, value.Span, inSeconds, certain: !minutesGuessed);
    }

    [GeneratedRegex(@"^\+?(?<count>[0-9]+)\s*(?<unit>[a-zA-Z]*)\z", RegexOptions.CultureInvariant)]
    private static partial Regex TimeoutWithUnit();

    /// <summary>The boolean a value plainly means in other tools' spelling (yes, off, 1...), if any.</summary>
    private static string? BooleanMeant(string value) => value.Trim().ToLowerInvariant() switch
    {
        "yes" or "y" or "on" or "1" => "true",
        "no" or "n" or "off" or "0" => "false",
        _ => null,
    };

    /// <summary>
    /// A value as the script writes it, escapes included: what it stands for may hold unprintable characters (those it holds
    /// raw are escaped with the message, see <see cref="Diagnostic.WithInvisiblesEscaped"/>).
    /// </summary>
    private static string Written(RuleContext context, Literal value) => context.Text.Substring(value.Span.Start, value.Span.Length);
}
