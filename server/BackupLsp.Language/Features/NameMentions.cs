using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Features;

/// <summary>The kinds of object a script names and refers to again from other statements.</summary>
public enum NamedObjectKind
{
    Repository,
    /// <summary>A snapshot, known by its name within its repository.</summary>
    Snapshot,
    Database,
    /// <summary>A table, view or materialized view, known by its name within its database.</summary>
    Table,
    /// <summary>A partition of a table, known by its name within its table, in any case (as StarRocks finds it).</summary>
    Partition,
    /// <summary>A temporary partition of a table, known as a partition is.</summary>
    TemporaryPartition,
    /// <summary>A function of a database, known by its name within it, in any case (StarRocks lower-cases it).</summary>
    Function,
    /// <summary>
    /// A catalog: an external one, known by its name as written (as the session compares them, see
    /// <see cref="BackupLsp.Language.Catalog.StarRocksCatalog.DroppedCatalogs"/>), or default_catalog, the cluster's own, in any case.
    /// </summary>
    Catalog,
}

/// <summary>
/// One object a name stands for. <see cref="Scope"/> is the repository of a snapshot and the database of a table, a
/// function or a partition's table (null when the statement names none and the catalog has no default database); null for
/// repositories, databases and catalogs. <see cref="Table"/> is a partition's table.
/// </summary>
public readonly record struct NamedObject(NamedObjectKind Kind, string Name, string? Scope, string? Table = null)
{
    /// <summary>How names of the kind compare: partitions', functions' and default_catalog's in any case, the others' as written.</summary>
    internal StringComparison NameComparison =>
        IsPartition || Kind == NamedObjectKind.Function || (Kind == NamedObjectKind.Catalog && SessionEffect.IsDefaultCatalog(Name))
            ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    /// <summary>Whether this is a partition or a temporary partition: the two share their table's names (OlapTable.checkPartitionNameExist).</summary>
    internal bool IsPartition => Kind is NamedObjectKind.Partition or NamedObjectKind.TemporaryPartition;

    public bool Equals(NamedObject other) =>
        Kind == other.Kind && Scope == other.Scope && Table == other.Table && string.Equals(Name, other.Name, NameComparison);

    public override int GetHashCode() => HashCode.Combine(Kind, Scope, Table, string.GetHashCode(Name, NameComparison));

    /// <summary>Whether <paramref name="written"/> reads as this object's name.</summary>
    public bool IsNamed(string written) => string.Equals(Name, written, NameComparison);
}

/// <summary>A name in one statement, relative to it. <see cref="Declares"/> marks the statement that makes the object:
/// CREATE REPOSITORY for a repository, BACKUP for a snapshot, CREATE DATABASE and a RESTORE's database alias for a
/// database, CREATE TABLE (VIEW, MATERIALIZED VIEW) and ALTER ... RENAME for a table and the alias a RESTORE gives a
/// table, CREATE TABLE and ALTER TABLE ... ADD PARTITION for a partition, ADD TEMPORARY PARTITION for a temporary one,
/// CREATE EXTERNAL CATALOG and the new name a RESTORE gives a catalog for a catalog.
/// <see cref="Ends"/> marks the statement that does away with it: DROP REPOSITORY, DROP SNAPSHOT, DROP DATABASE, DROP
/// TABLE (VIEW, MATERIALIZED VIEW), DROP CATALOG, the old name of an ALTER ... RENAME, ALTER TABLE ... DROP [TEMPORARY] PARTITION, and
/// REPLACE PARTITION for the temporary partitions it puts in the place of others.</summary>
/// <param name="DefaultScope">True when the statement names no database and the table's database is the catalog's default.</param>
/// <param name="Quoting">How the name is written; <see cref="NameQuoting.String"/> spans a string's body only.</param>
/// <param name="Table">A partition's table.</param>
/// <param name="Catalog">The catalog the statement names the database in (<c>USE hive.db</c>); null where it names none.</param>
/// <param name="RestoredInto">A RESTORE's database alias, which declares the database only where the session holds none of that
/// name: restoring into a database that exists is the usual use.</param>
/// <param name="Job">A snapshot's job: the BACKUP or RESTORE that names it, or the one a SHOW BACKUP's or SHOW RESTORE's filter shows.</param>
/// <param name="ShownFrom">The database a SHOW BACKUP's or SHOW RESTORE's filter shows the job of (its FROM); null for every database's.</param>
internal readonly record struct NameMention(
    NamedObjectKind Kind, string Name, string? Scope, bool DefaultScope, TextSpan Span, bool Declares, NameQuoting Quoting, bool Ends = false,
    string? Table = null, string? Catalog = null, bool RestoredInto = false, JobKind? Job = null, string? ShownFrom = null);

/// <summary>
/// The names of repositories, snapshots, catalogs, databases, tables, (temporary) partitions and functions in one parsed statement; in other
/// SQL, only those its first words create, use or drop, as the session reads them (<c>USE db</c>, <c>CREATE DATABASE</c>,
/// <c>CREATE TABLE [db.]t</c> and the partitions it declares or the table it is made LIKE, <c>ALTER TABLE t ADD
/// [TEMPORARY] PARTITION p</c> and the partitions an ALTER TABLE drops, renames or replaces, the tables of a rename or
/// swap, <c>DROP TABLE t</c>), and the catalogs they name.
/// </summary>
internal static partial class NameMentions
{
    public static ImmutableArray<NameMention> Of(ParsedStatement parsed)
    {
        var mentions = ImmutableArray.CreateBuilder<NameMention>();
        switch (parsed.Syntax)
        {
            case null when !parsed.IsFamily && SessionEffect.Read(parsed.OwnText) is var (effect, names):
                AddSessionNames(mentions, effect, names);
                AddCatalogs(mentions, effect, names, parsed.OwnText);
                break;
            case null when parsed.IsFamily:
                AddUnparsed(mentions, parsed);
                break;
            case SnapshotJobStatement job:
                AddJob(mentions, job);
                break;
            case CreateRepositoryStatement create:
                mentions.Add(Repository(create.Name, declares: true));
                break;
            case DropRepositoryStatement drop:
                mentions.Add(Repository(drop.Name, declares: false) with { Ends = true });
                break;
            case DropSnapshotStatement drop:
                mentions.Add(new NameMention(NamedObjectKind.Snapshot, drop.Snapshot.Value, drop.Repository.Value, false, drop.Snapshot.Span,
                    false, drop.Snapshot.Quoting, Ends: true));
                mentions.Add(Repository(drop.Repository, declares: false));
                break;
            case ShowSnapshotStatement show:
                mentions.Add(Repository(show.Repository, declares: false));
                if (show.Clauses.Where is { } where)
                    foreach (var (name, span) in FilteredNames(parsed.Text, where.Condition))
                        mentions.Add(new NameMention(NamedObjectKind.Snapshot, name, show.Repository.Value, false, span, false, NameQuoting.String));
                break;
            case ShowJobsStatement show:
                if (show.Database is { } shown)
                    mentions.Add(Database(shown));
                // A job's database, as its result's DbName column gives it, compared as written.
                if (show.Clauses.Where is { } byDatabase)
                    foreach (var (name, span) in FilteredNames(parsed.Text, byDatabase.Condition, "DbName", reversible: true))
                        mentions.Add(new NameMention(NamedObjectKind.Database, name, null, false, span, false, NameQuoting.String));
                // A job's snapshot, in the repository it is taken into or restored from, which the SHOW does not name:
                // Scope null, told by the jobs before it (see ShownJobs).
                if (show.Clauses.Where is { } filter)
                    foreach (var (name, span) in FilteredNames(parsed.Text, filter.Condition, show.Kind == JobKind.Backup ? "SnapshotName" : "Label", reversible: true))
                        mentions.Add(new NameMention(NamedObjectKind.Snapshot, name, null, false, span, false, NameQuoting.String, Job: show.Kind,
                            ShownFrom: show.Database?.Value));
                break;
            case ShowRepositoriesStatement { Clauses.Where: { } repositories }:
                foreach (var (name, span) in FilteredNames(parsed.Text, repositories.Condition, "RepoName", reversible: true))
                    mentions.Add(new NameMention(NamedObjectKind.Repository, name, null, false, span, false, NameQuoting.String));
                break;
            case CancelJobStatement { Database: { } database }:
                mentions.Add(Database(database));
                break;
        }
        // In the order written, which the references keep: a RESTORE's `db1.s` prefix comes before its DATABASE db1.
        return [.. mentions.OrderBy(m => m.Span.Start)];
    }

    private static void AddJob(ImmutableArray<NameMention>.Builder mentions, SnapshotJobStatement job)
    {
        var database = job.NamedDatabase;
        if (database is not null)
            mentions.Add(Database(database));
        // `db.snap` together with DATABASE db2 is refused (SRB102), but its db part names a database in the user's text,
        // as a prefix in ON (...) does.
        if (job.Database is not null && job.Snapshot.Parts is [{ } snapshotPrefix, _, ..])
            mentions.Add(Database(snapshotPrefix));
        // `DATABASE db AS db2` (RESTORE only) restores into db2, making it where the cluster has none.
        if (job.Database?.Alias is { } restoredAs)
            mentions.Add(Database(restoredAs.Name) with { Declares = job.Kind == JobKind.Restore, RestoredInto = job.Kind == JobKind.Restore });
        var snapshot = job.Snapshot.Last;
        mentions.Add(new NameMention(NamedObjectKind.Snapshot, snapshot.Value, job.Repository.Value, false, snapshot.Span,
            job.Kind == JobKind.Backup, snapshot.Quoting, Job: job.Kind));
        mentions.Add(Repository(job.Repository, declares: false));
        // External catalogs' objects live outside the cluster's databases: their tables are not this database's.
        if (job.External is { } external)
        {
            AddCatalogs(mentions, external, job.Kind);
            return;
        }
        foreach (var item in job.On?.Objects ?? [])
        {
            // StarRocks looks a function up in the job's database too (FunctionRef.analyzeForBackup); `db.fn` names db as `db.t` does.
            if (item is { Kind: ObjectKind.Function, Name: { } function })
            {
                if (function.Parts is [var qualifier, _])
                    mentions.Add(Database(qualifier));
                mentions.Add(new NameMention(NamedObjectKind.Function, function.Last.Value, database?.Value, database is null, function.Last.Span, false,
                    function.Last.Quoting));
                // `FUNCTION f AS f2` (RESTORE only) makes f2, in the database restored into.
                if (item.Alias is { } functionAlias)
                    mentions.Add(new NameMention(NamedObjectKind.Function, functionAlias.Name.Value, job.JobDatabase?.Value, job.JobDatabase is null,
                        functionAlias.Name.Span, true, functionAlias.Name.Quoting));
            }
            if (item.Kind is not (ObjectKind.Table or ObjectKind.View or ObjectKind.MaterializedView) || item.Name is null)
                continue;
            // `ON (db.t)`: StarRocks ignores the db part and looks the table up in the snapshot's database. The db part
            // still names the database in the user's text, so a rename of it keeps it in step. (In `c.db.t` it is a
            // catalog's database, perhaps an external one: not taken for the cluster's.) So does `c`, which StarRocks
            // ignores as well (BackupRestoreAnalyzer.analyzeTableRef sets the session's catalog and the job's database).
            if (item.Name.Parts is [var prefix, _])
                mentions.Add(Database(prefix));
            if (item.Name.Parts is [var catalog, _, _])
                AddCatalog(mentions, catalog.Value, new WrittenName(catalog.Span, catalog.Quoting));
            mentions.Add(Table(item.Name.Last, database));
            // `k = 1` names no partition; `'p1'` names one by its text between the quotes.
            if (item.Partitions is { } clause)
                foreach (var partition in clause.Partitions)
                    if (partition.Value is null)
                        mentions.Add(new NameMention(clause.TemporarySpan is null ? NamedObjectKind.Partition : NamedObjectKind.TemporaryPartition,
                            partition.Name.Value, database?.Value, database is null,
                            partition.Name.Quoting == NameQuoting.String ? new TextSpan(partition.Name.Span.Start + 1, partition.Name.Span.Length - 2) : partition.Name.Span,
                            false, partition.Name.Quoting, Table: item.Name.Last.Value));
            // `t AS t2` (RESTORE only) makes t2, in the database restored into.
            if (item.Alias is { } alias)
                mentions.Add(Table(alias.Name, job.JobDatabase, declares: true));
        }
    }

    private static void AddSessionNames(ImmutableArray<NameMention>.Builder mentions, SessionEffect effect, EffectNames names)
    {
        var first = mentions.Count;
        AddSessionNamesInItsCatalog(mentions, effect, names);
        if (effect.Catalog is { } catalog)
            for (var i = first; i < mentions.Count; i++)
                mentions[i] = mentions[i] with { Catalog = catalog };
        // The table a CREATE TABLE ... LIKE copies is read in the catalog its own name gives (the session's where it names
        // none), whichever the new table is made in.
        if (names.Source is { } source)
        {
            if (source.DatabaseName is { } qualifier)
                mentions.Add(new NameMention(NamedObjectKind.Database, source.Database!, null, false, qualifier.Span, false, qualifier.Quoting,
                    Catalog: source.Catalog));
            mentions.Add(new NameMention(NamedObjectKind.Table, source.Table, source.Database, source.Database is null, source.Name.Span, false,
                source.Name.Quoting, Catalog: source.Catalog));
        }
    }

    private static void AddSessionNamesInItsCatalog(ImmutableArray<NameMention>.Builder mentions, SessionEffect effect, EffectNames names)
    {
        if (names.Database is { } qualifier)
            mentions.Add(new NameMention(NamedObjectKind.Database, effect.Database!, null, false, qualifier.Span, false, qualifier.Quoting));
        switch (effect.Kind)
        {
            case SessionEffectKind.UseDatabase or SessionEffectKind.CreateDatabase:
                // ALTER DATABASE old RENAME new ends the old name.
                if (names.Other is { } renamedDatabase)
                    mentions.Add(new NameMention(NamedObjectKind.Database, effect.Also!, null, false, renamedDatabase.Span, false, renamedDatabase.Quoting,
                        Ends: true));
                mentions.Add(new NameMention(NamedObjectKind.Database, effect.Name, null, false, names.Name.Span,
                    effect.Kind == SessionEffectKind.CreateDatabase, names.Name.Quoting));
                break;
            case SessionEffectKind.CreateTable or SessionEffectKind.RenameTable or SessionEffectKind.CreateView or SessionEffectKind.CreateMaterializedView:
                // ALTER TABLE (MATERIALIZED VIEW) old RENAME new ends the old name.
                if (names.Other is { } renamedTable)
                    mentions.Add(new NameMention(NamedObjectKind.Table, effect.Also!, effect.Database, effect.Database is null, renamedTable.Span, false,
                        renamedTable.Quoting, Ends: true));
                mentions.Add(new NameMention(NamedObjectKind.Table, effect.Name, effect.Database, effect.Database is null, names.Name.Span, true, names.Name.Quoting));
                break;
            // The table an ALTER TABLE (a swap, a change of partitions), RECOVER PARTITION or TRUNCATE TABLE reads is named
            // where its first words put it, also where StarRocks refuses the ALTER; a swap names its other table too, each
            // changing places with the other (or not, where StarRocks refuses the swap).
            case SessionEffectKind.SwapTables or SessionEffectKind.RefusedAlter or SessionEffectKind.PartitionsChange or SessionEffectKind.PartitionsReplaced or SessionEffectKind.PartitionsDropped
                or SessionEffectKind.PartitionRenamed or SessionEffectKind.PartitionAdded or SessionEffectKind.TemporaryPartitionAdded
                or SessionEffectKind.TemporaryPartitionsCleared:
                mentions.Add(new NameMention(NamedObjectKind.Table, effect.Name, effect.Database, effect.Database is null, names.Name.Span, false, names.Name.Quoting));
                if (names.Other is { } swapped)
                    mentions.Add(new NameMention(NamedObjectKind.Table, effect.Also!, effect.Database, effect.Database is null, swapped.Span, false, swapped.Quoting));
                break;
            case SessionEffectKind.DropTable or SessionEffectKind.DropView or SessionEffectKind.DropMaterializedView:
                mentions.Add(new NameMention(NamedObjectKind.Table, effect.Name, effect.Database, effect.Database is null, names.Name.Span, false, names.Name.Quoting,
                    Ends: true));
                break;
            case SessionEffectKind.DropDatabase:
                mentions.Add(new NameMention(NamedObjectKind.Database, effect.Name, null, false, names.Name.Span, false, names.Name.Quoting, Ends: true));
                break;
        }
        var replacement = effect.Partitions as PartitionReplacement;
        // A dropped partition's mention ends it; a renamed one's old name (the first) ends it and its new one makes it; one
        // replaced lives on under its name when the temporary partition taking its place takes it, and ends otherwise.
        var partitions = names.Partitions.IsDefault ? [] : names.Partitions;
        for (var i = 0; i < partitions.Length; i++)
        {
            var (partition, written) = partitions[i];
            var ends = effect.Kind == SessionEffectKind.PartitionsDropped || (effect.Kind == SessionEffectKind.PartitionRenamed && i == 0)
                || replacement is { KeepsNames: false };
            mentions.Add(new NameMention(NamedObjectKind.Partition, partition, effect.Database, effect.Database is null, written.Span,
                Declares: !ends && replacement is null, written.Quoting, Ends: ends, Table: effect.Name));
        }
        // A temporary partition is made by its ADD and ended by its DROP or the REPLACE that makes it regular, where, when
        // it keeps its own name, the same word makes that partition.
        foreach (var (partition, written) in names.TemporaryPartitions.IsDefault ? [] : names.TemporaryPartitions)
        {
            var added = effect.Kind == SessionEffectKind.TemporaryPartitionAdded;
            mentions.Add(new NameMention(NamedObjectKind.TemporaryPartition, partition, effect.Database, effect.Database is null, written.Span,
                Declares: added, written.Quoting, Ends: !added, Table: effect.Name));
            if (replacement is { KeepsNames: false })
                mentions.Add(new NameMention(NamedObjectKind.Partition, partition, effect.Database, effect.Database is null, written.Span,
                    Declares: true, written.Quoting, Table: effect.Name));
        }
    }

    /// <summary>
    /// A family statement that does not parse (often one being typed) still names its repository, database, snapshot and
    /// tables where their keywords put them: <c>TO</c>/<c>FROM</c>/<c>ON</c> repo, <c>REPOSITORY</c> name, <c>DATABASE</c>
    /// db or <c>SNAPSHOT db.snap</c>, the items of <c>ON (...)</c>, <c>SHOW</c>/<c>CANCEL ... FROM</c> db. Read from its
    /// tokens, as completion reads them; a RESTORE's aliases are not (the tables they make stay unknown until it parses).
    /// </summary>
    private static void AddUnparsed(ImmutableArray<NameMention>.Builder mentions, ParsedStatement parsed)
    {
        var own = parsed.OwnText.Length;
        var tokens = new StatementTokens(parsed.Text, [.. parsed.Tokens.Where(t => !t.Kind.IsTrivia() && t.Span.Start < own)], 0);
        // A keyword where the name should be (`TO ON (t)`) is the next clause: the name is not written yet. An item of
        // ON (...) that names a table was told apart from one that starts with VIEW or the like already. A word only some
        // releases reserve is meant as a name (kept whatever the release, as the parse is).
        bool IsKeyword(int index, bool item) => tokens.IsKind(index, TokenKind.Word)
            && (Keywords.IsAlwaysReserved(tokens.TextOf(tokens.Tokens[index])) || (!item && Keywords.IsFamilyKeyword(tokens.TextOf(tokens.Tokens[index]))));
        NameMention? At(int index, NamedObjectKind kind, string? scope = null, bool declares = false, bool ends = false, bool item = false) =>
            tokens.IsName(index) && !IsKeyword(index, item)
                ? new NameMention(kind, tokens.NameAt(index), scope, kind == NamedObjectKind.Table && scope is null, tokens.Tokens[index].Span, declares,
                    tokens.IsKind(index, TokenKind.BacktickName) ? NameQuoting.Backtick : NameQuoting.Bare, ends)
                : null;
        int After(string keyword) => StatementClues.NameAfter(tokens, keyword);
        void Add(NameMention? mention)
        {
            if (mention is { } found)
                mentions.Add(found);
        }

        switch (parsed.Kind)
        {
            case StatementKind.Backup or StatementKind.Restore:
                // The token after SNAPSHOT, a name or not: the first part of `db.snap`, or the whole name.
                var snapshot = tokens.IndexOfWord("SNAPSHOT") is >= 0 and var keyword ? keyword + 1 : -1;
                var qualified = tokens.IsKind(snapshot + 1, TokenKind.Dot);
                var databaseClause = After("DATABASE");
                var database = databaseClause >= 0 ? At(databaseClause, NamedObjectKind.Database)
                    : qualified ? At(snapshot, NamedObjectKind.Database)
                    : null;
                Add(database);
                var repository = At(After(StatementClues.RepositoryKeyword(parsed.Kind)), NamedObjectKind.Repository);
                Add(repository);
                if (repository is { Name: var scope })
                    Add(At(qualified ? snapshot + 2 : snapshot, NamedObjectKind.Snapshot, scope, declares: parsed.Kind == StatementKind.Backup) is { } taken
                        ? taken with { Job = parsed.Kind == StatementKind.Backup ? JobKind.Backup : JobKind.Restore }
                        : null);
                // The tables are the statement's database's (the catalog's default when it names none); a database clause
                // whose name is not written yet leaves them unplaced. As in a parsed statement, `db.t` names its database too.
                var databaseWritten = database is not null || (databaseClause < 0 && !qualified);
                foreach (var (first, last) in databaseWritten ? StatementClues.ListedTableNames(tokens) : [])
                {
                    if (last == first + 2)
                        Add(At(first, NamedObjectKind.Database, item: true));
                    else if (last == first + 4)
                        Add(At(first, NamedObjectKind.Catalog, item: true));
                    Add(At(last, NamedObjectKind.Table, database?.Name, item: true));
                }
                break;
            case StatementKind.ShowSnapshot:
                Add(At(After(StatementClues.RepositoryKeyword(parsed.Kind)), NamedObjectKind.Repository));
                break;
            case StatementKind.DropSnapshot:
                var dropped = At(After("ON"), NamedObjectKind.Repository);
                Add(dropped);
                if (dropped is { Name: var holder })
                    Add(At(After("SNAPSHOT"), NamedObjectKind.Snapshot, holder, ends: true));
                break;
            case StatementKind.CreateRepository or StatementKind.DropRepository:
                Add(At(After("REPOSITORY"), NamedObjectKind.Repository, declares: parsed.Kind == StatementKind.CreateRepository,
                    ends: parsed.Kind == StatementKind.DropRepository));
                break;
            case StatementKind.ShowBackup or StatementKind.ShowRestore or StatementKind.CancelBackup or StatementKind.CancelRestore:
                Add(At(After("FROM"), NamedObjectKind.Database));
                break;
        }
    }

    private static NameMention Repository(Name name, bool declares) =>
        new(NamedObjectKind.Repository, name.Value, null, false, name.Span, declares, name.Quoting);

    private static NameMention Database(Name name) => new(NamedObjectKind.Database, name.Value, null, false, name.Span, false, name.Quoting);

    private static NameMention Table(Name name, Name? database, bool declares = false) =>
        new(NamedObjectKind.Table, name.Value, database?.Value, database is null, name.Span, declares, name.Quoting);

    /// <summary>
    /// The names in <c>WHERE SNAPSHOT = 'x'</c> or <c>SNAPSHOT IN ('a', 'b')</c> among <paramref name="condition"/> (a WHERE's
    /// tokens, or a whole statement's), each at its string's body; of another <paramref name="column"/> where a SHOW's
    /// result names the snapshot, database or repository in it (SHOW BACKUP's SnapshotName, SHOW RESTORE's Label, both's
    /// DbName, SHOW REPOSITORIES' RepoName).
    /// </summary>
    /// <param name="reversible">Whether <c>'x' = column</c> is read too: a filter of a SHOW's result rows is an expression
    /// StarRocks evaluates either way round, where SHOW SNAPSHOT's analyzer takes the column only on the left.</param>
    internal static IEnumerable<(string Name, TextSpan Span)> FilteredNames(string text, IEnumerable<SyntaxToken> condition, string column = "SNAPSHOT",
        bool reversible = false)
    {
        var tokens = condition.Where(t => !t.Kind.IsTrivia()).ToList();
        bool IsWord(int i, string word) => i < tokens.Count && tokens[i].Kind == TokenKind.Word
            && text.AsSpan(tokens[i].Span.Start, tokens[i].Span.Length).Equals(word, StringComparison.OrdinalIgnoreCase);
        bool IsKind(int i, TokenKind kind) => i < tokens.Count && tokens[i].Kind == kind;
        (string, TextSpan) Snapshot(int i) =>
            (Unquote.String(text.AsSpan(tokens[i].Span.Start, tokens[i].Span.Length)), new TextSpan(tokens[i].Span.Start + 1, tokens[i].Span.Length - 2));

        for (var i = 0; i < tokens.Count; i++)
        {
            if (!Rules.SnapshotFilter.IsColumn(text, tokens[i], column))
                continue;
            if (IsKind(i + 1, TokenKind.Equals) && IsKind(i + 2, TokenKind.String))
                yield return Snapshot(i + 2);
            else if (reversible && i >= 2 && IsKind(i - 1, TokenKind.Equals) && IsKind(i - 2, TokenKind.String))
                yield return Snapshot(i - 2);
            else if (IsWord(i + 1, "IN") && IsKind(i + 2, TokenKind.LParen))
                for (var item = i + 3; IsKind(item, TokenKind.String); item += 2)
                {
                    yield return Snapshot(item);
                    if (!IsKind(item + 1, TokenKind.Comma))
                        break;
                }
        }
    }

    /// <summary>
    /// The patterns of <c>column [NOT] LIKE 'pattern'</c>, and of RLIKE and REGEXP (a regular expression), among
    /// <paramref name="condition"/>, each with its operator (upper case) and where its string starts: a filter a rename
    /// cannot rewrite, as a pattern that finds the old name need not find the new one.
    /// </summary>
    internal static IEnumerable<(string Operator, string Pattern, int Start)> FilterPatterns(string text, IEnumerable<SyntaxToken> condition, string column)
    {
        var tokens = condition.Where(t => !t.Kind.IsTrivia()).ToList();
        string? Word(int i) => i < tokens.Count && tokens[i].Kind == TokenKind.Word ? text.Substring(tokens[i].Span.Start, tokens[i].Span.Length).ToUpperInvariant() : null;

        for (var i = 0; i < tokens.Count; i++)
        {
            if (!Rules.SnapshotFilter.IsColumn(text, tokens[i], column))
                continue;
            var operation = Word(i + 1) == "NOT" ? i + 2 : i + 1;
            if (Word(operation) is ("LIKE" or "RLIKE" or "REGEXP") and var name && operation + 1 < tokens.Count && tokens[operation + 1] is { Kind: TokenKind.String } pattern)
                yield return (name, Unquote.String(text.AsSpan(pattern.Span.Start, pattern.Span.Length)), pattern.Span.Start);
        }
    }
}
