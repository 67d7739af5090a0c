using System.Collections.Immutable;
using Superpower;
using Superpower.Model;
using TextSpan = BackupLsp.Language.Text.TextSpan;

namespace BackupLsp.Language.Syntax;

// The statements of spec §3. Each body parser starts after the statement's head words (see StatementHeads);
// the statement's own span is filled in by StatementParser. Sequences use Parse.Sequence rather than LINQ
// queries: Superpower's SelectMany builds new parsers on every call, Sequence builds them once.
internal static partial class Grammar
{
    private static readonly TextSpan NoSpan = default;

    internal static readonly TokenListParser<TokenKind, Alias> AliasClause =
        Parse.Sequence(Keyword("AS"), NameOf(Expectations.AliasName))
            .Select(t => new Alias(t.Item1, t.Item2));

    private static readonly TokenListParser<TokenKind, Name> PartitionName = NameOf(Expectations.PartitionName, allowString: true);

    private static readonly TokenListParser<TokenKind, Literal?> ConditionValue = Maybe(EqualsSign.IgnoreThen(PartitionValue));

    /// <summary>
    /// A partition's name, or <c>col = value</c>, whose column is a name (keyPartition: partitionColName=identifier '=' ...):
    /// a string is a partition's name only, so an `=` after it is a syntax error, as in StarRocks.
    /// </summary>
    private static readonly TokenListParser<TokenKind, PartitionRef> PartitionItem = input =>
    {
        var name = PartitionName(input);
        if (!name.HasValue)
            return TokenListParserResult.CastEmpty<TokenKind, Name, PartitionRef>(name);
        if (name.Value.Quoting == NameQuoting.String)
            return TokenListParserResult.Value(new PartitionRef(name.Value, null), input, name.Remainder);
        var value = ConditionValue(name.Remainder);
        return value.HasValue
            ? TokenListParserResult.Value(new PartitionRef(name.Value, value.Value), input, value.Remainder)
            : TokenListParserResult.CastEmpty<TokenKind, Literal?, PartitionRef>(value);
    };

    private static readonly TokenListParser<TokenKind, (bool Parenthesized, ImmutableArray<PartitionRef> Items, TextSpan End)> PartitionItems =
        Parse.Sequence(OpenParen, CommaSeparated(PartitionItem), CloseParen)
            .Select(t => (true, t.Item2, t.Item3))
            .Or(UnparenthesizedPartitions(PartitionItem, PartitionName));

    private static TokenListParser<TokenKind, PartitionClause> PartitionClauseAfter(TokenListParser<TokenKind, TextSpan?> temporary) =>
        Parse.Sequence(temporary, Keyword("PARTITION", "PARTITIONS"), PartitionItems)
            .Select(t => new PartitionClause(t.Item1, t.Item2, t.Item3.Parenthesized, t.Item3.Items,
                TextSpan.FromBounds((t.Item1 ?? t.Item2).Start, t.Item3.End.End)));

    internal static readonly TokenListParser<TokenKind, PartitionClause> PartitionClauseParser =
        PartitionClauseAfter(MaybeSpan(Keyword("TEMPORARY")));

    private static readonly TokenListParser<TokenKind, Property> PropertyItem =
        Parse.Sequence(LiteralOf(Expectations.PropertyKey), EqualsSign, PropertyValueOf(Expectations.PropertyValue))
            .Select(t => new Property(t.Item1, t.Item3));

    internal static readonly TokenListParser<TokenKind, PropertyList> PropertiesClause =
        Parse.Sequence(Keyword("PROPERTIES"), OpenParen, CommaSeparated(PropertyItem), CloseParen)
            .Select(t => new PropertyList(t.Item1, t.Item3, TextSpan.FromBounds(t.Item1.Start, t.Item4.End)));

    /// <summary><c>tbl [PARTITION (...)] [AS alias]</c>.</summary>
    private static readonly TokenListParser<TokenKind, (QualifiedName Name, PartitionClause? Partitions, Alias? Alias)> TableParts =
        Parse.Sequence(QualifiedNameOf(Expectations.TableName), Maybe(PartitionClauseParser), Maybe(AliasClause));

    private static ObjectDesc Table(TextSpan? keyword, (QualifiedName Name, PartitionClause? Partitions, Alias? Alias) parts) =>
        new(ObjectKind.Table, keyword, false, parts.Name, parts.Partitions, parts.Alias,
            TextSpan.FromBounds((keyword ?? parts.Name.Span).Start, (parts.Alias?.Span ?? parts.Partitions?.Span ?? parts.Name.Span).End));

    private static TokenListParser<TokenKind, ObjectDesc> NamedObject(ObjectKind kind, TokenListParser<TokenKind, TextSpan> keyword) =>
        Parse.Sequence(keyword, QualifiedNameOf(Expectations.ObjectName), Maybe(AliasClause))
            .Select(t => new ObjectDesc(kind, t.Item1, false, t.Item2, null, t.Item3,
                TextSpan.FromBounds(t.Item1.Start, (t.Item3?.Span ?? t.Item2.Span).End)));

    private static readonly TokenListParser<TokenKind, TextSpan> MaterializedView =
        Parse.Sequence(Keyword("MATERIALIZED"), Keyword("VIEW", "VIEWS"))
            .Select(t => TextSpan.FromBounds(t.Item1.Start, t.Item2.End));

    private static readonly TokenListParser<TokenKind, ObjectDesc> AllObjects =
        Parse.Sequence(
                Keyword("ALL"),
                Keyword("TABLE", "TABLES").Select(s => (Kind: ObjectKind.Table, Span: s))
                    .Or(MaterializedView.Select(s => (Kind: ObjectKind.MaterializedView, Span: s)))
                    .Or(Keyword("VIEW", "VIEWS").Select(s => (Kind: ObjectKind.View, Span: s)))
                    .Or(Keyword("FUNCTION", "FUNCTIONS").Select(s => (Kind: ObjectKind.Function, Span: s))))
            .Select(t =>
            {
                var span = TextSpan.FromBounds(t.Item1.Start, t.Item2.Span.End);
                return new ObjectDesc(t.Item2.Kind, span, true, null, null, null, span);
            });

    /// <summary>
    /// A PARTITION clause where a table should be: parsed so that the error can say so. Not one after TEMPORARY, which
    /// there is a table's name, as StarRocks reads it: <c>ON (temporary PARTITION (p))</c> names partition p of table temporary.
    /// </summary>
    private static readonly TokenListParser<TokenKind, ObjectDesc> PartitionsWithoutTable =
        Parse.Sequence(PartitionClauseAfter(Parse.Return<TokenKind, TextSpan?>(null)), Maybe(AliasClause))
            .Select(t => new ObjectDesc(ObjectKind.MissingTable, null, false, null, t.Item1, t.Item2, t.Item1.Span));

    private static readonly TokenListParser<TokenKind, ObjectDesc> PlainTable = TableParts.Select(parts => Table(null, parts));

    // Non-reserved words (TABLES, VIEW, MATERIALIZED, PARTITIONS, ...) may also be table names, so every
    // keyword form backtracks and a plain table is tried last: `ON (view)` backs up a table named view.
    private static readonly TokenListParser<TokenKind, ObjectDesc> FirstFormThatParses =
        AllObjects.Try()
            .Or(Parse.Sequence(Keyword("TABLE", "TABLES"), TableParts).Select(t => Table(t.Item1, t.Item2)).Try())
            .Or(NamedObject(ObjectKind.MaterializedView, MaterializedView).Try())
            .Or(NamedObject(ObjectKind.View, Keyword("VIEW", "VIEWS")).Try())
            .Or(NamedObject(ObjectKind.Function, Keyword("FUNCTION", "FUNCTIONS")).Try())
            .Or(PartitionsWithoutTable.Try())
            .Or(PlainTable);

    /// <summary>
    /// An item of an ON list. A keyword form that parses is kept only where the list may go on after it (a comma or the
    /// closing parenthesis), else a plain table that may, or that reads farther, is taken: StarRocks' parser predicts the
    /// form by looking past it, so `ON (view PARTITIONS (p1))` names partitions of the table `view`, not the view
    /// `PARTITIONS`, and `ON (view PARTITIONS (p1) t2)` fails at `t2` as a table's list would.
    /// </summary>
    internal static readonly TokenListParser<TokenKind, ObjectDesc> ObjectForms = input =>
    {
        var form = FirstFormThatParses(input);
        if (!form.HasValue || EndsAnItem(form.Remainder))
            return form;
        var table = PlainTable(input);
        return table.HasValue && (EndsAnItem(table.Remainder) || table.Remainder.Position > form.Remainder.Position) ? table : form;
    };

    private static bool EndsAnItem(TokenList<TokenKind> rest) =>
        rest.ConsumeToken() is { HasValue: true } next && next.Value.Kind is TokenKind.Comma or TokenKind.RParen;

    /// <summary>The words the forms of <see cref="ObjectForms"/> other than a plain table start with.</summary>
    private static readonly HashSet<string> ObjectFormWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "ALL", "TABLE", "TABLES", "MATERIALIZED", "VIEW", "VIEWS", "FUNCTION", "FUNCTIONS", "PARTITION", "PARTITIONS",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ObjectFormWordLookup =
        ObjectFormWords.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// Most items are plain tables, and trying every form first made them the costliest part of a BACKUP. An item whose
    /// first token is a name no other form starts with is parsed as a plain table straight away. That changes nothing:
    /// the other forms would all fail at that token, and the table's name, once read, moves the farthest failure past it,
    /// so neither the tree nor the expectations can differ.
    /// </summary>
    internal static readonly TokenListParser<TokenKind, ObjectDesc> ObjectItem = input =>
    {
        var first = input.ConsumeToken();
        return first.HasValue && OnlyATableStartsWith(first.Value) ? PlainTable(input) : ObjectForms(input);
    };

    /// <summary>Whether the token is a table's name (see NameOf) that no other object form starts with.</summary>
    private static bool OnlyATableStartsWith(Superpower.Model.Token<TokenKind> token) => token.Kind switch
    {
        TokenKind.BacktickName => true,
        TokenKind.Word => !ObjectFormWordLookup.Contains(TextOf(token)) && !ClauseKeywordLookup.Contains(TextOf(token)),
        _ => false,
    };

    internal static readonly TokenListParser<TokenKind, ObjectList> OnClause =
        Parse.Sequence(Keyword("ON"), OpenParen, CommaSeparated(ObjectItem), CloseParen)
            .Select(t => new ObjectList(t.Item1, t.Item3, TextSpan.FromBounds(t.Item1.Start, t.Item4.End)));

    private static readonly TokenListParser<TokenKind, CatalogRef> CatalogItem =
        Parse.Sequence(NameOf(Expectations.CatalogName), Maybe(AliasClause))
            .Select(t => new CatalogRef(t.Item1, t.Item2));

    internal static readonly TokenListParser<TokenKind, ExternalCatalogClause> ExternalCatalogs =
        Parse.Sequence(Keyword("ALL"), Keyword("EXTERNAL"), Keyword("CATALOGS"))
            .Select(t => new ExternalCatalogClause(true, [], TextSpan.FromBounds(t.Item1.Start, t.Item3.End)))
            .Or(Parse.Sequence(Keyword("EXTERNAL"), Keyword("CATALOG", "CATALOGS"), OpenParen, CommaSeparated(CatalogItem), CloseParen)
                .Select(t => new ExternalCatalogClause(false, t.Item4, TextSpan.FromBounds(t.Item1.Start, t.Item5.End))));

    internal static readonly TokenListParser<TokenKind, DatabaseClause> DatabaseClauseParser =
        Parse.Sequence(Keyword("DATABASE"), NameOf(Expectations.DatabaseName), Maybe(AliasClause))
            .Select(t => new DatabaseClause(t.Item1, t.Item2, t.Item3));

    private static readonly TokenListParser<TokenKind, QualifiedName> SnapshotName = QualifiedNameOf(Expectations.SnapshotName);

    private static readonly TokenListParser<TokenKind, Name> RepositoryName = NameOf(Expectations.RepositoryName);

    /// <summary><c>[ALL EXTERNAL CATALOGS | EXTERNAL CATALOG(S) (...)] [DATABASE db] SNAPSHOT snap TO repo [ON (...)] [PROPERTIES (...)]</c></summary>
    public static readonly TokenListParser<TokenKind, Statement> BackupBody =
        Parse.Sequence(
                Parse.Sequence(Maybe(ExternalCatalogs), Maybe(DatabaseClauseParser), Keyword("SNAPSHOT"), SnapshotName, Keyword("TO")),
                RepositoryName,
                Maybe(OnClause),
                Maybe(PropertiesClause))
            .Select(t => (Statement)new SnapshotJobStatement(NoSpan, JobKind.Backup, t.Item1.Item1, t.Item1.Item2, t.Item1.Item4,
                t.Item2, t.Item3, t.Item4));

    /// <summary><c>SNAPSHOT snap FROM repo [external catalogs] [DATABASE db [AS alias]] [ON (...)] [PROPERTIES (...)]</c></summary>
    public static readonly TokenListParser<TokenKind, Statement> RestoreBody =
        Parse.Sequence(
                Parse.Sequence(Keyword("SNAPSHOT"), SnapshotName, Keyword("FROM"), RepositoryName),
                Maybe(ExternalCatalogs),
                Maybe(DatabaseClauseParser),
                Maybe(OnClause),
                Maybe(PropertiesClause))
            .Select(t => (Statement)new SnapshotJobStatement(NoSpan, JobKind.Restore, t.Item2, t.Item3, t.Item1.Item2,
                t.Item1.Item4, t.Item4, t.Item5));

    private static readonly TokenListParser<TokenKind, (TextSpan Span, Name? Broker)?> WithBroker =
        Parse.Sequence(Keyword("WITH"), Keyword("BROKER"), Maybe(NameOf(Expectations.BrokerName, allowString: true)))
            .Select(t => (TextSpan.FromBounds(t.Item1.Start, t.Item2.End), t.Item3))
            .Optional();

    /// <summary><c>[READ ONLY] REPOSITORY name [WITH BROKER [broker]] ON LOCATION "..." [PROPERTIES (...)]</c>; a missing WITH BROKER is left to the rules.</summary>
    public static readonly TokenListParser<TokenKind, Statement> CreateRepositoryBody =
        Parse.Sequence(
                Parse.Sequence(
                    MaybeSpan(Parse.Sequence(Keyword("READ"), Keyword("ONLY")).Select(t => TextSpan.FromBounds(t.Item1.Start, t.Item2.End))),
                    Keyword("REPOSITORY"),
                    RepositoryName,
                    WithBroker,
                    Keyword("ON")),
                Keyword("LOCATION"),
                LiteralOf(Expectations.Location),
                Maybe(PropertiesClause))
            .Select(t => (Statement)new CreateRepositoryStatement(NoSpan, t.Item1.Item1, t.Item1.Item3, t.Item1.Item4?.Span,
                t.Item1.Item4?.Broker, TextSpan.FromBounds(t.Item1.Item5.Start, t.Item2.End), t.Item3, t.Item4));

    public static readonly TokenListParser<TokenKind, Statement> DropRepositoryBody =
        RepositoryName.Select(name => (Statement)new DropRepositoryStatement(NoSpan, name));

    /// <summary><c>snapshot ON repo [FORCE]</c>: the snapshot's own name, with no database before it.</summary>
    public static readonly TokenListParser<TokenKind, Statement> DropSnapshotBody =
        Parse.Sequence(NameOf(Expectations.SnapshotName), Keyword("ON"), RepositoryName, MaybeSpan(Keyword("FORCE")))
            .Select(t => (Statement)new DropSnapshotStatement(NoSpan, t.Item1, t.Item3, t.Item4));

    internal static readonly TokenListParser<TokenKind, WhereClause> Where =
        Parse.Sequence(Keyword("WHERE"), TokensUntil(Expectations.Condition, "ORDER", "LIMIT"))
            .Select(t => new WhereClause(t.Item1, t.Item2));

    /// <summary><c>ORDER BY ...</c>: the sort keys run up to a LIMIT, or a WHERE, which is an error there (the clauses come in this order).</summary>
    private static readonly TokenListParser<TokenKind, TextSpan> OrderBy =
        Parse.Sequence(Keyword("ORDER"), Keyword("BY"), TokensUntil(Expectations.SortKey, "LIMIT", "WHERE"))
            .Select(t => TextSpan.FromBounds(t.Item1.Start, t.Item3[^1].Span.End));

    /// <summary><c>LIMIT count [OFFSET skipped]</c> or <c>LIMIT skipped, count</c>.</summary>
    private static readonly TokenListParser<TokenKind, TextSpan> Limit =
        Parse.Sequence(Keyword("LIMIT"), RowCount, MaybeSpan(Keyword("OFFSET").Or(Comma).IgnoreThen(RowCount)))
            .Select(t => TextSpan.FromBounds(t.Item1.Start, (t.Item3 ?? t.Item2).End));

    /// <summary>
    /// What StarRocks takes after every SHOW of the family since 4.1: <c>[WHERE ...] [ORDER BY ...] [LIMIT ...]</c>; the
    /// version rule flags what older releases did not take.
    /// </summary>
    private static readonly TokenListParser<TokenKind, ShowClauses> PredicateClauses =
        Parse.Sequence(Maybe(Where), MaybeSpan(OrderBy), MaybeSpan(Limit))
            .Select(t => new ShowClauses(t.Item1, t.Item2, t.Item3));

    public static readonly TokenListParser<TokenKind, Statement> ShowRepositoriesBody =
        PredicateClauses.Select(clauses => (Statement)new ShowRepositoriesStatement(NoSpan, clauses));

    /// <summary><c>ON repo [WHERE ...] [ORDER BY ...] [LIMIT ...]</c></summary>
    public static readonly TokenListParser<TokenKind, Statement> ShowSnapshotBody =
        Parse.Sequence(Keyword("ON"), RepositoryName, PredicateClauses)
            .Select(t => (Statement)new ShowSnapshotStatement(NoSpan, t.Item2, t.Item3));

    internal static readonly TokenListParser<TokenKind, Name> FromOrInDatabase =
        Keyword("FROM").Or(Keyword("IN")).IgnoreThen(NameOf(Expectations.DatabaseName));

    private static readonly TokenListParser<TokenKind, Name?> FromDatabase = Maybe(FromOrInDatabase);

    public static readonly TokenListParser<TokenKind, Statement> ShowBackupBody =
        Parse.Sequence(FromDatabase, PredicateClauses)
            .Select(t => (Statement)new ShowJobsStatement(NoSpan, JobKind.Backup, t.Item1, t.Item2));

    public static readonly TokenListParser<TokenKind, Statement> ShowRestoreBody =
        Parse.Sequence(FromDatabase, PredicateClauses)
            .Select(t => (Statement)new ShowJobsStatement(NoSpan, JobKind.Restore, t.Item1, t.Item2));

    private static TokenListParser<TokenKind, Statement> CancelBody(JobKind kind) =>
        Parse.Sequence(Keyword("FOR"), Keyword("EXTERNAL"), Keyword("CATALOG"))
            .Select(t => (Statement)new CancelJobStatement(NoSpan, kind, null, TextSpan.FromBounds(t.Item1.Start, t.Item3.End)))
            .Or(FromDatabase.Select(database => (Statement)new CancelJobStatement(NoSpan, kind, database, null)));

    public static readonly TokenListParser<TokenKind, Statement> CancelBackupBody = CancelBody(JobKind.Backup);
    public static readonly TokenListParser<TokenKind, Statement> CancelRestoreBody = CancelBody(JobKind.Restore);
}
