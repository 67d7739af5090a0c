using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Features;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Rules;

/// <summary>The PROPERTIES of BACKUP and RESTORE: which keys exist and which values they take.</summary>
public static partial class PropertyRules
{
    public static readonly RuleDescriptor UnknownProperty = new("SRB200", "unknown-property", DiagnosticSeverity.Error,
        "A property key the statement does not accept (keys are case-sensitive).");
    public static readonly RuleDescriptor PaddedPropertyKey = new("SRB201", "padded-property-key", DiagnosticSeverity.Hint,
        "A property key with white space around it: StarRocks trims it.");
    public static readonly RuleDescriptor RestoreOnlyProperty = new("SRB202", "restore-only-property", DiagnosticSeverity.Error,
        "A RESTORE property used in BACKUP.") { Title = "RESTORE-only property" };
    public static readonly RuleDescriptor InvalidBackupType = new("SRB203", "invalid-backup-type", DiagnosticSeverity.Error,
        "A `type` other than FULL.");
    public static readonly RuleDescriptor IncrementalBackup = new("SRB204", "incremental-backup", DiagnosticSeverity.Warning,
        "`\"type\" = \"incremental\"` passes StarRocks' checks but is not supported.");
    public static readonly RuleDescriptor InvalidTimeout = new("SRB205", "invalid-timeout", DiagnosticSeverity.Error,
        "A `timeout` that is not a whole number of seconds.");
    public static readonly RuleDescriptor TimeoutTooSmall = new("SRB206", "timeout-too-small", DiagnosticSeverity.Error,
        "A `timeout` below 600 seconds, or so large that StarRocks' count of its milliseconds overflows.");
    public static readonly RuleDescriptor DuplicateProperty = new("SRB207", "duplicate-property", DiagnosticSeverity.Warning,
        "A property given twice: StarRocks keeps the last one.");
    public static readonly RuleDescriptor MissingBackupTimestamp = new("SRB208", "missing-backup-timestamp", DiagnosticSeverity.Error,
        "RESTORE without `backup_timestamp`.") { Title = "Missing backup_timestamp" };
    public static readonly RuleDescriptor InvalidBoolean = new("SRB209", "invalid-boolean", DiagnosticSeverity.Error,
        "`allow_load` other than true or false.");
    public static readonly RuleDescriptor InvalidInteger = new("SRB210", "invalid-integer", DiagnosticSeverity.Error,
        "`replication_num`, `meta_version` or `starrocks_meta_version` that is not an integer.");
    public static readonly RuleDescriptor InvalidTtl = new("SRB211", "invalid-ttl", DiagnosticSeverity.Error,
        "A BACKUP `ttl` that is not empty nor a positive duration such as \"7 DAY\".") { Title = "Invalid ttl value" };

    public static readonly IReadOnlyList<RuleDescriptor> All =
    [
        UnknownProperty, PaddedPropertyKey, RestoreOnlyProperty, InvalidBackupType, IncrementalBackup, InvalidTimeout,
        TimeoutTooSmall, DuplicateProperty, MissingBackupTimestamp, InvalidBoolean, InvalidInteger, InvalidTtl,
    ];

    public const string Type = "type";
    public const string Timeout = "timeout";
    public const string BackupTimestamp = "backup_timestamp";
    public const string AllowLoad = "allow_load";
    public const string ReplicationNum = "replication_num";
    public const string MetaVersion = "meta_version";
    public const string StarRocksMetaVersion = "starrocks_meta_version";

    /// <summary>How long a BACKUP's snapshot is kept (StarRocks 4.2 and later; SnapshotTtl.PROP_TTL).</summary>
    public const string Ttl = "ttl";

    /// <summary>
    /// The first release whose parser trims property keys (AstBuilder.visitProperty trims the key since 3.2); 3.1 and
    /// older take a key as written, so <c>" type "</c> is an unknown key there.
    /// </summary>
    public static readonly StarRocksVersion FirstTrimmingKeys = new(3, 2);

    public const long MinimumTimeoutSeconds = 600;

    /// <summary>The timeout of a job that gives none: one day.</summary>
    public const long DefaultTimeoutSeconds = 86400;

    /// <summary>The keys each statement accepts: those hover and completion document (<see cref="LanguageFacts"/>).</summary>
    public static readonly IReadOnlyList<string> BackupKeys = [.. LanguageFacts.BackupProperties.Select(p => p.Key)];

    public static readonly IReadOnlyList<string> RestoreKeys = [.. LanguageFacts.RestoreProperties.Select(p => p.Key)];

    public static IReadOnlyList<string> KeysFor(JobKind kind) => kind == JobKind.Backup ? BackupKeys : RestoreKeys;

    /// <summary>Properties of Apache Doris' RESTORE (its RESTORE reference), which a script migrated from it may keep.</summary>
    private static readonly string[] DorisRestoreKeys =
        ["reserve_replica", "reserve_dynamic_partition_enable", "clean_tables", "clean_partitions", "atomic_restore", "force_replace"];

    internal static void Check(RuleContext context)
    {
        if (context.Syntax is not SnapshotJobStatement job)
            return;
        var properties = job.Properties?.Properties ?? [];
        var keys = KeysFor(job.Kind);
        var statement = job.Kind == JobKind.Backup ? "backup" : "restore";
        var version = context.Options.Version;

        // StarRocks (3.2 on) trims keys and keeps the last value of a repeated key; only that value is validated.
        var read = new string[properties.Length];
        for (var i = 0; i < read.Length; i++)
            read[i] = KeyAsRead(properties[i].Key.Value, version);
        var lastIndex = LastIndexOfEachKey(read);
        List<string>? absent = null;
        var mentionsTimestamp = false;
        for (var i = 0; i < properties.Length; i++)
        {
            var property = properties[i];
            var key = read[i];
            if (key != property.Key.Value && key.Length > 0)
                context.Report(PaddedPropertyKey, property.Key.Span,
                    $"StarRocks trims property keys: this is \"{key}\".",
                    CodeFix.Replace("Remove the white space", property.Key.Span, $"\"{key}\"", certain: true));
            if (IsGivenAgain(read, i, lastIndex))
            {
                context.Report(DuplicateProperty, property.Key.Span,
                    $"\"{key}\" is given again later: StarRocks keeps only the last value.",
                    new CodeFix("Remove this property", context.ListItemRemoval(properties, i, p => p.Span), Certain: true));
                continue;
            }
            if (keys.Contains(key))
                CheckValue(context, job.Kind, key, property.Value);
            else
                // A key the statement gives already is no suggestion: changing to it would make a duplicate.
                ReportUnknown(context, job.Kind, statement, keys, read, i, property.Key,
                    absent ??= [.. keys.Where(k => !read.Contains(k) && TakenBy(job.Kind, k, version))], version);
            mentionsTimestamp = mentionsTimestamp || (job.Kind == JobKind.Restore && MentionsTimestamp(key, keys));
        }

        // A misspelled backup_timestamp already has its did-you-mean; saying it is missing too would be noise.
        if (job.Kind == JobKind.Restore && !mentionsTimestamp)
            ReportMissingTimestamp(context, job);
    }

    /// <summary>
    /// Where each key is given last, for a list too long to scan for every key (a pasted or generated one); null for the
    /// usual few properties, which a scan serves without a dictionary per statement.
    /// </summary>
    private static Dictionary<string, int>? LastIndexOfEachKey(string[] read)
    {
        if (read.Length <= 16)
            return null;
        var last = new Dictionary<string, int>(read.Length, StringComparer.Ordinal);
        for (var i = 0; i < read.Length; i++)
            last[read[i]] = i;
        return last;
    }

    private static bool IsGivenAgain(string[] read, int index, Dictionary<string, int>? lastIndex)
    {
        if (lastIndex is not null)
            return lastIndex[read[index]] > index;
        for (var later = index + 1; later < read.Length; later++)
            if (read[later] == read[index])
                return true;
        return false;
    }

    /// <summary>Whether the key is backup_timestamp in any case or a misspelling of it; a key the statement accepts is itself.</summary>
    private static bool MentionsTimestamp(string key, IReadOnlyList<string> keys) =>
        key.Equals(BackupTimestamp, StringComparison.OrdinalIgnoreCase) || (!keys.Contains(key) && EditDistance.Suggest(key, keys) == BackupTimestamp);

    /// <summary>
    /// Whether the configured release takes the statement's key: a key newer than it (<c>ttl</c>, 4.2) is refused as unknown
    /// there (told by SRB500), so it is neither listed as accepted nor suggested.
    /// </summary>
    private static bool TakenBy(JobKind kind, string key, StarRocksVersion? version) =>
        !(version < LanguageFacts.PropertiesOf(kind == JobKind.Backup ? StatementKind.Backup : StatementKind.Restore).First(p => p.Key == key).Since);

    /// <param name="absent">The accepted keys the statement does not give, the only ones suggested.</param>
    /// <param name="read">The statement's keys as StarRocks reads them, of which the one at <paramref name="index"/> is unknown.</param>
    private static void ReportUnknown(RuleContext context, JobKind kind, string statement, IReadOnlyList<string> keys, string[] read,
        int index, Literal literal, List<string> absent, StarRocksVersion? version)
    {
        var key = read[index];
        var accepted = string.Join(", ", keys.Where(k => TakenBy(kind, k, version)).Select(k => $"\"{k}\""));
        if (JavaTrim(key) is var trimmed && trimmed != key && keys.Contains(trimmed))
        {
            // Only before 3.2: later releases read the key trimmed, and it is known.
            context.Report(UnknownProperty, literal.Span,
                $"Unknown {statement} job properties: [{key}]. StarRocks {version} does not trim property keys (3.2 and later do): remove the white space around \"{trimmed}\".",
                CodeFix.Replace("Remove the white space", literal.Span, $"\"{trimmed}\"", certain: absent.Contains(trimmed)));
            return;
        }
        var sameIgnoringCase = absent.FirstOrDefault(k => k.Equals(key, StringComparison.OrdinalIgnoreCase));
        if (sameIgnoringCase is not null)
        {
            // Two keys that both change to it ("Timeout", "TIMEOUT") would make a duplicate whose kept value is a guess.
            var alone = read.Count(k => k.Equals(sameIgnoringCase, StringComparison.OrdinalIgnoreCase)) == 1;
            context.Report(UnknownProperty, literal.Span,
                $"Unknown {statement} job properties: [{key}]. Property keys are case-sensitive: write \"{sameIgnoringCase}\".",
                CodeFix.Replace($"Change to \"{sameIgnoringCase}\"", literal.Span, $"\"{sameIgnoringCase}\"", certain: alone));
            return;
        }
        if (kind == JobKind.Backup && RestoreKeys.Contains(key))
        {
            context.Report(RestoreOnlyProperty, literal.Span,
                $"\"{key}\" is a RESTORE property; BACKUP accepts only {accepted}.",
                new CodeFix("Remove this property", PropertyRemoval(context, index)));
            return;
        }
        if (kind == JobKind.Restore && DorisRestoreKeys.Contains(key))
        {
            context.Report(UnknownProperty, literal.Span,
                $"Unknown {statement} job properties: [{key}]. That is a property of Doris' RESTORE; StarRocks' RESTORE has none like it and accepts {accepted}.",
                new CodeFix("Remove this property", PropertyRemoval(context, index)));
            return;
        }
        // A three-letter key (ttl) is too short for the general tolerance, but among a statement's few keys one edit from it
        // ("tll", "ttll") is a typo of it.
        var suggestion = EditDistance.Suggest(key, absent)
            ?? absent.FirstOrDefault(k => k.Length == 3 && key.Length is >= 2 and <= 4 && EditDistance.Between(key, k, ignoreCase: true, limit: 1) == 1);
        var message = $"Unknown {statement} job properties: [{key}]. {(suggestion is null ? "" : $"Did you mean \"{suggestion}\"? ")}{Capitalized(statement)} accepts {accepted}.";
        if (suggestion is null)
            context.Report(UnknownProperty, literal.Span, message, new CodeFix("Remove this property", PropertyRemoval(context, index)));
        else
            context.Report(UnknownProperty, literal.Span, message, CodeFix.Replace($"Change to \"{suggestion}\"", literal.Span, $"\"{suggestion}\""));
    }

    private static void CheckValue(RuleContext context, JobKind kind, string key, Literal value)
    {
        switch (key)
        {
            case Type when kind == JobKind.Backup:
                if (JavaCase.UpperCaseIs(value.Value, "FULL"))
                    break;
                // Certain where the value means a full backup already: StarRocks takes incremental as full.
                // In the value's case: "INCREMENTAL" becomes "FULL", as completion offers values in the case typed.
                var full = Keywords.InCaseOf(value.Value, "full");
                CodeFix ToFull(bool certain) => CodeFix.Replace($"Change to \"{full}\"", value.Span, $"\"{full}\"", certain);
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
            case Timeout:
                var timeout = JavaInteger.Parse(value.Value, long.MinValue, long.MaxValue, out var seconds);
                if (timeout != JavaIntegerParse.Valid)
                    context.Report(InvalidTimeout, value.Span,
                        $"Invalid timeout format: {Written(context, value)}{(timeout == JavaIntegerParse.OutOfRange ? " is beyond the 64-bit integer range" : "")}. "
                        + $"Give whole seconds, for example \"{DefaultTimeoutSeconds}\" (the default, one day).",
                        timeout == JavaIntegerParse.NotAnInteger && TimeoutFix(value) is { } fix ? [fix] : []);
                else if (seconds < MinimumTimeoutSeconds)
                    context.Report(TimeoutTooSmall, value.Span,
                        $"timeout must be at least 10 min: {seconds} seconds is less than {MinimumTimeoutSeconds}.",
                        CodeFix.Replace($"Raise to {MinimumTimeoutSeconds}", value.Span, $"\"{MinimumTimeoutSeconds}\""));
                // StarRocks compares the milliseconds, seconds × 1000 in 64 bits, which wraps for a huge timeout.
                else if (unchecked(seconds * 1000) < MinimumTimeoutSeconds * 1000)
                    context.Report(TimeoutTooSmall, value.Span,
                        $"timeout must be at least 10 min: StarRocks counts it in milliseconds, and {seconds} seconds × 1000 overflows a 64-bit "
                        + $"integer to less than that. Give at most {long.MaxValue / 1000} seconds.");
                break;
            case AllowLoad:
                if (!JavaCase.EqualsIgnoreCase(value.Value, "true") && !JavaCase.EqualsIgnoreCase(value.Value, "false"))
                    context.Report(InvalidBoolean, value.Span, $"allow_load must be \"true\" or \"false\", not \"{value.Value}\".",
                        BooleanMeant(value.Value) is { } meant ? [CodeFix.Replace($"Change to \"{meant}\"", value.Span, $"\"{meant}\"", certain: true)] : []);
                break;
            case Ttl:
                CheckTtl(context, value);
                break;
            case ReplicationNum or MetaVersion or StarRocksMetaVersion:
                var integer = JavaInteger.Parse(value.Value, int.MinValue, int.MaxValue, out _);
                if (integer == JavaIntegerParse.NotAnInteger)
                    context.Report(InvalidInteger, value.Span, $"{key} must be an integer, not {Written(context, value)}.");
                else if (integer == JavaIntegerParse.OutOfRange)
                    context.Report(InvalidInteger, value.Span,
                        $"{key} must be a 32-bit integer: {Written(context, value)} is beyond the range {int.MinValue} to {int.MaxValue}.");
                break;
        }
    }

    /// <summary>The ttl as StarRocks' SnapshotTtl.parse reads it: empty, or a positive duration.</summary>
    private static void CheckTtl(RuleContext context, Literal value)
    {
        switch (BackupTtl.Read(value.Value))
        {
            case BackupTtlReading.Invalid:
                context.Report(InvalidTtl, value.Span,
                    $"Invalid ttl: {Written(context, value)}. StarRocks expects a duration such as \"7 DAY\" or \"12 HOUR\": a number and a unit, "
                    + "or several such pairs, of days, weeks, months and years or of seconds, minutes, hours and days; or an empty value to keep the snapshot forever.",
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
            ? CodeFix.Replace($"Change to \"{duration}\"", value.Span, $"\"{duration}\"", certain: true) : null;
    }

    [GeneratedRegex(@"^(?<count>[0-9]+)\s*(?<unit>[a-zA-Z]+)\z", RegexOptions.CultureInvariant)]
    private static partial Regex TtlWithUnit();

    /// <summary>The property StarRocks keeps of those named <paramref name="key"/> (the last one), if any.</summary>
    internal static Property? LastProperty(SnapshotJobStatement job, string key, StarRocksVersion? version)
    {
        var properties = job.Properties?.Properties ?? [];
        for (var i = properties.Length - 1; i >= 0; i--)
            if (KeyAsRead(properties[i].Key.Value, version) == key)
                return properties[i];
        return null;
    }

    /// <summary>
    /// For a timeout that is not an integer: the seconds it plainly says, as in " 3600" or "1h" (whole seconds and a
    /// unit), or the minimum when that is less; else, when it holds no digit at all ("", "one day"), the default. A number
    /// in another shape ("3600.5", "3,600", "1h30m") gets none: any whole number of seconds for it would be a guess.
    /// </summary>
    private static CodeFix? TimeoutFix(Literal value)
    {
        var written = value.Value.Trim();
        if (!written.Any(char.IsAsciiDigit))
            return CodeFix.Replace($"Change to the default, \"{DefaultTimeoutSeconds}\" (one day)", value.Span, $"\"{DefaultTimeoutSeconds}\"");
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
        if (seconds < MinimumTimeoutSeconds)
            return CodeFix.Replace($"Change to \"{MinimumTimeoutSeconds}\", the minimum{(unit.Length == 0 ? "" : $" ({written} is {seconds} seconds)")}",
                value.Span, $"\"{MinimumTimeoutSeconds}\"");
        // A capital M alone may mean months (as in a ttl) or millions as well as minutes: read as minutes, a guess.
        var minutesGuessed = match.Groups["unit"].Value == "M";
        var title = unit.Length == 0 ? $"Change to \"{seconds}\""
            : $"Change to \"{seconds}\" ({written} in seconds{(minutesGuessed ? ", read as minutes" : "")})";
        return CodeFix.Replace(title, value.Span, $"\"{seconds}\"", certain: !minutesGuessed);
    }

    [GeneratedRegex(@"^\+?(?<count>[0-9]+)\s*(?<unit>[a-zA-Z]*)\z", RegexOptions.CultureInvariant)]
    private static partial Regex TimeoutWithUnit();

    /// <summary>
    /// A key as StarRocks reads it: from 3.2 on (and with no version configured) trimmed as Java trims, the characters
    /// up to U+0020 and no other white space; before 3.2 as written.
    /// </summary>
    public static string KeyAsRead(string key, StarRocksVersion? version) => version < FirstTrimmingKeys ? key : JavaTrim(key);

    /// <summary>Java's String.trim: the characters up to U+0020 go from both ends, other white space stays.</summary>
    internal static string JavaTrim(string text) => text.Trim(JavaTrimmed);

    private static readonly char[] JavaTrimmed = [.. Enumerable.Range(0, ' ' + 1).Select(c => (char)c)];

    /// <summary>The boolean a value plainly means in other tools' spelling (yes, off, 1...), if any.</summary>
    private static string? BooleanMeant(string value) => value.Trim().ToLowerInvariant() switch
    {
        "yes" or "y" or "on" or "1" => "true",
        "no" or "n" or "off" or "0" => "false",
        _ => null,
    };

    /// <summary>A value as the script writes it, escapes included: what it stands for may hold unprintable characters.</summary>
    private static string Written(RuleContext context, Literal value) => context.Text.Substring(value.Span.Start, value.Span.Length);

    private static void ReportMissingTimestamp(RuleContext context, SnapshotJobStatement restore)
    {
        var timestamp = KnownTimestamp(context, restore) ?? "";
        var property = $"\"{BackupTimestamp}\" = \"{timestamp}\"";
        TextEdit edit = restore.Properties is { Properties: [.., var last] } list
            ? new TextEdit(new TextSpan(last.Span.End, 0), $",{Separator(context.Text, list, last)}{property}")
            : new TextEdit(new TextSpan(context.OwnEnd, 0), $" PROPERTIES ({property})");
        var span = restore.Properties?.KeywordSpan ?? context.Parsed.HeadSpan;
        context.Report(MissingBackupTimestamp, span,
            "Missing backup_timestamp property: RESTORE needs the snapshot's timestamp (the Timestamp column of SHOW SNAPSHOT ON <repository>).",
            new CodeFix($"Add \"{BackupTimestamp}\"", [edit]));
    }

    /// <summary>What goes between a new property and the last one: a line of its own, indented alike, where the list has one per line.</summary>
    private static string Separator(string text, PropertyList list, Property last)
    {
        var lineStart = text.AsSpan(0, last.Span.Start).LastIndexOfAny('\n', '\r') + 1;
        if (lineStart <= list.KeywordSpan.Start)
            return " ";
        var indent = text.AsSpan(lineStart, last.Span.Start - lineStart);
        var lineBreak = text.AsSpan(0, lineStart).EndsWith("\r\n") ? "\r\n" : text[lineStart - 1].ToString();
        return indent.IsWhiteSpace() ? lineBreak + indent.ToString() : " ";
    }

    /// <summary>The timestamp of the snapshot when the catalog knows exactly one.</summary>
    private static string? KnownTimestamp(RuleContext context, SnapshotJobStatement restore)
    {
        var snapshots = context.Catalog?.FindRepository(restore.Repository.Value)?.Snapshots;
        var timestamps = snapshots?.Where(s => s.Name == restore.Snapshot.Last.Value && s.Timestamp is not null).Select(s => s.Timestamp!).Distinct().ToList();
        return timestamps is [var only] ? only : null;
    }

    private static ImmutableArray<TextEdit> PropertyRemoval(RuleContext context, int index)
    {
        var properties = ((SnapshotJobStatement)context.Syntax).Properties!.Properties;
        return properties.Length == 1
            ? [new TextEdit(context.WithLeadingSpace(((SnapshotJobStatement)context.Syntax).Properties!.Span), "")]
            : context.ListItemRemoval(properties, index, p => p.Span);
    }

    private static string Capitalized(string word) => char.ToUpperInvariant(word[0]) + word[1..];
}
