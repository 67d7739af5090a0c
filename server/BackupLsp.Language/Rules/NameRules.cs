using System.Text.RegularExpressions;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Rules;

/// <summary>Names: reserved words, empty names, the snapshot name's shape and database names StarRocks refuses.</summary>
internal static partial class NameRules
{
    public static readonly RuleDescriptor ReservedWord = new("SRB110", "reserved-word", DiagnosticSeverity.Error,
        "A reserved word used as a bare name; backtick it.");
    public static readonly RuleDescriptor EmptyName = new("SRB111", "empty-name", DiagnosticSeverity.Error,
        "An empty backtick name (``), an empty partition name written as a string (PARTITION ('')), or an empty broker name (WITH BROKER \"\").");
    public static readonly RuleDescriptor SnapshotNamePattern = new("SRB112", "snapshot-name-pattern", DiagnosticSeverity.Warning,
        "A snapshot name outside letters, digits, `_` and `-` (up to 128): rejected by StarRocks 2.x.");

    public static readonly RuleDescriptor InvalidDatabaseName = new("SRB113", "invalid-database-name", DiagnosticSeverity.Error,
        "A database name StarRocks refuses in BACKUP or CANCEL: a leading digit, a space, a dot, a letter outside ASCII, over 256 characters; punctuation before 3.3.");

    public static readonly RuleDescriptor InvalidFunctionName = new("SRB114", "invalid-function-name", DiagnosticSeverity.Error,
        "A function a BACKUP names in ON (...) whose name StarRocks refuses before looking it up: more than db.function, a character other than a letter, digit or `_`, a leading digit.");

    public static readonly IReadOnlyList<RuleDescriptor> All = [ReservedWord, EmptyName, SnapshotNamePattern, InvalidDatabaseName, InvalidFunctionName];

    // \z, not $: .NET's $ also matches before a final line break.
    [GeneratedRegex(@"^[-\w]{1,128}\z", RegexOptions.ECMAScript)]
    internal static partial Regex PortableSnapshotName();

    /// <summary>
    /// Every database name some StarRocks release takes (FeNameFormat.DB_NAME_REGEX, matched whole): a letter, or `_` and
    /// a letter or digit, then letters, digits and `_` (ASCII: Java's <c>\w</c>), and since PR 42954 (3.3) also the
    /// punctuation of SPECIAL_CHARACTERS_IN_DB_NAME; 256 characters in all. A name outside it is refused by every release.
    /// </summary>
    // \z, not $: Java's matches() takes the whole name, and .NET's $ also matches before a final line break.
    [GeneratedRegex(@"^([a-zA-Z][-\w~!@#$%^&<>=+]{0,255}|_[a-zA-Z0-9][-\w~!@#$%^&<>=+]{0,254})\z", RegexOptions.ECMAScript)]
    private static partial Regex PossibleDatabaseName();

    /// <summary>The database names releases before <see cref="PunctuatedDatabaseNamesSince"/> take: no punctuation.</summary>
    [GeneratedRegex(@"^([a-zA-Z]\w{0,255}|_[a-zA-Z0-9]\w{0,254})\z", RegexOptions.ECMAScript)]
    private static partial Regex UnpunctuatedDatabaseName();

    /// <summary>The release that brought PR 42954 (merged for 3.3, backported to none before it).</summary>
    private static readonly StarRocksVersion PunctuatedDatabaseNamesSince = new(3, 3);

    /// <summary>
    /// The database name the statement gives that StarRocks refuses before looking the database up: BackupRestoreAnalyzer's
    /// getDbName runs FeNameFormat.checkDbName on a BACKUP's database (<c>db.snap</c> or <c>DATABASE db</c>; not for external
    /// catalogs) and a CANCEL's. A RESTORE's database, USE's and SHOW BACKUP's are only looked up (a RESTORE may create its).
    /// </summary>
    internal static Name? RefusedDatabase(Statement statement, StarRocksVersion? version)
    {
        var database = statement switch
        {
            SnapshotJobStatement { Kind: JobKind.Backup, External: null } backup when backup.Database is not null || backup.Snapshot.Parts.Length == 2
                => backup.NamedDatabase,
            CancelJobStatement cancel => cancel.Database,
            _ => null,
        };
        return database is { Value.Length: > 0 } && RefusesDatabaseName(database.Value, version) ? database : null;
    }

    /// <summary>The prefix FeNameFormat.checkPartitionName refuses (FORBIDDEN_PARTITION_NAME), in the case written: `Placeholder_x` is taken.</summary>
    private const string ForbiddenPartitionPrefix = "placeholder_";

    /// <summary>
    /// Whether StarRocks refuses the name for a partition or temporary partition it makes (FeNameFormat.checkPartitionName,
    /// which every partition description's analyze and RENAME PARTITION run): outside COMMON_NAME_REGEX, the pattern a
    /// repository's name follows too, or starting with <see cref="ForbiddenPartitionPrefix"/>. The same in every release.
    /// </summary>
    internal static bool RefusesPartitionName(string name) =>
        !RepositoryRules.ValidRepositoryName().IsMatch(name) || name.StartsWith(ForbiddenPartitionPrefix, StringComparison.Ordinal);

    /// <summary>
    /// Whether StarRocks refuses the name as a catalog's (FeNameFormat.checkCatalogName: COMMON_NAME_REGEX, a repository's
    /// pattern), which CatalogAnalyzer runs on the one <c>USE 'CATALOG c'</c> names ("Incorrect catalog name 'c'"). The
    /// same in every release with a catalog switch: the leading-`_` form came with PR 11642 (September 2022, taken into
    /// 2.3 and 2.4), before SET CATALOG (2.5.3) and <c>USE 'CATALOG c'</c> (3.0); the newest source, which checks the
    /// length (64) apart, takes the same names.
    /// </summary>
    internal static bool RefusesCatalogName(string name) => !RepositoryRules.ValidRepositoryName().IsMatch(name);

    /// <summary>The longest catalog name StarRocks takes (FeNameFormat.MAX_COMMON_NAME_LENGTH in the newest source).</summary>
    internal const int MaxCatalogNameLength = 64;

    /// <summary>A catalog name's characters as StarRocks' newest source checks them, apart from its length (PR 74203).</summary>
    [GeneratedRegex(@"^([a-zA-Z]\w*|_[a-zA-Z0-9]\w*)\z", RegexOptions.ECMAScript)]
    private static partial Regex CatalogNameCharacters();

    /// <summary>
    /// Whether StarRocks refuses the catalog name for its length alone: the newest source tells that apart ("Identifier name
    /// 'c' is too long", PR 74203, in a release not known), older ones as any other refused name.
    /// </summary>
    internal static bool RefusesCatalogNameForLengthAlone(string name) =>
        name.Length > MaxCatalogNameLength && CatalogNameCharacters().IsMatch(name);

    /// <summary>The longest table name StarRocks takes (FeNameFormat.TABLE_NAME_REGEX, <c>^[^\0]{1,1024}$</c>, in UTF-16 units as Java counts).</summary>
    internal const int MaxTableNameLength = 1024;

    /// <summary>Whether StarRocks refuses the name as a BACKUP's or CANCEL's database (FeNameFormat.checkDbName).</summary>
    internal static bool RefusesDatabaseName(string name, StarRocksVersion? version) =>
        !(version < PunctuatedDatabaseNamesSince ? UnpunctuatedDatabaseName() : PossibleDatabaseName()).IsMatch(name);

    public static void Check(RuleContext context)
    {
        SyntaxWalk.VisitNames(context.Syntax, context, static (context, name) =>
        {
            // A bare word is checked against the configured release's reserved set, not the newest one the parser reads.
            if (name.Quoting is NameQuoting.Bare or NameQuoting.ReservedWord && Keywords.IsReserved(name.Value, context.Options.Version))
                context.Report(ReservedWordAsName(name.Value, name.Span, context.Options.Version));
            else if (name.Value.Length == 0 && !ReferenceEquals(name, BrokerOf(context.Syntax)))
                context.Report(EmptyName, name.Span, "A name cannot be empty.");
        });
        // A partition written as a string is no name of the walk's, but StarRocks looks an empty one up as it does `` and
        // fails the statement (BackupRestoreAnalyzer: "partition[] does not exist").
        if (context.Syntax is SnapshotJobStatement { On: { } objects })
            foreach (var item in objects.Objects)
                foreach (var partition in item.Partitions?.Partitions ?? [])
                    if (partition.Name is { Quoting: NameQuoting.String, Value.Length: 0 })
                        context.Report(EmptyName, partition.Name.Span, "A name cannot be empty.");
        if (BrokerOf(context.Syntax) is { Value.Length: 0 } broker)
            CheckEmptyBroker(context, (CreateRepositoryStatement)context.Syntax, broker);

        if (context.Syntax is SnapshotJobStatement { Kind: JobKind.Backup } backup)
            CheckSnapshotName(context, backup.Snapshot.Last);
        if (RefusedDatabase(context.Syntax, context.Options.Version) is { } database)
            CheckDatabaseName(context, database);
        // Before 3.4 a BACKUP names no function (SRB500 tells the form); a name no release takes is still told.
        if (context.Syntax is SnapshotJobStatement { Kind: JobKind.Backup, On: { } on })
            foreach (var item in on.Objects)
                if (FunctionNameRefusal(item) is { } refusal)
                    context.Report(InvalidFunctionName, item.Name!.Span, refusal);
    }

    /// <summary>
    /// Why StarRocks refuses the name of a function a BACKUP names, before looking it up (FunctionNameAnalyzer, as
    /// FunctionName.analyze before it), in its words and ending as a sentence; null for a name it takes, or no function.
    /// </summary>
    internal static string? FunctionNameRefusal(ObjectDesc item)
    {
        if (item is not { Kind: ObjectKind.Function, Name: { } name } || name.Last.Value.Length == 0)
            return null;
        var function = name.Last.Value.ToLowerInvariant();
        return name.Parts.Length > 2 ? $"Invalid function name: {string.Join('.', name.Parts.Select(p => p.Value))}. A function is named `function` or `db.function`."
            : FunctionNameRefusal(function) is { } refusal ? $"{refusal}." : null;
    }

    /// <summary>Why StarRocks refuses a (lower-cased, non-empty) function name, in its words; null for one it takes.</summary>
    internal static string? FunctionNameRefusal(string function) =>
        // Java's Character.isLetterOrDigit, as .NET's, takes any script's letters and digits.
        function.Any(c => !char.IsLetterOrDigit(c) && c != '_') ? $"Function names must be all alphanumeric or underscore. Invalid name: {function}"
        : char.IsDigit(function[0]) ? $"Function cannot start with a digit: {function}"
        : null;

    /// <summary>
    /// SRB110 on a bare <paramref name="word"/> that the configured release reserves, with its backtick fix. A word only some
    /// releases reserve is said to be reserved in the configured one: the person may have read it is a name in another.
    /// </summary>
    internal static Diagnostic ReservedWordAsName(string word, TextSpan span, StarRocksVersion? version)
    {
        var quoted = NameText.ToSql(word, version);
        // "Write it as `order`" would read as the bare word: the backticks are the message's own marks of a name.
        return Diagnostic.Create(ReservedWord, span, $"`{word}` is a reserved word in {ReleasesReserving(word, version)}: write it in backticks to use it as a name.",
            CodeFix.Replace($"Quote with backticks: {quoted}", span, quoted, certain: true));
    }

    /// <summary>
    /// Whether SRB110 is reported: then a bare reserved word is no name, and nothing looks it up (diagnostics, hover). Turned
    /// off, it is taken for the name the person's release reads it as.
    /// </summary>
    internal static bool ReservedWordsReported(AnalysisOptions options) => options.SeverityOf(ReservedWord) is not null;

    /// <summary>Where <paramref name="word"/> is reserved: "StarRocks" for a word every release reserves, the configured release otherwise.</summary>
    internal static string ReleasesReserving(string word, StarRocksVersion? version) =>
        version is { } configured && !Keywords.IsAlwaysReserved(word) ? $"StarRocks {configured} (the configured version)" : "StarRocks";

    private static Name? BrokerOf(Statement statement) => (statement as CreateRepositoryStatement)?.Broker;

    /// <summary>
    /// An empty broker, backticked or a string (WITH BROKER takes identifierOrString): StarRocks' AstBuilder keeps it as
    /// the broker's name, so the repository has a broker, and RepositoryAnalyzer refuses its empty name.
    /// </summary>
    private static void CheckEmptyBroker(RuleContext context, CreateRepositoryStatement create, Name broker) =>
        context.Report(EmptyName, broker.Span,
            "The broker's name cannot be empty (StarRocks: \"You must specify the broker of the repository\"): name the broker, or write WITH BROKER alone to reach the storage without one.",
            CodeFix.Replace("Remove the empty broker name", TextSpan.FromBounds(create.WithBrokerSpan!.Value.End, broker.Span.End), ""));

    /// <summary>
    /// With a catalog that lists databases, the nearest of them StarRocks takes the name of is offered: the statement names
    /// one that exists.
    /// </summary>
    private static void CheckDatabaseName(RuleContext context, Name database)
    {
        var message = $"Incorrect database name '{database.Value}': a database name is a letter, or `_` and a letter or digit, then up to 255 ASCII"
            + (PossibleDatabaseName().IsMatch(database.Value)
                ? $" letters, digits or `_` in StarRocks {context.Options.Version} (the configured version); StarRocks {PunctuatedDatabaseNamesSince} and later take - ~ ! @ # $ % ^ & < > = + too"
                : " letters, digits or `_` (3.3 and later also take - ~ ! @ # $ % ^ & < > = +)");
        context.Report(context.Catalog?.Databases is { } databases
            ? CatalogRules.Unknown(InvalidDatabaseName, database, message, NameCandidates.Of(databases), context.Options.Version,
                skipped: name => RefusesDatabaseName(name, context.Options.Version))
            : Diagnostic.Create(InvalidDatabaseName, database.Span, message + "."));
    }

    private static void CheckSnapshotName(RuleContext context, Name snapshot)
    {
        if (snapshot.Value.Length == 0 || PortableSnapshotName().IsMatch(snapshot.Value))
            return;
        if (context.Options.Version is { } version && version >= new StarRocksVersion(3, 0))
            return;
        var diagnostic = $"StarRocks 2.x accepts only letters, digits, `_` and `-` (at most 128) in a snapshot name; `{snapshot.Value}` would be rejected there.";
        var isOld = context.Options.Version is { Major: < 3 };
        context.Report(isOld ? SnapshotNamePattern with { DefaultSeverity = DiagnosticSeverity.Error } : SnapshotNamePattern, snapshot.Span, diagnostic);
    }
}
