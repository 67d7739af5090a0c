using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Facts;
using BackupLsp.Language.Rules;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Features;

/// <summary>The text shown for each thing a statement mentions; completion reuses it as item documentation.</summary>
internal static class HoverTopics
{
    /// <param name="externalCatalogs">Whether the statement is BACKUP's or RESTORE's form for external catalogs.</param>
    public static HoverText Statement(StatementKind kind, bool externalCatalogs = false)
    {
        var fact = externalCatalogs && LanguageFacts.ExternalCatalogForms.TryGetValue(kind, out var form) ? form : LanguageFacts.Statements[kind];
        return new HoverText().Syntax(fact.Syntax).Paragraph(fact.Summary);
    }

    /// <summary>A column of a SHOW's result, in its WHERE or ORDER BY; a job's State with the states it goes through.</summary>
    public static HoverText Column(StatementKind kind, ResultFact column)
    {
        var text = new HoverText().Title("Column", column.Name).Paragraph($"{column.Meaning} A column of the result of {StatementHeads.WordsOf(kind)}.");
        if (column.Name == "State" && ShowResultFacts.JobStates.TryGetValue(kind, out var states))
            foreach (var state in states)
                text.Fact(state.Name, state.Meaning);
        return text;
    }

    /// <summary>A state of a BACKUP or RESTORE job, compared with the State column of SHOW BACKUP or SHOW RESTORE.</summary>
    public static HoverText JobState(StatementKind kind, ResultFact state) =>
        new HoverText().Title("State", state.Name).Paragraph(state.Meaning)
            .Paragraph($"A state of the jobs {StatementHeads.WordsOf(kind)} lists, in its `State` column.");

    /// <summary>USE, other SQL whose database the statements after it work in.</summary>
    public static HoverText Use() => new HoverText().Syntax(LanguageFacts.Use.Syntax).Paragraph(LanguageFacts.Use.Summary);

    public static HoverText SetCatalog() => new HoverText().Syntax(LanguageFacts.SetCatalog.Syntax).Paragraph(LanguageFacts.SetCatalog.Summary);

    public static HoverText LegacyUseCatalog() =>
        new HoverText().Syntax(LanguageFacts.LegacyUseCatalog.Syntax).Paragraph(LanguageFacts.LegacyUseCatalog.Summary);

    /// <summary>The catalog a SET CATALOG or USE names: the cluster's own, or an external one.</summary>
    public static HoverText SessionCatalog(string name) =>
        SessionEffect.IsDefaultCatalog(name)
            ? new HoverText().Title("Catalog", name, MessageNames.Object).Paragraph(LanguageFacts.DefaultCatalog)
            : new HoverText().Title("External catalog", name, MessageNames.Object).Paragraph(LanguageFacts.ExternalSessionCatalog);

    /// <summary>A catalog the script dropped before: StarRocks no longer knows it (SET CATALOG: "Unknown catalog"; BACKUP: "does not existed").</summary>
    public static HoverText DroppedCatalog(HoverText catalog, int droppedOn) =>
        catalog.Paragraph($"Dropped on line {droppedOn} (DROP CATALOG), and not created again since: StarRocks no longer knows it, and fails a statement that names it.");

    public static HoverText Operator(LanguageFacts.OperatorFact fact) => new HoverText().Title("Operator", fact.Operator).Paragraph(fact.Meaning);

    /// <param name="version">The configured release, which a SHOW's WHERE depends on.</param>
    public static HoverText? Keyword(string keyword, StatementKind kind, StarRocksVersion? version, bool externalCatalogs = false) =>
        (keyword.Equals("WHERE", StringComparison.OrdinalIgnoreCase)
            ? LanguageFacts.Where(kind, version)
            : LanguageFacts.Keyword(keyword, kind, externalCatalogs)) is { } doc
            ? new HoverText().Title("Keyword", keyword.ToUpperInvariant()).Paragraph(doc)
            : null;

    public static HoverText Property(PropertyFact fact, StatementKind kind)
    {
        var text = new HoverText().Title(kind == StatementKind.CreateRepository ? "Storage property" : "Property", fact.Key, MessageNames.Quoted).Paragraph(fact.Summary);
        if (fact.Allowed is { } allowed)
            text.Fact("Values", allowed);
        if (fact.Default is { } defaultValue)
            text.Fact("Default", defaultValue);
        if (fact.Required)
            text.Fact("Required", "yes");
        if (fact.Since is { } since)
            text.Fact("Since", $"StarRocks {since}");
        return text;
    }

    /// <summary>A key the statement does not accept, with those the configured release does (and RESTORE's own, named so).</summary>
    public static HoverText UnknownProperty(string key, StatementKind kind, StarRocksVersion? version)
    {
        var accepted = string.Join(", ", LanguageFacts.PropertiesOf(kind).Where(p => !(version < p.Since)).Select(p => HoverText.Quoted(p.Key)));
        var why = kind == StatementKind.Backup && LanguageFacts.Property(StatementKind.Restore, key, version) is not null
            ? $"A RESTORE property, which {StatementWord(kind)} does not accept" : $"{StatementWord(kind)} does not accept this key";
        return new HoverText().Title("Property", key, MessageNames.Quoted).Paragraph($"{why}; it accepts {accepted}.");
    }

    /// <summary>A repository property with no entry of its own: an HDFS high-availability key, a likely typo, or one StarRocks passes on unread.</summary>
    public static HoverText OtherStorageProperty(string key)
    {
        var text = new HoverText().Title("Storage property", key, MessageNames.Quoted);
        if (StorageProperties.IsKnown(key))
            return text.Paragraph("An HDFS high-availability setting, named after one of your name services or name nodes: StarRocks passes it to the HDFS client.");
        return text.Paragraph(StorageProperties.LikelyMeant(key) is { } suggestion
            ? $"Not a key StarRocks' storage clients read: did you mean {HoverText.Quoted(suggestion)}? StarRocks does not check these keys, so a typo only shows when the repository is used."
            : "Not a key StarRocks' storage clients are known to read: StarRocks passes the properties on without checking them.");
    }

    public static HoverText Repository(string name, StarRocksCatalog? catalog)
    {
        var text = new HoverText().Title("Repository", name, MessageNames.Repository);
        if (catalog?.FindRepository(name) is not { } repository)
            return catalog?.Repositories is null ? text.Paragraph("Remote storage where snapshots are kept.")
                : text.Paragraph(catalog.DroppedRepositories.ContainsKey(name) ? "Dropped by a DROP REPOSITORY earlier in this script." : "Not in the catalog.");
        if (repository.Location is { } location)
            text.Fact("Location", HoverText.Quoted(location));
        text.Fact("Read-only", repository.ReadOnly ? "yes: snapshots can be restored from it, BACKUP cannot write to it" : "no");
        if (repository.Snapshots is { } snapshots)
            text.Fact("Snapshots", snapshots.IsEmpty ? "none" : Describe(snapshots));
        if (catalog.FoundAgain(name))
            text.Paragraph("Created again by the script at the location of the repository of this name it dropped: StarRocks finds a "
                + "repository's snapshots by its name and location, so it holds that one's snapshots again.");
        return text;
    }

    /// <summary>The snapshots the BACKUPs before the hover take into the repository, besides those the catalog lists.</summary>
    public static HoverText TakenInScript(HoverText text, IReadOnlyList<MadeName> taken) =>
        taken.Count == 0 ? text : text.Fact("Taken by this script", string.Join(", ", taken.Select(s => $"{HoverText.Snapshot(s.Name)} (line {s.Line})")));

    /// <summary>The name CREATE REPOSITORY gives: new, unless the catalog lists it already.</summary>
    public static HoverText NewRepository(string name, StarRocksCatalog? catalog)
    {
        if (catalog?.FindRepository(name) is null)
            return new HoverText().Title("Repository", name, MessageNames.Repository).Paragraph("The repository this statement creates.");
        return Repository(name, catalog).Paragraph(
            "The catalog lists a repository of this name already: StarRocks refuses to create it again while it exists (DROP REPOSITORY it first).");
    }

    /// <summary>CREATE REPOSITORY's location, with the storage its scheme names where StarRocks' own storage clients know it.</summary>
    public static HoverText Location(string location)
    {
        var text = new HoverText().Title("Location", location, MessageNames.Quoted)
            .Paragraph("The storage path the repository keeps its snapshots under: its scheme decides the storage.");
        if (CompletionLocations.SchemeOf(location) is { } scheme)
            return text.Fact("Storage", scheme.Store).Paragraph(scheme.Summary);
        // A scheme StarRocks' storage clients do not read, near one they do, such as `cos` for `cosn`.
        if (location.IndexOf("://", StringComparison.Ordinal) is > 0 and var end && location[..end].All(char.IsAsciiLetterOrDigit)
            && CompletionLocations.NearestScheme(location[..end]) is { } nearest)
            text.Paragraph($"StarRocks' own storage clients know no `{location[..end]}://`: did you mean `{nearest}://`?");
        return text;
    }

    public static HoverText Broker(string name) =>
        new HoverText().Title("Broker", name, MessageNames.Object).Paragraph(
            "The broker processes, deployed with the cluster, that StarRocks reads and writes the repository's storage through: "
            + "`ALTER SYSTEM ADD BROKER name 'host:port'` adds them under this name, `SHOW BROKER` lists them. Without a name after "
            + "`WITH BROKER`, StarRocks uses its own storage clients.");

    public static HoverText Database(string name, StarRocksCatalog? catalog)
    {
        var text = new HoverText().Title("Database", name, MessageNames.Object);
        if (catalog?.FindDatabase(name) is not { } database)
        {
            if (catalog is null)
                return text;
            // Without the catalog's list, one the script dropped or renamed away, and did not make again, is the one known gone.
            if (catalog.Databases is null)
                return catalog.DroppedDatabases.Contains(name) && !catalog.CreatedDatabases.ContainsKey(name)
                    ? text.Paragraph(Gone("DATABASE", catalog.GoneDatabases.GetValueOrDefault(name), null)) : text;
            return text.Paragraph(catalog.GoneDatabases.TryGetValue(name, out var renamed) ? Gone("DATABASE", renamed, null) : "Not in the catalog.");
        }
        if (catalog.BackupDatabase == name)
            text.Paragraph(catalog.ExternalCatalog is { } external
                ? $"The session's database: the session is in catalog {HoverText.Object(external)}, whose database of this name is current, and a backup or restore statement that names no database works in this one, default_catalog's of that name, as StarRocks looks it up."
                : "The default database: statements that name no database use it.");
        if (database.Tables is { } tables)
            text.Names("Tables", tables.Keys);
        if (database.Views is { } views)
            text.Names("Views", views);
        if (database.MaterializedViews is { } materializedViews)
            text.Names("Materialized views", materializedViews);
        if (database.Functions is { } functions)
            text.Names("Functions", functions);
        return text;
    }

    /// <summary>
    /// What took a database or table (<paramref name="kind"/>) away: an ALTER that renamed it to <paramref name="renamed"/>,
    /// else a DROP, on the line of <paramref name="dropped"/> where that is known.
    /// </summary>
    private static string Gone(string kind, string? renamed, MadeName? dropped) =>
        renamed is not null ? $"Renamed to {HoverText.Object(renamed)} by an ALTER {kind} earlier in this script."
        : dropped is { Line: var line } ? $"Dropped by the DROP {kind} on line {line} of this script."
        : $"Dropped by a DROP {kind} earlier in this script.";

    /// <param name="dropped">The DROP TABLE before the hover that drops the table, if the script has one.</param>
    /// <param name="commentShownBeside">The table's comment is shown beside this text already (a completion item's detail).</param>
    public static HoverText Table(string name, string? databaseName, StarRocksCatalog? catalog, MadeName? dropped = null, bool commentShownBeside = false)
    {
        var text = new HoverText().Title("Table", databaseName is null ? name : $"{databaseName}.{name}", MessageNames.Object);
        var database = databaseName is null ? null : catalog?.FindDatabase(databaseName);
        if (database?.Tables?.GetValueOrDefault(name) is not { } table)
        {
            // StarRocks looks a name in ON (...) up among the database's tables, views and materialized views together.
            var kind = database?.Views?.Contains(name) == true ? CompletionEntryKind.View
                : database?.MaterializedViews?.Contains(name) == true ? CompletionEntryKind.MaterializedView
                : (CompletionEntryKind?)null;
            if (kind is { } other)
                return NamedObject(other, name, databaseName, catalog)
                    .Paragraph("Named as a table: StarRocks looks a name up among the database's tables, views and materialized views together.");
            return database?.Tables is null ? text
                : text.Paragraph(database.GoneTables.TryGetValue(name, out var renamed) ? Gone("TABLE", renamed, dropped) : "Not in the catalog.");
        }
        if (table.Comment is { Length: > 0 } comment && !commentShownBeside)
            text.Verbatim(comment);
        if (table.Partitions is { } partitions)
            text.Names("Partitions", partitions);
        var named = table.TemporaryPartitions is { IsEmpty: false };
        if (named)
            text.Names("Temporary partitions (while it has any, StarRocks neither backs the table up nor restores into it)", table.TemporaryPartitions!.Value);
        if (table.HasUnnamedTemporaryPartitions)
            text.Paragraph(named ? "Has more temporary partitions, made by a batch ADD TEMPORARY PARTITIONS, which StarRocks names."
                : "Has temporary partitions, made by a batch ADD TEMPORARY PARTITIONS: while it has any, StarRocks neither backs the table up nor restores into it.");
        else if (table.BatchTemporaryPartitionsUnknown)
            text.Paragraph(named ? $"Whether it has more temporary partitions is not known: {BatchPartlyTaken}"
                : $"Whether it still has temporary partitions is not known: {BatchPartlyTaken} While it has any, StarRocks neither backs the table up nor restores into it.");
        return text;
    }

    /// <summary>A plain name after an unparenthesized PARTITION list, which StarRocks releases read differently.</summary>
    public static HoverText PartitionOrTable(string name, string owner, string? databaseName, StarRocksCatalog? catalog)
    {
        var database = databaseName is null ? null : catalog?.FindDatabase(databaseName);
        var table = database?.Tables?.GetValueOrDefault(owner);
        var text = new HoverText().Title("Partition or table", name, MessageNames.Object)
            .Paragraph($"Current StarRocks reads it as another partition of {HoverText.Object(owner)}, 3.5 and older as a table: parentheses around the partitions say which.");
        if (table?.Partitions is not null)
            text.Fact("Partition", table.HasPartition(name) ? $"yes, of {HoverText.Object(owner)}" : $"not of {HoverText.Object(owner)}, according to the catalog");
        // StarRocks looks a table's name up among the database's tables, views and materialized views together.
        if (database?.Tables is { } tables)
            text.Fact("Table", tables.ContainsKey(name) ? $"yes, in {HoverText.Object(database.Name)}"
                : database.Views?.Contains(name) == true ? $"a view in {HoverText.Object(database.Name)}, looked up as tables are"
                : database.MaterializedViews?.Contains(name) == true ? $"a materialized view in {HoverText.Object(database.Name)}, looked up as tables are"
                : $"not in {HoverText.Object(database.Name)}, according to the catalog");
        return text;
    }

    /// <summary>Whether the snapshot a BACKUP earlier in the script takes (on <paramref name="line"/>) holds the table, and which of its partitions (SRB608 reads it so).</summary>
    public static HoverText TableInSnapshot(HoverText text, SnapshotContents.Taken contents, string table, int line) =>
        contents.Table(table) switch
        {
            (false, _, _) => text.Paragraph($"Not in the snapshot: the BACKUP on line {line} that takes it does not back it up."),
            (true, { } partitions, _) => text.Paragraph($"In the snapshot, backed up on line {line}.").Names("Partitions in the snapshot", partitions),
            _ => text.Paragraph($"In the snapshot, backed up on line {line}."),
        };

    /// <summary>
    /// Whether the snapshot a BACKUP earlier in the script takes (on <paramref name="line"/>) holds the partition, among
    /// <paramref name="partitions"/> of its table, as written where they are known <paramref name="inTheirCase"/> (SRB608 reads it so).
    /// </summary>
    public static HoverText PartitionInSnapshot(HoverText text, PartitionNames partitions, bool inTheirCase, string partition, string table, int line) =>
        text.Paragraph(partitions.Contains(partition, inTheirCase ? StringComparer.Ordinal : StringComparer.OrdinalIgnoreCase)
            ? $"In the snapshot, backed up on line {line}."
            : $"Not in the snapshot: the BACKUP on line {line} that takes it backs up other partitions of {HoverText.Object(table)}.");

    public static HoverText Partition(string name, string? tableName, TableInfo? table)
    {
        var text = new HoverText().Title("Partition", name, MessageNames.Object);
        if (tableName is not null)
            text.Fact("Table", HoverText.Object(tableName));
        if (table is null)
            return text;
        if (table.HasTemporaryPartition(name))
            return text.Paragraph("A temporary partition of this table: StarRocks neither backs up nor restores temporary partitions, and while a table has any it neither backs the table up nor restores into it.");
        if (table.Partitions is not null && !table.HasPartition(name))
            return text.Paragraph(table.PartitionsAsScriptMakesThem ? "Not a partition of this table as the script makes it." : "Not a partition of this table in the catalog.");
        return text;
    }

    /// <summary>Why a table's temporary partitions are not known (<see cref="TableInfo.BatchTemporaryPartitionsUnknown"/>).</summary>
    private const string BatchPartlyTaken =
        "a batch ADD TEMPORARY PARTITIONS made some, which StarRocks names, and a DROP of temporary partitions or a REPLACE with them since took some or all of them.";

    /// <summary>A name in a <c>TEMPORARY PARTITION</c> list, which StarRocks refuses in BACKUP and RESTORE alike (SRB302).</summary>
    public static HoverText TemporaryPartition(string name, string? tableName, TableInfo? table, StatementKind kind)
    {
        var text = new HoverText().Title("Temporary partition", name, MessageNames.Object);
        if (tableName is not null)
            text.Fact("Table", HoverText.Object(tableName));
        text.Paragraph(kind == StatementKind.Restore
            ? "Temporary partitions cannot be restored: a snapshot holds regular partitions only."
            : "Temporary partitions cannot be backed up: StarRocks backs up a table's regular partitions only.");
        if (table is null || table.HasTemporaryPartition(name) || table.HasUnnamedTemporaryPartitions)
            return text;
        if (table.BatchTemporaryPartitionsUnknown)
            text.Paragraph($"Whether the table has it is not known: {BatchPartlyTaken}");
        else if (table.TemporaryPartitions is { } temporary)
            text.Paragraph(temporary.IsEmpty ? "The table has no temporary partitions in the catalog." : "Not a temporary partition of this table in the catalog.");
        return text;
    }

    /// <param name="taken">The BACKUP earlier in the script that takes the snapshot into the repository, if one does.</param>
    public static HoverText Snapshot(string name, StatementKind kind, string? repositoryName, StarRocksCatalog? catalog, MadeName? taken = null)
    {
        var text = new HoverText().Title("Snapshot", name, MessageNames.Snapshot);
        var repository = repositoryName is null ? null : catalog?.FindRepository(repositoryName);
        var versions = repository?.Snapshots?.Where(s => s.Name == name).ToList();
        if (kind == StatementKind.Backup)
            text.Paragraph(versions is { Count: > 0 } ? "This name already exists in the repository: BACKUP needs a new one."
                : taken is { } earlier ? $"The BACKUP on line {earlier.Line} of this script takes this name already: BACKUP needs a new one."
                : "The new snapshot's name: unique within the repository.");
        else if (versions is { Count: > 0 })
            text.Fact("Timestamps", string.Join(", ", versions.OrderByDescending(v => v.Timestamp ?? "unknown", StringComparer.Ordinal).Select(v => v.Timestamp is { } timestamp ? HoverText.Quoted(timestamp) : "unknown")));
        else if (taken is { } backup)
            text.Paragraph($"Taken by the BACKUP on line {backup.Line} of this script: the repository holds it once that job finishes "
                + "(`SHOW BACKUP`). Its timestamp, which RESTORE needs as `backup_timestamp`, is known only then: `SHOW SNAPSHOT` lists it.");
        else if (repository?.Snapshots is not null)
            text.Paragraph(catalog!.DroppedSnapshots.Contains((repositoryName!, name))
                ? "Dropped from the repository by a DROP SNAPSHOT earlier in this script."
                : "Not in the repository, according to the catalog.");
        if (repositoryName is not null)
            text.Fact("Repository", HoverText.Repository(repositoryName));
        return text;
    }

    /// <summary>
    /// A timestamp SHOW SNAPSHOT's WHERE asks for with <paramref name="snapshot"/> (if it names one): whether the repository
    /// holds that backup, according to the catalog, or whose backup the timestamp is.
    /// </summary>
    /// <param name="takenInScript">Whether a BACKUP earlier in the script takes the snapshot: its timestamp is known only then.</param>
    public static HoverText SnapshotTimestamp(string timestamp, string? snapshot, string? repositoryName, StatementKind kind, StarRocksCatalog? catalog,
        bool takenInScript)
    {
        var text = new HoverText().Title("Snapshot timestamp", timestamp, MessageNames.Quoted);
        if (takenInScript && (repositoryName is null || catalog?.FindRepository(repositoryName)?.HoldsSnapshot(snapshot!) != true))
            text.Paragraph($"A BACKUP earlier in this script takes {HoverText.Snapshot(snapshot!)}: its timestamp is known only once it has run (`SHOW SNAPSHOT ON repository` then lists it).");
        else if ((repositoryName is null ? null : catalog?.FindRepository(repositoryName)?.Snapshots) is not { } snapshots)
            text.Paragraph("The time a backup of the snapshot was taken, as the Timestamp column of `SHOW SNAPSHOT` gives it."
                + (kind == StatementKind.ShowSnapshot ? " With both SNAPSHOT and TIMESTAMP, SHOW SNAPSHOT also lists that backup's Database and Details." : ""));
        else if (snapshots.Where(s => s.Timestamp == timestamp).Select(s => s.Name).Distinct().ToList() is { Count: > 0 } owners)
            text.Paragraph(snapshot is null ? $"A backup of {string.Join(", ", owners.Select(HoverText.Snapshot))} in the repository."
                : owners.Contains(snapshot) ? $"A backup of {HoverText.Snapshot(snapshot)} in the repository."
                : $"Not a backup of {HoverText.Snapshot(snapshot)}: the catalog lists this timestamp for {string.Join(", ", owners.Select(HoverText.Snapshot))}.");
        else if (snapshot is not null && snapshots.Where(s => s.Name == snapshot).Select(s => s.Timestamp).OfType<string>().ToList() is { Count: > 0 } held)
            text.Paragraph($"No backup of {HoverText.Snapshot(snapshot)} has this timestamp in the repository, according to the catalog.")
                .Fact("Timestamps", string.Join(", ", held.OrderDescending(StringComparer.Ordinal).Select(HoverText.Quoted)));
        // A backup SHOW SNAPSHOT gave no readable timestamp for (\N) is listed without one, as SRB607 reads it.
        else if (snapshots.Any(s => s.Timestamp is null && (snapshot is null || s.Name == snapshot)))
            text.Paragraph(snapshot is null
                ? "The catalog lists some of the repository's snapshots without a timestamp: whether one of them has this one cannot be told."
                : $"The catalog lists {HoverText.Snapshot(snapshot)} without a timestamp: whether a backup of it has this one cannot be told.");
        else
            text.Paragraph("The repository holds no backup with this timestamp, according to the catalog.");
        if (repositoryName is not null)
            text.Fact("Repository", HoverText.Repository(repositoryName));
        return text;
    }

    public static HoverText NamedObject(CompletionEntryKind kind, string name, string? databaseName, StarRocksCatalog? catalog)
    {
        var database = catalog?.FindDatabase(databaseName ?? "");
        var (noun, listed) = kind switch
        {
            CompletionEntryKind.Function => ("Function", database?.HasFunction(name)),
            CompletionEntryKind.MaterializedView => ("Materialized view", database?.MaterializedViews?.Contains(name)),
            _ => ("View", database?.Views?.Contains(name)),
        };
        var text = new HoverText().Title(noun, databaseName is null ? name : $"{databaseName}.{name}", MessageNames.Object);
        if (listed != false)
            return text;
        // As a bare name is, one after VIEW or MATERIALIZED VIEW is looked up among the tables, views and materialized views together.
        var named = $"Named as a {noun.ToLowerInvariant()}: StarRocks looks a name up among the database's tables, views and materialized views together.";
        return kind == CompletionEntryKind.Function ? text.Paragraph("Not in the catalog.")
            : database!.Tables?.ContainsKey(name) == true ? Table(name, databaseName, catalog).Paragraph(named)
            : kind != CompletionEntryKind.View && database.Views?.Contains(name) == true ? NamedObject(CompletionEntryKind.View, name, databaseName, catalog).Paragraph(named)
            : kind != CompletionEntryKind.MaterializedView && database.MaterializedViews?.Contains(name) == true
                ? NamedObject(CompletionEntryKind.MaterializedView, name, databaseName, catalog).Paragraph(named)
            : text.Paragraph("Not in the catalog.");
    }

    /// <param name="original">The name before AS, when the statement has one there.</param>
    public static HoverText Alias(string alias, string? original) =>
        new HoverText().Title("New name", alias, MessageNames.Object).Paragraph(original is null
            ? "RESTORE brings the object before AS back under this name."
            : $"RESTORE brings {HoverText.Object(original)} back under this name.");

    /// <param name="lastName">The name before AS, which current StarRocks reads as a partition of <paramref name="table"/> and 3.5 and older as a table.</param>
    public static HoverText AliasAfterPartitionList(string alias, string table, string lastName) =>
        new HoverText().Title("New name", alias, MessageNames.Object).Paragraph(
            $"Current StarRocks reads {HoverText.Object(lastName)} as another partition of {HoverText.Object(table)} and brings {HoverText.Object(table)} back under this name; "
            + $"releases 3.5 and older read {HoverText.Object(lastName)} as a table and bring it back under this name. Parentheses around the partitions say which.");

    /// <summary>
    /// A bare word the configured release reserves, written where a name goes: StarRocks' parser fails on it (SRB110), so
    /// no name is looked up. <paramref name="asName"/>: what the word names once backticked.
    /// </summary>
    public static HoverText ReservedWord(string word, StarRocksVersion? version, HoverText asName) =>
        new HoverText().Title("Reserved word", word)
            .Paragraph($"A reserved word in {NameRules.ReleasesReserving(word, version)}: StarRocks' parser fails on it where a name goes. "
                + $"Written {HoverText.Code(NameText.ToSql(word, version))} it is a name:")
            .Append(asName);

    public static HoverText ExternalDatabase(string name, string catalog) =>
        new HoverText().Title("Database", $"{catalog}.{name}", MessageNames.Object)
            .Paragraph($"A database of external catalog {HoverText.Object(catalog)}: the catalog file lists the default catalog's databases alone.");

    public static HoverText ExternalCatalog(string name) =>
        new HoverText().Title("External catalog", name, MessageNames.Object).Paragraph("Its metadata is backed up or restored (StarRocks 3.4 and later).");

    /// <summary>Each snapshot once with its timestamps, the latest first (they sort as text); a long list is cut short.</summary>
    private static string Describe(IEnumerable<SnapshotInfo> snapshots)
    {
        const int Shown = 20;
        var named = snapshots.GroupBy(s => s.Name)
            .Select(versions => (Name: versions.Key, Timestamps: versions.Select(v => v.Timestamp).OfType<string>().OrderDescending(StringComparer.Ordinal).ToList()))
            .OrderByDescending(s => s.Timestamps.FirstOrDefault(), StringComparer.Ordinal).ThenBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
        var shown = named.Take(Shown).Select(s => s.Timestamps.Count == 0 ? HoverText.Snapshot(s.Name) : $"{HoverText.Snapshot(s.Name)} ({string.Join(", ", s.Timestamps.Select(HoverText.Quoted))})");
        return string.Join(", ", shown) + (named.Count > Shown ? $" and {named.Count - Shown} more" : "");
    }

    /// <summary>Where the script makes a database or table it names, and how: "Created on line 3 of this script."</summary>
    public static HoverText MadeOn(this HoverText text, MadeName made) =>
        text.Paragraph(made.From switch
        {
            { By: MadeBy.Rename, Other: var old } => $"Renamed from {HoverText.Object(old)} on line {made.Line} of this script.",
            { Other: var other } => $"Swapped with {HoverText.Object(other)} on line {made.Line} of this script: this is the table that was {HoverText.Object(other)}.",
            null => $"Created on line {made.Line} of this script.",
        });

    /// <summary>The job statement a property belongs to, as messages name it.</summary>
    private static string StatementWord(StatementKind kind) => kind == StatementKind.Restore ? "RESTORE" : "BACKUP";
}
