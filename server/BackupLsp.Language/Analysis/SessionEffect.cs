using System.Collections.Immutable;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Analysis;

internal enum SessionEffectKind
{
    UseDatabase,
    /// <summary>A catalog switch: USE 'CATALOG c' (from 3.0).</summary>
    UseCatalog,
    /// <summary>A catalog switch: SET CATALOG c (from 3.0, and from 2.5.3 beside USE CATALOG c).</summary>
    SetCatalog,
    /// <summary>
    /// USE CATALOG c, the catalog switch of releases before 3.0 (their grammar's useCatalogStatement: USE CATALOG
    /// identifierOrString), which 3.0 replaced with SET CATALOG and USE 'CATALOG c'.
    /// </summary>
    LegacyUseCatalog,
    CreateDatabase,
    CreateTable,
    /// <summary>
    /// CREATE TEMPORARY TABLE t (3.3.1 and later, PR 43162): a table of the session alone, kept out of its database's names
    /// (Database.registerTableUnlocked files it by id only), so no statement of this family sees it: BackupRestoreAnalyzer
    /// looks ON (t) up by name, and skips it in a whole database. It makes nothing here, but proves its database (see
    /// SessionContexts.ProvesDatabase). Before 3.3.1 the form is a CREATE TABLE AS SELECT behind the FE config
    /// enable_experimental_temporary_table (PR 20069), off by default, which fails it.
    /// </summary>
    CreateTemporaryTable,
    CreateView,
    CreateMaterializedView,
    CreateFunction,
    /// <summary>ALTER TABLE old RENAME new: <see cref="SessionEffect.Name"/> is the new name, <see cref="SessionEffect.Also"/> the old.</summary>
    RenameTable,
    CreateRepository,
    DropRepository,
    /// <summary>DROP DATABASE db: <see cref="SessionEffect.Catalog"/> is the catalog it names, if any.</summary>
    DropDatabase,
    DropTable,
    DropView,
    DropMaterializedView,
    /// <summary>DROP SNAPSHOT s ON repo: <see cref="SessionEffect.Name"/> is the snapshot, <see cref="SessionEffect.Also"/> the repository.</summary>
    DropSnapshot,
    /// <summary>ALTER TABLE t SWAP WITH u: <see cref="SessionEffect.Name"/> is t, <see cref="SessionEffect.Also"/> u; each takes the other's name.</summary>
    SwapTables,
    /// <summary>
    /// An ALTER TABLE t that StarRocks refuses, which would otherwise have an effect: a RENAME, SWAP WITH u or partition
    /// clause beside another (<c>ALTER TABLE t RENAME v, ADD PARTITION p ...</c>), a RENAME or SWAP with words after its
    /// name, a partition clause StarRocks' grammar refuses (words after it, a string for a partition's name). It changes
    /// nothing, but names t and, in <see cref="SessionEffect.Also"/>, the u of a SWAP among its clauses.
    /// </summary>
    RefusedAlter,
    /// <summary>A table's partitions change in ways not followed (a batch ADD or DROP by ranges or WHERE, a property about them).</summary>
    PartitionsChange,
    /// <summary>A load into the table (INSERT) may add partitions (automatic partitioning); its temporary ones stay as they were.</summary>
    PartitionsLoaded,
    /// <summary>TRUNCATE TABLE t (the whole table) drops its temporary partitions and keeps the others.</summary>
    TemporaryPartitionsCleared,
    /// <summary>ALTER TABLE t REPLACE PARTITION ... WITH TEMPORARY PARTITION ...: <see cref="SessionEffect.Partitions"/> says how.</summary>
    PartitionsReplaced,
    /// <summary>ALTER TABLE t DROP [TEMPORARY] PARTITION[S] ...: <see cref="SessionEffect.Partitions"/> says which.</summary>
    PartitionsDropped,
    /// <summary>ALTER TABLE t RENAME PARTITION p p2: <see cref="SessionEffect.Partitions"/> says which and how.</summary>
    PartitionRenamed,
    /// <summary>ALTER TABLE t ADD PARTITION p, RECOVER PARTITION p FROM t: <see cref="SessionEffect.Name"/> is the table, <see cref="SessionEffect.Also"/> the partition.</summary>
    PartitionAdded,
    /// <summary>
    /// ALTER TABLE t ADD TEMPORARY PARTITION tp: <see cref="SessionEffect.Name"/> is the table, <see cref="SessionEffect.Also"/>
    /// the partition; null for a batch (ADD TEMPORARY PARTITIONS START ... END ... EVERY ...), whose names StarRocks makes.
    /// </summary>
    TemporaryPartitionAdded,
    Restore,
    /// <summary>
    /// A statement that may make tables, views, materialized views or functions where it cannot be told: a CREATE or
    /// SUBMIT TASK whose words StarRocks reads otherwise than they look (a space read as a letter), or a SUBMIT TASK whose
    /// statement is not read. What any database holds of those kinds may have grown.
    /// </summary>
    ObjectsUnknown,
    /// <summary>
    /// CREATE EXTERNAL CATALOG [IF NOT EXISTS] c: <see cref="SessionEffect.Name"/> is the catalog, <see cref="SessionEffect.Also"/>
    /// the type its properties give it, which the release may not support (<see cref="Facts.CatalogTypes"/>), or null for
    /// none: either way it then makes none, but names c.
    /// </summary>
    CreateCatalog,
    /// <summary>DROP CATALOG [IF EXISTS] c: <see cref="SessionEffect.Name"/> is the catalog.</summary>
    DropCatalog,
    /// <summary>
    /// A RESTORE of external catalogs, which makes them again: <see cref="SessionEffect.Name"/> is its snapshot,
    /// <see cref="SessionEffect.RestoredCatalogs"/> the catalogs it makes.
    /// </summary>
    RestoreCatalogs,
}

/// <summary>Where a name is written in a statement, relative to it, and how (bare or backticked).</summary>
internal readonly record struct WrittenName(TextSpan Span, NameQuoting Quoting);

/// <summary>
/// Where a statement's first words write the name its effect is about, and the database that qualifies it; the
/// partitions a CREATE TABLE declares, or those an ALTER TABLE adds, drops, renames or replaces (<paramref name="Partitions"/>,
/// default for none), and the temporary partitions it adds, drops or puts in their place (<paramref name="TemporaryPartitions"/>),
/// with their names as read; <paramref name="Other"/>, a renamed table's, materialized view's or database's old name, or the
/// other table of a swap; <paramref name="Source"/>, the table a <c>CREATE TABLE ... LIKE</c> reads.
/// </summary>
internal readonly record struct EffectNames(WrittenName Name, WrittenName? Database, ImmutableArray<(string Name, WrittenName Written)> Partitions = default,
    ImmutableArray<(string Name, WrittenName Written)> TemporaryPartitions = default, WrittenName? Other = null, CopySource? Source = null);

/// <summary>
/// The table <c>LIKE [[catalog.]database.]table</c> names, whether or not its partitions are followed (see <see cref="TableCopy"/>):
/// where it and its database are written, and the catalog it names, if any.
/// </summary>
internal sealed record CopySource(string Table, string? Database, string? Catalog, WrittenName Name, WrittenName? DatabaseName);

/// <summary>
/// What a statement changes for the statements after it in the same session: <c>USE db</c> or <c>SET CATALOG</c> where
/// they work, a CREATE, RENAME, RECOVER, DROP REPOSITORY, DROP SNAPSHOT, DROP CATALOG or RESTORE the names that exist, an ALTER TABLE, INSERT or TRUNCATE that
/// may make partitions which of a table's partitions are known. Read from the statement's first words, so other SQL needs
/// no grammar (a DROP's must end where its grammar does); a RESTORE's from its tree. It is what the statement would
/// change: one that StarRocks refuses changes nothing, which its session decides (see <see cref="StatementParts"/>).
/// </summary>
/// <param name="Name">What is used, created or dropped; the table whose partitions change; a RESTORE's snapshot.</param>
/// <param name="Database">The database a CREATE TABLE or VIEW names, or a RESTORE restores into; null for the current one.</param>
/// <param name="Catalog">The catalog <c>USE catalog.db</c> names, or that an object's three-part name does (<c>c.db.t</c>).</param>
/// <param name="Also">The other table of <c>ALTER TABLE t SWAP WITH u</c> (whose partitions change too where the swap is
/// not followed); a renamed table's, database's or materialized view's old name; the partition an ADD or RECOVER makes; the
/// repository a snapshot is dropped from; a created repository's location; the type a CREATE EXTERNAL CATALOG gives.</param>
/// <param name="Partitions">Which partitions an ALTER TABLE ... REPLACE PARTITION replaces, and with what; which a DROP drops;
/// which a CREATE TABLE makes.</param>
/// <param name="Copy">The table a <c>CREATE TABLE ... LIKE</c> copies, whose partitions the new table gets.</param>
/// <param name="Forced">A DROP TABLE or DROP DATABASE with FORCE: what it drops skips the recycle bin, and no RECOVER brings it back.</param>
/// <param name="Recovers">A CREATE TABLE or CREATE DATABASE that is a RECOVER, from the recycle bin.</param>
/// <param name="IfNotExists">A CREATE DATABASE or CREATE TABLE IF NOT EXISTS, which leaves one that exists as it is.</param>
/// <param name="Synchronous">A CREATE MATERIALIZED VIEW with neither REFRESH nor DISTRIBUTED BY: an index of its table
/// (<paramref name="BaseTable"/>, where it is read), no object of the database.</param>
/// <param name="BaseTable">The table a synchronous materialized view is an index of, read from its query's FROM.</param>
/// <param name="Engine">The engine a CREATE TABLE names other than OLAP (an external table's), as StarRocks names its type.</param>
/// <param name="ListPartitioned">A CREATE TABLE partitioned by LIST, or by a list of columns (a ListPartitionInfo).</param>
/// <param name="RestoredCatalogs">The catalogs a RESTORE of external catalogs makes, under the names it gives them; default
/// for ALL EXTERNAL CATALOGS, which makes those its snapshot holds, whichever they are.</param>
internal readonly partial record struct SessionEffect(
    SessionEffectKind Kind, string Name, string? Database = null, bool ReadOnly = false, RestoredObjects? Restored = null,
    string? Catalog = null, string? Also = null, PartitionChange? Partitions = null, TableCopy? Copy = null, bool Forced = false,
    bool Recovers = false, bool IfNotExists = false, bool Synchronous = false, string? BaseTable = null, string? Engine = null,
    bool ListPartitioned = false, ImmutableArray<string> RestoredCatalogs = default)
{
    /// <summary>How many significant tokens the longest form needs: ALTER TABLE c . db . t ADD TEMPORARY PARTITION IF NOT EXISTS name.</summary>
    private const int MaxTokens = 14;

    /// <summary>Stands for "no effect" in a statement's memo.</summary>
    private static readonly object None = new();

    /// <summary>
    /// A parsed statement's effect, or a part's (see <see cref="StatementParts"/>) as if its missing `;` were there, read
    /// once per parse: each analysis asks it of every statement it checks. A part's text may run on into the statements
    /// after it (a cut statement's does, and so does one cut where its parse stopped), where a DROP has words after its
    /// end, so its words are read up to its own last token.
    /// </summary>
    public static SessionEffect? Of(ParsedStatement parsed) =>
        parsed.Memo(ref parsed.SessionEffect, p => ReadParsed(p) is { } effect ? effect : None) is SessionEffect known ? known : null;

    private static SessionEffect? ReadParsed(ParsedStatement parsed) =>
        ReadsTree(parsed.Text) ? Of(parsed.Syntax as SnapshotJobStatement) : Of(parsed.OwnText);

    /// <summary>
    /// Whether the statement's effect can only be read from its tree: it must be parsed before the session moves on. A
    /// misspelt RESTORE parses as one (to say what it was meant to be), but StarRocks runs nothing.
    /// </summary>
    public static bool ReadsTree(ReadOnlySpan<char> statement) => StartsWith(statement, "RESTORE");

    /// <summary>Whether the statement is a <c>USE</c>, told from its first word alone.</summary>
    public static bool IsUse(ReadOnlySpan<char> statement) => StartsWith(statement, "USE");

    /// <summary>Whether the statement is a <c>SET</c> (of a variable, or SET CATALOG), told from its first word alone.</summary>
    public static bool IsSet(ReadOnlySpan<char> statement) => StartsWith(statement, "SET");

    /// <summary>Whether the statement is a <c>DROP CATALOG IF EXISTS</c>, told from its first four words.</summary>
    public static bool IsCatalogDropIfExists(ReadOnlySpan<char> statement)
    {
        var words = new Words(statement, stackalloc (TokenKind, int, int)[4]);
        return words.Is(0, "DROP") && words.Is(1, "CATALOG") && words.Is(2, "IF") && words.Is(3, "EXISTS");
    }

    /// <summary>Whether the statement is a <c>SET CATALOG</c>, told from its first two words.</summary>
    public static bool IsCatalogSet(ReadOnlySpan<char> statement)
    {
        var words = new Words(statement, stackalloc (TokenKind, int, int)[2]);
        return words.Is(0, "SET") && words.Is(1, "CATALOG");
    }

    /// <summary>
    /// A RESTORE brings its objects back into its database (creating the database if need be), or its external catalogs
    /// back under the names it gives them; a BACKUP changes nothing.
    /// </summary>
    private static SessionEffect? Of(SnapshotJobStatement? job) =>
        job switch
        {
            { Kind: JobKind.Restore, External: null } =>
                new SessionEffect(SessionEffectKind.Restore, job.Snapshot.Last.Value, job.JobDatabase?.Value, Restored: RestoredObjects.Of(job)),
            { Kind: JobKind.Restore, External: { } external } => new SessionEffect(SessionEffectKind.RestoreCatalogs, job.Snapshot.Last.Value,
                RestoredCatalogs: external.All ? default : [.. external.Catalogs.Select(catalog => (catalog.Alias?.Name ?? catalog.Name).Value)]),
            _ => null,
        };

    public static SessionEffect? Of(ReadOnlySpan<char> statement) => Read(statement)?.Effect ?? MayMakeObjects(statement);

    /// <summary>
    /// A CREATE or SUBMIT in which StarRocks reads a space as a letter: what it names is not what its words look like, and
    /// it may well make something (<c>CREATE TABLE d.t　(id INT)</c> makes a table named with the space).
    /// </summary>
    private static SessionEffect? MayMakeObjects(ReadOnlySpan<char> statement) =>
        (StartsWith(statement, "CREATE") || StartsWith(statement, "SUBMIT")) && Lexer.HoldsSpaceAsLetter(statement)
            ? new SessionEffect(SessionEffectKind.ObjectsUnknown, "") : null;

    /// <summary>A statement's effect read from its first words, and where they write its names (relative to the statement).</summary>
    public static (SessionEffect Effect, EffectNames Names)? Read(ReadOnlySpan<char> statement)
    {
        if (!MayHaveEffect(statement))
            return null;
        var words = new Words(statement, stackalloc (TokenKind, int, int)[MaxTokens]);
        return Read(statement, ref words);
    }

    /// <summary>
    /// Where a name the statement's effect reads is a bare word the configured release reserves (one that only some
    /// releases do: <see cref="Words.NameAt"/> takes no other as a name). StarRocks' parser fails the statement there, so it
    /// changes nothing, as a word every release reserves leaves the statement without an effect.
    /// </summary>
    public static TextSpan? ReservedName(ReadOnlySpan<char> statement, StarRocksVersion? version) => Read(statement, version)?.Reserved;

    /// <summary>The effect and its names as <see cref="Read(ReadOnlySpan{char})"/> reads them, and the <see cref="ReservedName"/> among them, in one reading.</summary>
    public static (SessionEffect Effect, EffectNames Names, TextSpan? Reserved)? Read(ReadOnlySpan<char> statement, StarRocksVersion? version)
    {
        if (!MayHaveEffect(statement))
            return null;
        var words = new Words(statement, stackalloc (TokenKind, int, int)[MaxTokens]);
        return Read(statement, ref words) is var (effect, names) ? (effect, names, words.ReservedNameIn(version)) : null;
    }

    /// <summary>
    /// A catalog switch as written, <c>SET CATALOG c</c> or <c>USE 'CATALOG c'</c>, also of a name StarRocks refuses: where
    /// it is written, from its first word to the catalog, the catalog, and which of the two it is.
    /// </summary>
    public static (TextSpan Span, string Catalog, SessionEffectKind Kind)? CatalogSwitch(ReadOnlySpan<char> statement)
    {
        if (!MayHaveEffect(statement))
            return null;
        var words = new Words(statement, stackalloc (TokenKind, int, int)[MaxTokens]);
        return CatalogSwitch(ref words) is var (kind, catalog, at)
            ? (TextSpan.FromBounds(words.Written(0).Span.Start, words.Written(at).Span.End), catalog, kind) : null;
    }

    /// <summary>
    /// <c>SET CATALOG c</c> (a name or a string), or <c>USE 'CATALOG c'</c> (see <see cref="CatalogOfUseString"/>): which,
    /// the catalog, and the token that writes it.
    /// </summary>
    private static (SessionEffectKind Kind, string Catalog, int At)? CatalogSwitch(ref Words words) =>
        words.Is(0, "USE") && words.StringAt(1) is { } text && CatalogOfUseString(text) is { } used ? (SessionEffectKind.UseCatalog, used, 1)
        : words.Is(0, "SET") && words.Is(1, "CATALOG") && (words.NameAt(2) ?? words.StringAt(2)) is { } set ? (SessionEffectKind.SetCatalog, set, 2)
        : null;

    /// <summary>
    /// Most statements start with none of the words <see cref="Read"/> looks for: they are told apart before anything is
    /// allocated. A statement in which StarRocks reads a space as a letter has none either: it fails (<c>USE　db</c> and
    /// <c>DROP TABLE　t</c> are one name to StarRocks), or names another object than the one its words look like.
    /// </summary>
    private static bool MayHaveEffect(ReadOnlySpan<char> statement)
    {
        var first = statement.IndexOfAnyExcept(" \t\r\n");
        return first >= 0 && !(char.IsAsciiLetter(statement[first]) && char.ToUpperInvariant(statement[first]) is not ('U' or 'S' or 'C' or 'D' or 'A' or 'R' or 'I' or 'T'))
            && !Lexer.HoldsSpaceAsLetter(statement);
    }

    private static (SessionEffect Effect, EffectNames Names)? Read(ReadOnlySpan<char> statement, ref Words words)
    {
        if (words.Is(0, "USE"))
            return Use(ref words);
        if (words.Is(0, "SET"))
            return CatalogSwitch(ref words) is var (kind, switched, at) && !Rules.NameRules.RefusesCatalogName(switched)
                ? (new SessionEffect(kind, switched), new EffectNames(words.Written(at), null)) : null;
        // A dropped repository, snapshot, database, table or view is gone for the statements after it, until one of that
        // name is made again (a CREATE, RECOVER, RENAME or RESTORE, each followed). A DROP with anything after its last
        // word is a syntax error, which StarRocks runs nothing of.
        if (words.Is(0, "DROP"))
            return words.Is(1, "REPOSITORY") && words.NameAt(2) is { } dropped && words.EndsAt(3)
                ? (new SessionEffect(SessionEffectKind.DropRepository, dropped), new EffectNames(words.Written(2), null))
                : words.Is(1, "SNAPSHOT") && words.NameAt(2) is { } snapshot && words.Is(3, "ON") && words.NameAt(4) is { } repository
                    && (words.EndsAt(5) || (words.Is(5, "FORCE") && words.EndsAt(6)))
                ? (new SessionEffect(SessionEffectKind.DropSnapshot, snapshot, Also: repository), new EffectNames(words.Written(2), null))
                : words.Is(1, "CATALOG") ? MadeOrDroppedCatalog(SessionEffectKind.DropCatalog, statement, ref words, words.Is(2, "IF") && words.Is(3, "EXISTS") ? 4 : 2)
                : Dropped(ref words);
        if (words.Is(0, "CREATE"))
            return Create(statement, ref words);
        if (words.Is(0, "ALTER"))
            return Alter(statement, ref words);
        if (words.Is(0, "RECOVER"))
            return Recover(ref words);
        // A load may add partitions (automatic partitioning): the table's are no longer known.
        if (words.Is(0, "INSERT") && (words.Is(1, "INTO") || words.Is(1, "OVERWRITE")))
            return Made(SessionEffectKind.PartitionsLoaded, ref words, words.Is(2, "TABLE") ? 3 : 2);
        if (words.Is(0, "SUBMIT"))
            return Submitted(statement);
        // Truncating a whole table drops its temporary partitions (LocalMetastore's truncateTableInternal: dropAllTempPartitions
        // when no partition is named); truncating some keeps every partition, under the same names.
        if (words.Is(0, "TRUNCATE") && words.Is(1, "TABLE") && words.QualifiedName(2) is { Last: not null, LastAt: var truncated } && words.EndsAt(truncated + 1))
            return Made(SessionEffectKind.TemporaryPartitionsCleared, ref words, 2);
        return null;
    }

    /// <summary>
    /// The location of the repository a CREATE REPOSITORY makes; null where StarRocks refuses what is read this far (SRB400
    /// to SRB402): it takes a valid name, WITH BROKER (a broker's name may follow), ON LOCATION and a location that is no
    /// empty string. The rest is read from its parse and rules (see <see cref="StatementParts"/>).
    /// </summary>
    private static string? CreatedRepositoryLocation(ref Words words, string repository, int name)
    {
        if (!Rules.RepositoryRules.ValidRepositoryName().IsMatch(repository) || !words.Is(name + 1, "WITH") || !words.Is(name + 2, "BROKER"))
            return null;
        var on = words.Is(name + 3, "ON") ? name + 3 : name + 4;
        return words.Is(on, "ON") && words.Is(on + 1, "LOCATION") && words.StringAt(on + 2) is { Length: > 0 } location ? location : null;
    }

    /// <summary>
    /// The catalog <c>CREATE EXTERNAL CATALOG [IF NOT EXISTS] c</c> makes or <c>DROP CATALOG [IF EXISTS] c</c> drops, named
    /// at <paramref name="at"/> (StarRocks.g4: an identifier or a string). A DROP ends there; a CREATE's properties follow.
    /// </summary>
    private static (SessionEffect, EffectNames)? MadeOrDroppedCatalog(SessionEffectKind kind, ReadOnlySpan<char> statement, ref Words words, int at)
    {
        if ((words.NameAt(at) ?? words.StringAt(at)) is not { } catalog)
            return null;
        // A CREATE StarRocks refuses still names its catalog.
        if (kind == SessionEffectKind.CreateCatalog)
            return (new SessionEffect(kind, catalog, Also: CatalogType(statement, at + 1)), new EffectNames(words.Written(at), null));
        return words.EndsAt(at + 1) ? (new SessionEffect(kind, catalog), new EffectNames(words.Written(at), null)) : null;
    }

    /// <summary>
    /// The type a CREATE EXTERNAL CATALOG gives its catalog in the properties after its name, at <paramref name="at"/>; null
    /// for none.
    /// StarRocks.g4's createExternalCatalogStatement requires them (<c>comment? properties</c>, a list of at least one
    /// <c>"key" = "value"</c>, nothing after it), so that without them it is a syntax error; and every release with catalogs
    /// refuses one whose <c>"type"</c> is missing or empty (CatalogAnalyzer.visitCreateCatalogStatement, CreateCatalogStmt.analyze
    /// in 2.3: "'type' can not be null or empty"), the key as written, the last value of a key written twice (AstBuilder's
    /// visitCreateExternalCatalogStatement puts them in a HashMap). Either makes no catalog.
    /// </summary>
    private static string? CatalogType(ReadOnlySpan<char> statement, int at)
    {
        // The first words' buffer holds too few tokens for the properties: all of them are read, as a CREATE TABLE's are.
        var count = statement.Length <= StackTokens ? StackTokens : Words.CountIn(statement);
        var words = new Words(statement, count <= StackTokens ? stackalloc (TokenKind, int, int)[StackTokens] : new (TokenKind, int, int)[count]);
        if (words.Is(at, "COMMENT") && words.StringAt(at + 1) is not null)
            at += 2;
        if (!words.Is(at, "PROPERTIES") || !words.IsToken(at + 1, TokenKind.LParen))
            return null;
        string? type = null;
        for (at += 2; ; at += 4)
        {
            if (words.StringAt(at) is not { } key || !words.IsToken(at + 1, TokenKind.Equals) || words.StringAt(at + 2) is not { } value)
                return null;
            if (key == "type")
                type = value;
            if (words.IsToken(at + 3, TokenKind.RParen))
                return type is { Length: > 0 } && words.EndsAt(at + 4) ? type : null;
            if (!words.IsToken(at + 3, TokenKind.Comma))
                return null;
        }
    }

    private static (SessionEffect, EffectNames)? Create(ReadOnlySpan<char> statement, ref Words words)
    {
        if (words.Is(1, "EXTERNAL") && words.Is(2, "CATALOG"))
            return MadeOrDroppedCatalog(SessionEffectKind.CreateCatalog, statement, ref words, words.Is(3, "IF") && words.Is(4, "NOT") && words.Is(5, "EXISTS") ? 6 : 3);
        if (words.Is(1, "REPOSITORY") || (words.Is(1, "READ") && words.Is(2, "ONLY") && words.Is(3, "REPOSITORY")))
        {
            var at = words.Is(1, "REPOSITORY") ? 2 : 4;
            return words.NameAt(at) is { } repository && CreatedRepositoryLocation(ref words, repository, at) is { } location
                ? (new SessionEffect(SessionEffectKind.CreateRepository, repository, ReadOnly: at == 4, Also: location), new EffectNames(words.Written(at), null))
                : null;
        }
        var next = 1;
        var orReplace = words.Is(next, "OR") && words.Is(next + 1, "REPLACE");
        if (orReplace)
            next += 2;
        // A global function belongs to no database.
        if (words.Is(next, "GLOBAL"))
            return null;
        // StarRocks makes only a table TEMPORARY (StarRocks.g4's createTemporaryTableStatement): its createFunctionStatement has
        // no TEMPORARY, so a CREATE TEMPORARY FUNCTION fails to parse and makes nothing, nor proves its database exists.
        var temporary = words.Is(next, "TEMPORARY");
        if (temporary && !(words.Is(next + 1, "TABLE") && !words.Is(next + 2, "FUNCTION")))
            return null;
        var external = words.Is(next, "EXTERNAL");
        if (external || temporary || words.Is(next, "AGGREGATE") || (words.Is(next, "TABLE") && words.Is(next + 1, "FUNCTION")))
            next++;
        SessionEffectKind? kind =
            words.Is(next, "DATABASE") || words.Is(next, "SCHEMA") ? SessionEffectKind.CreateDatabase
            : temporary ? SessionEffectKind.CreateTemporaryTable
            : words.Is(next, "TABLE") ? SessionEffectKind.CreateTable
            : words.Is(next, "VIEW") ? SessionEffectKind.CreateView
            : words.Is(next, "FUNCTION") ? SessionEffectKind.CreateFunction
            : words.Is(next, "MATERIALIZED") && words.Is(next + 1, "VIEW") ? SessionEffectKind.CreateMaterializedView
            : null;
        if (kind is not { } created)
            return null;
        next += created == SessionEffectKind.CreateMaterializedView ? 2 : 1;
        // A CREATE of a name the database has changes nothing, with IF NOT EXISTS or without; but a database the catalog
        // does not list may be one the cluster has, which IF NOT EXISTS leaves as it is, and what it holds unknown.
        var ifNotExists = words.Is(next, "IF") && words.Is(next + 1, "NOT") && words.Is(next + 2, "EXISTS");
        if (ifNotExists)
            next += 3;
        // A function's OR REPLACE with IF NOT EXISTS is refused where its database exists ("\"IF NOT EXISTS\" and \"OR
        // REPLACE\" cannot be used together", Database.addFunctionImpl) and where it does not ("Unknown database", checked
        // first by DDLStmtExecutor.visitCreateFunctionStatement): it makes nothing and proves nothing. Either alone is
        // no skip of that check.
        if (created == SessionEffectKind.CreateFunction && orReplace && ifNotExists)
            return null;
        if (Made(created, ref words, next) is not var (effect, names))
            return null;
        return created switch
        {
            SessionEffectKind.CreateDatabase => (effect with { IfNotExists = ifNotExists }, names),
            SessionEffectKind.CreateMaterializedView => (WithRefreshRead(effect, statement, ref words, next), names),
            SessionEffectKind.CreateTable => WithPartitionsMade(effect with { IfNotExists = ifNotExists }, names, statement, ref words, next, external),
            _ => (effect, names),
        };
    }

    /// <summary>
    /// <c>SUBMIT TASK [name] [PROPERTIES (...) | SCHEDULE ...] AS statement</c> (StarRocks.g4's submitTaskStatement, a hint
    /// after SUBMIT in older releases): the task runs the CREATE TABLE ... AS SELECT or INSERT after AS in the session's
    /// database, as that statement would (TaskBuilder takes the session's database), so it has that statement's effect,
    /// its names placed in this statement. One whose CREATE after AS is not read may make a table anywhere.
    /// </summary>
    private static (SessionEffect, EffectNames)? Submitted(ReadOnlySpan<char> statement)
    {
        var depth = 0;
        var sawTask = false;
        for (var position = 0; position < statement.Length;)
        {
            var kind = Lexer.Scan(statement, position, out var end);
            var word = kind == TokenKind.Word ? statement[position..end] : default;
            if (kind == TokenKind.LParen)
                depth++;
            else if (kind == TokenKind.RParen)
                depth--;
            else if (depth == 0 && word.Equals("TASK", StringComparison.OrdinalIgnoreCase))
                sawTask = true;
            else if (depth == 0 && sawTask && word.Equals("AS", StringComparison.OrdinalIgnoreCase))
            {
                var task = statement[end..];
                return Read(task) is var (effect, names) ? (effect, Shifted(names, end))
                    : StartsWith(task, "CREATE") ? (new SessionEffect(SessionEffectKind.ObjectsUnknown, ""), default) : null;
            }
            position = end;
        }
        return null;
    }

    /// <summary>The names of a statement read inside another, placed in that one, <paramref name="offset"/> after its start.</summary>
    private static EffectNames Shifted(EffectNames names, int offset)
    {
        static WrittenName Moved(WrittenName name, int offset) => name with { Span = name.Span.Shift(offset) };
        static ImmutableArray<(string, WrittenName)> All(ImmutableArray<(string Name, WrittenName Written)> partitions, int offset) =>
            partitions.IsDefault ? partitions : [.. partitions.Select(p => (p.Name, Moved(p.Written, offset)))];
        return new EffectNames(Moved(names.Name, offset), names.Database is { } database ? Moved(database, offset) : null,
            All(names.Partitions, offset), All(names.TemporaryPartitions, offset), names.Other is { } other ? Moved(other, offset) : null,
            names.Source is { } source ? source with { Name = Moved(source.Name, offset), DatabaseName = source.DatabaseName is { } at ? Moved(at, offset) : null } : null);
    }

    /// <summary>
    /// <c>RECOVER {DATABASE | SCHEMA} db</c> and <c>RECOVER TABLE [db.]t</c> bring a name back; <c>RECOVER PARTITION p FROM
    /// t</c> a partition of t, as an ADD PARTITION would (one of a name the table has is refused). StarRocks' grammar has
    /// no <c>AS new_name</c> (Doris' has): such a RECOVER fails to parse and brings nothing back.
    /// </summary>
    private static (SessionEffect, EffectNames)? Recover(ref Words words)
    {
        var (kind, at) = words.Is(1, "DATABASE") || words.Is(1, "SCHEMA") ? (SessionEffectKind.CreateDatabase, 2)
            : words.Is(1, "TABLE") ? (SessionEffectKind.CreateTable, 2)
            : words.Is(1, "PARTITION") && words.Is(3, "FROM") ? (SessionEffectKind.PartitionAdded, 4)
            : ((SessionEffectKind?)null, 0);
        if (kind is not { } recovered || Made(recovered, ref words, at) is not var (effect, names)
            || !words.EndsAt(words.QualifiedName(at).LastAt + 1))
            return null;
        return recovered switch
        {
            // A database's name is one identifier here, not a catalog's database.
            SessionEffectKind.CreateDatabase => effect.Catalog is null ? (effect with { Recovers = true }, names) : null,
            SessionEffectKind.CreateTable => (effect with { Recovers = true }, names),
            _ => words.NameAt(2) is { } partition
                ? (effect with { Also = partition }, names with { Partitions = [(partition, words.Written(2))] })
                : null,
        };
    }

    /// <summary>
    /// <c>DROP {DATABASE | SCHEMA} [IF EXISTS] db [FORCE]</c>, <c>DROP TABLE [IF EXISTS] [db.]t [FORCE]</c>, <c>DROP VIEW
    /// [IF EXISTS] [db.]v</c> and <c>DROP MATERIALIZED VIEW [IF EXISTS] [db.]mv</c> (StarRocks.g4). Not <c>DROP TEMPORARY
    /// TABLE</c>: a session's temporary table is none of the catalog's.
    /// </summary>
    private static (SessionEffect, EffectNames)? Dropped(ref Words words)
    {
        var (kind, at) = words.Is(1, "DATABASE") || words.Is(1, "SCHEMA") ? (SessionEffectKind.DropDatabase, 2)
            : words.Is(1, "TABLE") ? (SessionEffectKind.DropTable, 2)
            : words.Is(1, "VIEW") ? (SessionEffectKind.DropView, 2)
            : words.Is(1, "MATERIALIZED") && words.Is(2, "VIEW") ? (SessionEffectKind.DropMaterializedView, 3)
            : ((SessionEffectKind?)null, 0);
        if (kind is not { } dropped)
            return null;
        if (words.Is(at, "IF") && words.Is(at + 1, "EXISTS"))
            at += 2;
        if (Made(dropped, ref words, at) is not var (effect, names))
            return null;
        var end = words.QualifiedName(at).LastAt + 1;
        var forced = dropped is SessionEffectKind.DropDatabase or SessionEffectKind.DropTable && words.Is(end, "FORCE");
        return words.EndsAt(forced ? end + 1 : end) ? (effect with { Forced = forced }, names) : null;
    }

    /// <summary>
    /// The effect on the object named at <paramref name="at"/> (<c>[qualifier .] name</c>): a database's qualifier is its
    /// catalog (an external one's database is none of the file's), anything else's its database.
    /// </summary>
    private static (SessionEffect, EffectNames)? Made(SessionEffectKind kind, ref Words words, int at)
    {
        if (words.QualifiedName(at) is not ({ } last, var qualifier, var catalog, var lastAt, var qualifierAt))
            return null;
        if (kind is SessionEffectKind.CreateDatabase or SessionEffectKind.DropDatabase)
            return qualifier is null || IsDefaultCatalog(qualifier)
                ? (new SessionEffect(kind, last, Catalog: qualifier), new EffectNames(words.Written(lastAt), null)) : null;
        return (new SessionEffect(kind, last, qualifier, Catalog: catalog), new EffectNames(words.Written(lastAt), qualifier is null ? null : words.Written(qualifierAt)));
    }

    /// <summary>Whether this is a CREATE EXTERNAL CATALOG that makes its catalog in the release: one of a type it supports.</summary>
    public bool MakesCatalog(StarRocksVersion? version) => Kind == SessionEffectKind.CreateCatalog && Facts.CatalogTypes.Supports(Also, version);

    public static bool IsDefaultCatalog(string catalog) => catalog.Equals("default_catalog", StringComparison.OrdinalIgnoreCase);

    /// <summary>
    /// Whether the effect acts in the default catalog, whose names the catalog file describes: its name says so
    /// (<c>default_catalog.db</c>), or names no catalog in a <paramref name="session"/> that has not switched to another.
    /// </summary>
    public bool InDefaultCatalog(StarRocksCatalog? session) => Catalog is { } named ? IsDefaultCatalog(named) : session?.ExternalCatalog is null;

    private static bool StartsWith(ReadOnlySpan<char> statement, string word)
    {
        // Every statement is asked: one that starts with a plain other letter is answered without the lexer.
        var first = statement.IndexOfAnyExcept(" \t\r\n");
        if (first < 0 || (char.IsAsciiLetter(statement[first]) && char.ToUpperInvariant(statement[first]) != word[0]))
            return false;
        for (var position = 0; position < statement.Length;)
        {
            var kind = Lexer.Scan(statement, position, out var end);
            if (!kind.IsTrivia())
                return kind == TokenKind.Word && statement[position..end].Equals(word, StringComparison.OrdinalIgnoreCase);
            position = end;
        }
        return false;
    }
}
