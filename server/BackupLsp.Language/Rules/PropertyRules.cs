using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Facts;
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
        "A property given twice in a BACKUP, RESTORE or CREATE REPOSITORY: StarRocks keeps the last one.");
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
        var (read, givenAgain) = ReadKeys(context, properties);
        List<string>? absent = null;
        var mentionsTimestamp = false;
        for (var i = 0; i < properties.Length; i++)
        {
            if (givenAgain[i])
                continue;
            var (property, key) = (properties[i], read[i]);
            if (keys.Contains(key))
                CheckValue(context, job.Kind, key, property.Value);
            else
                // A key the statement gives already is no suggestion: changing to it would make a duplicate.
                ReportUnknown(context, job.Kind, statement, keys, read, i, property.Key, absent ??= Absent(job.Kind, keys, read, version), version);
            mentionsTimestamp = mentionsTimestamp || (job.Kind == JobKind.Restore && MentionsTimestamp(key, keys));
        }

        // A misspelled backup_timestamp already has its did-you-mean; saying it is missing too would be noise.
        if (job.Kind == JobKind.Restore && !mentionsTimestamp)
            ReportMissingTimestamp(context, job);
    }

    // Apart from Check: a lambda capturing its locals is allocated on entry, for every statement checked.
    private static List<string> Absent(JobKind kind, IReadOnlyList<string> keys, string[] read, StarRocksVersion? version) =>
        [.. keys.Where(k => !read.Contains(k) && TakenBy(kind, k, version))];

    /// <summary>
    /// Each property's key as StarRocks reads it (see <see cref="PropertyKeys.KeyAsRead"/>), and whether a later property
    /// gives it again, which drops its value: a job's properties and a repository's are read alike, into a map. A key
    /// written with white space around it is told (SRB201), and so is each one given again (SRB207).
    /// </summary>
    internal static (string[] Read, bool[] GivenAgain) ReadKeys(RuleContext context, ImmutableArray<Property> properties)
    {
        var read = new string[properties.Length];
        for (var i = 0; i < read.Length; i++)
            read[i] = PropertyKeys.KeyAsRead(properties[i].Key.Value, context.Options.Version);
        var lastIndex = LastIndexOfEachKey(read);
        var givenAgain = new bool[read.Length];
        for (var i = 0; i < read.Length; i++)
        {
            var (key, written) = (read[i], properties[i].Key);
            if (key != written.Value && key.Length > 0)
                context.Report(PaddedPropertyKey, written.Span,
                    $"StarRocks trims property keys: this is \"{key}\".",
                    CodeFix.Replace("Remove the white space", written.Span, written.Requoted(key), certain: true));
            if (givenAgain[i] = IsGivenAgain(read, i, lastIndex))
                context.Report(DuplicateProperty, written.Span,
                    $"\"{key}\" is given again later: StarRocks keeps only the last value.",
                    new CodeFix("Remove this property", context.ListItemRemoval(properties, i, p => p.Span), Certain: true));
        }
        return (read, givenAgain);
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
        key.Equals(PropertyKeys.BackupTimestamp, StringComparison.OrdinalIgnoreCase) || (!keys.Contains(key) && EditDistance.Suggest(key, keys) == PropertyKeys.BackupTimestamp);

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
        if (PropertyKeys.JavaTrim(key) is var trimmed && trimmed != key && keys.Contains(trimmed))
        {
            // Only before 3.2: later releases read the key trimmed, and it is known.
            context.Report(UnknownProperty, literal.Span,
                $"Unknown {statement} job properties: [{key}]. StarRocks {version} does not trim property keys (3.2 and later do): remove the white space around \"{trimmed}\".",
                CodeFix.Replace("Remove the white space", literal.Span, literal.Requoted(trimmed), certain: absent.Contains(trimmed)));
            return;
        }
        var sameIgnoringCase = absent.FirstOrDefault(k => k.Equals(key, StringComparison.OrdinalIgnoreCase));
        if (sameIgnoringCase is not null)
        {
            // Two keys that both change to it ("Timeout", "TIMEOUT") would make a duplicate whose kept value is a guess.
            var alone = read.Count(k => k.Equals(sameIgnoringCase, StringComparison.OrdinalIgnoreCase)) == 1;
            context.Report(UnknownProperty, literal.Span,
                $"Unknown {statement} job properties: [{key}]. Property keys are case-sensitive: write \"{sameIgnoringCase}\".",
                CodeFix.Replace($"Change to {literal.Requoted(sameIgnoringCase)}", literal.Span, literal.Requoted(sameIgnoringCase), certain: alone));
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
        var message = $"Unknown {statement} job properties: [{key}]. {(suggestion is null ? "" : $"Did you mean \"{suggestion}\"? ")}{statement.ToUpperInvariant()} accepts {accepted}.";
        if (suggestion is null)
            context.Report(UnknownProperty, literal.Span, message, new CodeFix("Remove this property", PropertyRemoval(context, index)));
        else
            context.Report(UnknownProperty, literal.Span, message, CodeFix.Replace($"Change to {literal.Requoted(suggestion)}", literal.Span, literal.Requoted(suggestion)));
    }

    /// <summary>The property StarRocks keeps of those named <paramref name="key"/> (the last one), if any.</summary>
    internal static Property? LastProperty(SnapshotJobStatement job, string key, StarRocksVersion? version)
    {
        var properties = job.Properties?.Properties ?? [];
        for (var i = properties.Length - 1; i >= 0; i--)
            if (PropertyKeys.KeyAsRead(properties[i].Key.Value, version) == key)
                return properties[i];
        return null;
    }

    /// <summary>
    /// A fix per timestamp the catalog knows for the snapshot, the latest first (as completion offers them); else one whose
    /// value is left to fill in, and says so.
    /// </summary>
    private static void ReportMissingTimestamp(RuleContext context, SnapshotJobStatement restore)
    {
        // In the quote the list's keys are written in.
        var quoting = restore.Properties?.Properties.LastOrDefault()?.Key ?? new Literal("", default, true);
        var key = quoting.Requoted(PropertyKeys.BackupTimestamp);
        CodeFix Adding(string timestamp, string title)
        {
            var property = $"{key} = {quoting.Requoted(timestamp)}";
            TextEdit edit = restore.Properties is { Properties: [.., var last] } list
                ? new TextEdit(new TextSpan(last.Span.End, 0), $",{Separator(context.Text, list, last)}{property}")
                : new TextEdit(new TextSpan(EndOfClauses(restore), 0), $" PROPERTIES ({property})");
            return new CodeFix(title, [edit]);
        }
        var known = context.Catalog?.FindRepository(restore.Repository.Value)?.TimestampsOf(restore.Snapshot.Last.Value) ?? [];
        var span = restore.Properties?.KeywordSpan ?? context.Parsed.HeadSpan;
        context.Report(MissingBackupTimestamp, span,
            "Missing backup_timestamp property: RESTORE needs the snapshot's timestamp (the Timestamp column of SHOW SNAPSHOT ON repository).",
            known.Count == 0 ? [Adding("", $"Add {key} (its value to fill in)") with { OnlyWhenAsked = true }]
                : [.. known.Select(timestamp => Adding(timestamp, $"Add {key} = {quoting.Requoted(timestamp)}"))]);
    }

    /// <summary>
    /// Where the RESTORE's last clause ends: PROPERTIES goes there, not after what follows it in the statement's text (a
    /// comment, or a `#` run the parser reads past, where the clause would be no clause).
    /// </summary>
    private static int EndOfClauses(SnapshotJobStatement restore) =>
        Math.Max(Math.Max(restore.Repository.Span.End, restore.On?.Span.End ?? 0),
            Math.Max(restore.Database?.Span.End ?? 0, restore.External?.Span.End ?? 0));

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

    private static ImmutableArray<TextEdit> PropertyRemoval(RuleContext context, int index)
    {
        var properties = ((SnapshotJobStatement)context.Syntax).Properties!.Properties;
        return properties.Length == 1
            ? [new TextEdit(context.WithLeadingSpace(((SnapshotJobStatement)context.Syntax).Properties!.Span), "")]
            : context.ListItemRemoval(properties, index, p => p.Span);
    }
}
