using System.Collections.Immutable;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Syntax;

// The syntax tree of one statement. Spans are relative to the start of the statement, so that a statement
// moved by an edit elsewhere keeps its tree (see StatementCache); add the statement's start for document offsets.

public enum NameQuoting
{
    Bare,
    /// <summary>A bare word from StarRocks' reserved set: accepted here only to report it precisely.</summary>
    ReservedWord,
    Backtick,
    /// <summary>A quoted string where a name is expected (partition names allow it).</summary>
    String,
}

/// <summary>One identifier: <see cref="Value"/> is what StarRocks sees (quotes and escapes removed).</summary>
public sealed record Name(string Value, TextSpan Span, NameQuoting Quoting)
{
    public override string ToString() => Value;
}

public sealed record QualifiedName(ImmutableArray<Name> Parts)
{
    public TextSpan Span => TextSpan.FromBounds(Parts[0].Span.Start, Parts[^1].Span.End);
    public Name Last => Parts[^1];
    public override string ToString() => string.Join('.', Parts.Select(p => p.Value));
}

/// <summary>A value where StarRocks wants a quoted string; <see cref="IsQuoted"/> is false for a bare number or word.</summary>
public sealed record Literal(string Value, TextSpan Span, bool IsQuoted)
{
    /// <summary>The quote the string was written in (a double quote for a literal not quoted).</summary>
    public char Quote { get; init; } = '"';

    /// <summary><paramref name="value"/> as a string in this literal's quote, so that a fix keeps the person's style (in double quotes where it holds the single one).</summary>
    public string Requoted(string value) => Quote == '\'' && !value.Contains('\'') ? $"'{value}'" : $"\"{value}\"";
}

public sealed record Property(Literal Key, Literal Value)
{
    public TextSpan Span => TextSpan.FromBounds(Key.Span.Start, Value.Span.End);
}

public sealed record PropertyList(TextSpan KeywordSpan, ImmutableArray<Property> Properties, TextSpan Span);

/// <summary><c>AS name</c>.</summary>
public sealed record Alias(TextSpan AsSpan, Name Name)
{
    public TextSpan Span => TextSpan.FromBounds(AsSpan.Start, Name.Span.End);
}

/// <summary>A partition name, or the meaningless <c>col = value</c> form (then <see cref="Value"/> is set).</summary>
public sealed record PartitionRef(Name Name, Literal? Value)
{
    public TextSpan Span => Value is null ? Name.Span : TextSpan.FromBounds(Name.Span.Start, Value.Span.End);
}

public sealed record PartitionClause(
    TextSpan? TemporarySpan, TextSpan KeywordSpan, bool Parenthesized, ImmutableArray<PartitionRef> Partitions, TextSpan Span);

public enum ObjectKind
{
    Table,
    View,
    MaterializedView,
    Function,
    /// <summary>A PARTITION clause with no table before it.</summary>
    MissingTable,
}

/// <summary>
/// One entry of <c>ON (...)</c>. <see cref="KeywordSpan"/> covers the leading keywords (<c>ALL TABLES</c>,
/// <c>MATERIALIZED VIEW</c>) when there are any. <see cref="Name"/> is null for <c>ALL ...</c> and for a missing table.
/// </summary>
public sealed record ObjectDesc(
    ObjectKind Kind, TextSpan? KeywordSpan, bool All, QualifiedName? Name, PartitionClause? Partitions, Alias? Alias, TextSpan Span);

public sealed record ObjectList(TextSpan OnSpan, ImmutableArray<ObjectDesc> Objects, TextSpan Span);

public sealed record CatalogRef(Name Name, Alias? Alias)
{
    public TextSpan Span => TextSpan.FromBounds(Name.Span.Start, (Alias?.Span ?? Name.Span).End);
}

/// <summary><c>ALL EXTERNAL CATALOGS</c> (<see cref="All"/>) or <c>EXTERNAL CATALOG(S) (c1, c2)</c>.</summary>
public sealed record ExternalCatalogClause(bool All, ImmutableArray<CatalogRef> Catalogs, TextSpan Span);

public sealed record DatabaseClause(TextSpan KeywordSpan, Name Name, Alias? Alias)
{
    public TextSpan Span => TextSpan.FromBounds(KeywordSpan.Start, (Alias?.Span ?? Name.Span).End);
}

/// <summary>A WHERE condition, kept as its tokens: the rules that care check its shape.</summary>
public sealed record WhereClause(TextSpan KeywordSpan, ImmutableArray<SyntaxToken> Condition)
{
    public TextSpan Span => TextSpan.FromBounds(KeywordSpan.Start, Condition[^1].Span.End);
}

/// <summary>
/// What may follow a SHOW of the family: <c>[WHERE ...] [ORDER BY ...] [LIMIT ...]</c>. The condition is kept as tokens
/// for the rules that check it; of the ORDER BY and LIMIT clauses, only where they are.
/// </summary>
public sealed record ShowClauses(WhereClause? Where, TextSpan? OrderBy, TextSpan? Limit);

public enum JobKind
{
    Backup,
    Restore,
}

public abstract record Statement(TextSpan Span);

/// <summary>BACKUP or RESTORE: one shape, since they share every clause (the rules tell them apart).</summary>
public sealed record SnapshotJobStatement(
    TextSpan Span,
    JobKind Kind,
    ExternalCatalogClause? External,
    DatabaseClause? Database,
    QualifiedName Snapshot,
    Name Repository,
    ObjectList? On,
    PropertyList? Properties) : Statement(Span)
{
    /// <summary>The database the statement names, if any: <c>db.snap</c> or <c>DATABASE db</c>.</summary>
    public Name? NamedDatabase =>
        Database?.Name ?? (Snapshot.Parts.Length >= 2 ? Snapshot.Parts[0] : null);

    /// <summary>
    /// The database the job works in, if the statement names it: a RESTORE's <c>DATABASE db AS db2</c> restores into db2
    /// (an alias in a BACKUP is an error, and its database is the one named).
    /// </summary>
    public Name? JobDatabase => (Kind == JobKind.Restore ? Database?.Alias?.Name : null) ?? NamedDatabase;
}

/// <summary><see cref="LocationKeywordSpan"/> covers both words of <c>ON LOCATION</c>.</summary>
public sealed record CreateRepositoryStatement(
    TextSpan Span,
    TextSpan? ReadOnlySpan,
    Name Name,
    TextSpan? WithBrokerSpan,
    Name? Broker,
    TextSpan LocationKeywordSpan,
    Literal Location,
    PropertyList? Properties) : Statement(Span);

public sealed record DropRepositoryStatement(TextSpan Span, Name Name) : Statement(Span);

/// <summary><c>DROP SNAPSHOT snapshot ON repository [FORCE]</c> (StarRocks 4.2 and later).</summary>
public sealed record DropSnapshotStatement(TextSpan Span, Name Snapshot, Name Repository, TextSpan? ForceSpan) : Statement(Span);

public sealed record ShowRepositoriesStatement(TextSpan Span, ShowClauses Clauses) : Statement(Span);

public sealed record ShowSnapshotStatement(TextSpan Span, Name Repository, ShowClauses Clauses) : Statement(Span);

public sealed record ShowJobsStatement(TextSpan Span, JobKind Kind, Name? Database, ShowClauses Clauses) : Statement(Span);

public sealed record CancelJobStatement(TextSpan Span, JobKind Kind, Name? Database, TextSpan? ForExternalCatalogSpan)
    : Statement(Span);
