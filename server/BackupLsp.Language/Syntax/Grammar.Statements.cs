using System.Collections.Immutable;
using Superpower;
using Superpower.Model;
using TextSpan = BackupLsp.Language.Text.TextSpan;

namespace BackupLsp.Language.Syntax;

// The statements of spec §3. Each body parser starts after the statement's head words (see StatementHeads);
// the statement's own span is filled in by StatementParser.
internal static partial class Grammar
{
    private static readonly TextSpan NoSpan = default;

    private static readonly TokenListParser<TokenKind, Alias> AliasClause =
        from @as in Keyword("AS")
        from name in NameOf(Expectations.AliasName)
        select new Alias(@as, name);

    private static readonly TokenListParser<TokenKind, PartitionRef> PartitionItem =
        from name in NameOf(Expectations.PartitionName, allowString: true)
        from value in Maybe(EqualsSign.IgnoreThen(LiteralOf(Expectations.PropertyValue)))
        select new PartitionRef(name, value);

    private static readonly TokenListParser<TokenKind, (bool Parenthesized, ImmutableArray<PartitionRef> Items, TextSpan End)> PartitionItems =
        (from open in OpenParen
         from items in CommaSeparated(PartitionItem)
         from close in CloseParen
         select (true, items, close))
        .Or(PartitionItem.Select(item => (false, ImmutableArray.Create(item), item.Span)));

    private static readonly TokenListParser<TokenKind, PartitionClause> PartitionClauseParser =
        from temporary in MaybeSpan(Keyword("TEMPORARY"))
        from keyword in Keyword("PARTITION", "PARTITIONS")
        from items in PartitionItems
        select new PartitionClause(temporary, keyword, items.Parenthesized, items.Items,
            TextSpan.FromBounds((temporary ?? keyword).Start, items.End.End));

    private static readonly TokenListParser<TokenKind, PropertyList> PropertiesClause =
        from keyword in Keyword("PROPERTIES")
        from open in OpenParen
        from properties in CommaSeparated(
            from key in LiteralOf(Expectations.PropertyKey)
            from equalsSign in EqualsSign
            from value in LiteralOf(Expectations.PropertyValue)
            select new Property(key, value))
        from close in CloseParen
        select new PropertyList(keyword, properties, TextSpan.FromBounds(keyword.Start, close.End));

    /// <summary><c>tbl [PARTITION (...)] [AS alias]</c>, also after TABLE.</summary>
    private static TokenListParser<TokenKind, ObjectDesc> TableDesc(TextSpan? prefix) =>
        from name in QualifiedNameOf(Expectations.TableName)
        from partitions in Maybe(PartitionClauseParser)
        from alias in Maybe(AliasClause)
        select new ObjectDesc(ObjectKind.Table, prefix, false, name, partitions, alias,
            TextSpan.FromBounds((prefix ?? name.Span).Start, (alias?.Span ?? partitions?.Span ?? name.Span).End));

    private static TokenListParser<TokenKind, ObjectDesc> NamedObject(ObjectKind kind, TokenListParser<TokenKind, TextSpan> keyword) =>
        from start in keyword
        from name in QualifiedNameOf(Expectations.ObjectName)
        from alias in Maybe(AliasClause)
        select new ObjectDesc(kind, start, false, name, null, alias, TextSpan.FromBounds(start.Start, (alias?.Span ?? name.Span).End));

    private static readonly TokenListParser<TokenKind, TextSpan> MaterializedView =
        from materialized in Keyword("MATERIALIZED")
        from view in Keyword("VIEW", "VIEWS")
        select TextSpan.FromBounds(materialized.Start, view.End);

    private static readonly TokenListParser<TokenKind, ObjectDesc> AllObjects =
        from all in Keyword("ALL")
        from kind in Keyword("TABLE", "TABLES").Select(s => (ObjectKind.Table, s))
            .Or(MaterializedView.Select(s => (ObjectKind.MaterializedView, s)))
            .Or(Keyword("VIEW", "VIEWS").Select(s => (ObjectKind.View, s)))
            .Or(Keyword("FUNCTION", "FUNCTIONS").Select(s => (ObjectKind.Function, s)))
        select new ObjectDesc(kind.Item1, TextSpan.FromBounds(all.Start, kind.s.End), true, null, null, null, TextSpan.FromBounds(all.Start, kind.s.End));

    /// <summary>A PARTITION clause where a table should be: parsed so that the error can say so.</summary>
    private static readonly TokenListParser<TokenKind, ObjectDesc> PartitionsWithoutTable =
        from partitions in PartitionClauseParser
        from alias in Maybe(AliasClause)
        select new ObjectDesc(ObjectKind.MissingTable, null, false, null, partitions, alias, partitions.Span);

    // Non-reserved words (TABLES, VIEW, MATERIALIZED, PARTITIONS, ...) may also be table names, so every
    // keyword form backtracks and a plain table is tried last: `ON (view)` backs up a table named view.
    private static readonly TokenListParser<TokenKind, ObjectDesc> ObjectItem =
        AllObjects.Try()
            .Or(Keyword("TABLE", "TABLES").Then(start => TableDesc(start)).Try())
            .Or(NamedObject(ObjectKind.MaterializedView, MaterializedView).Try())
            .Or(NamedObject(ObjectKind.View, Keyword("VIEW", "VIEWS")).Try())
            .Or(NamedObject(ObjectKind.Function, Keyword("FUNCTION", "FUNCTIONS")).Try())
            .Or(PartitionsWithoutTable.Try())
            .Or(TableDesc(null));

    private static readonly TokenListParser<TokenKind, ObjectList> OnClause =
        from onKeyword in Keyword("ON")
        from open in OpenParen
        from objects in CommaSeparated(ObjectItem)
        from close in CloseParen
        select new ObjectList(onKeyword, objects, TextSpan.FromBounds(onKeyword.Start, close.End));

    private static readonly TokenListParser<TokenKind, ExternalCatalogClause> ExternalCatalogs =
        (from all in Keyword("ALL")
         from external in Keyword("EXTERNAL")
         from catalogs in Keyword("CATALOGS")
         select new ExternalCatalogClause(true, [], TextSpan.FromBounds(all.Start, catalogs.End)))
        .Or(from external in Keyword("EXTERNAL")
            from keyword in Keyword("CATALOG", "CATALOGS")
            from open in OpenParen
            from catalogs in CommaSeparated(
                from name in NameOf(Expectations.CatalogName)
                from alias in Maybe(AliasClause)
                select new CatalogRef(name, alias))
            from close in CloseParen
            select new ExternalCatalogClause(false, catalogs, TextSpan.FromBounds(external.Start, close.End)));

    private static readonly TokenListParser<TokenKind, DatabaseClause> DatabaseClauseParser =
        from keyword in Keyword("DATABASE")
        from name in NameOf(Expectations.DatabaseName)
        from alias in Maybe(AliasClause)
        select new DatabaseClause(keyword, name, alias);

    private static readonly TokenListParser<TokenKind, QualifiedName> SnapshotName = QualifiedNameOf(Expectations.SnapshotName);

    private static readonly TokenListParser<TokenKind, Name> RepositoryName = NameOf(Expectations.RepositoryName);

    /// <summary><c>[ALL EXTERNAL CATALOGS | EXTERNAL CATALOG(S) (...)] [DATABASE db] SNAPSHOT snap TO repo [ON (...)] [PROPERTIES (...)]</c></summary>
    public static readonly TokenListParser<TokenKind, Statement> BackupBody =
        from external in Maybe(ExternalCatalogs)
        from database in Maybe(DatabaseClauseParser)
        from snapshotKeyword in Keyword("SNAPSHOT")
        from snapshot in SnapshotName
        from to in Keyword("TO")
        from repository in RepositoryName
        from objects in Maybe(OnClause)
        from properties in Maybe(PropertiesClause)
        select (Statement)new SnapshotJobStatement(NoSpan, JobKind.Backup, external, database, snapshot, repository, objects, properties);

    /// <summary><c>SNAPSHOT snap FROM repo [external catalogs] [DATABASE db [AS alias]] [ON (...)] [PROPERTIES (...)]</c></summary>
    public static readonly TokenListParser<TokenKind, Statement> RestoreBody =
        from snapshotKeyword in Keyword("SNAPSHOT")
        from snapshot in SnapshotName
        from fromKeyword in Keyword("FROM")
        from repository in RepositoryName
        from external in Maybe(ExternalCatalogs)
        from database in Maybe(DatabaseClauseParser)
        from objects in Maybe(OnClause)
        from properties in Maybe(PropertiesClause)
        select (Statement)new SnapshotJobStatement(NoSpan, JobKind.Restore, external, database, snapshot, repository, objects, properties);

    /// <summary><c>[READ ONLY] REPOSITORY name [WITH BROKER [broker]] ON LOCATION "..." [PROPERTIES (...)]</c>; a missing WITH BROKER is left to the rules.</summary>
    public static readonly TokenListParser<TokenKind, Statement> CreateRepositoryBody =
        from readOnly in MaybeSpan(
            from read in Keyword("READ")
            from only in Keyword("ONLY")
            select TextSpan.FromBounds(read.Start, only.End))
        from repositoryKeyword in Keyword("REPOSITORY")
        from name in RepositoryName
        from withBroker in MaybeSpan(
            from with in Keyword("WITH")
            from broker in Keyword("BROKER")
            select TextSpan.FromBounds(with.Start, broker.End))
        from broker in withBroker is null ? Parse.Return<TokenKind, Name?>(null) : Maybe(NameOf(Expectations.BrokerName, allowString: true))
        from onKeyword in Keyword("ON")
        from locationKeyword in Keyword("LOCATION")
        from location in LiteralOf(Expectations.Location)
        from properties in Maybe(PropertiesClause)
        select (Statement)new CreateRepositoryStatement(NoSpan, readOnly, name, withBroker, broker, locationKeyword, location, properties);

    public static readonly TokenListParser<TokenKind, Statement> DropRepositoryBody =
        RepositoryName.Select(name => (Statement)new DropRepositoryStatement(NoSpan, name));

    public static readonly TokenListParser<TokenKind, Statement> ShowRepositoriesBody =
        Parse.Return<TokenKind, Statement>(new ShowRepositoriesStatement(NoSpan));

    private static readonly TokenListParser<TokenKind, WhereClause> Where =
        from keyword in Keyword("WHERE")
        from condition in RestOf(Expectations.Condition)
        select new WhereClause(keyword, condition);

    /// <summary><c>ON repo [WHERE ...]</c></summary>
    public static readonly TokenListParser<TokenKind, Statement> ShowSnapshotBody =
        from onKeyword in Keyword("ON")
        from repository in RepositoryName
        from condition in Maybe(Where)
        select (Statement)new ShowSnapshotStatement(NoSpan, repository, condition);

    private static readonly TokenListParser<TokenKind, Name?> FromDatabase =
        Maybe(Keyword("FROM").Or(Keyword("IN")).IgnoreThen(NameOf(Expectations.DatabaseName)));

    public static readonly TokenListParser<TokenKind, Statement> ShowBackupBody =
        FromDatabase.Select(database => (Statement)new ShowJobsStatement(NoSpan, JobKind.Backup, database, null));

    public static readonly TokenListParser<TokenKind, Statement> ShowRestoreBody =
        from database in FromDatabase
        from condition in Maybe(Where)
        select (Statement)new ShowJobsStatement(NoSpan, JobKind.Restore, database, condition);

    private static TokenListParser<TokenKind, Statement> CancelBody(JobKind kind) =>
        (from @for in Keyword("FOR")
         from external in Keyword("EXTERNAL")
         from catalog in Keyword("CATALOG")
         select (Statement)new CancelJobStatement(NoSpan, kind, null, TextSpan.FromBounds(@for.Start, catalog.End)))
        .Or(FromDatabase.Select(database => (Statement)new CancelJobStatement(NoSpan, kind, database, null)));

    public static readonly TokenListParser<TokenKind, Statement> CancelBackupBody = CancelBody(JobKind.Backup);
    public static readonly TokenListParser<TokenKind, Statement> CancelRestoreBody = CancelBody(JobKind.Restore);
}
