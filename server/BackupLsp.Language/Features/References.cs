using System.Collections.Immutable;
using System.Runtime.InteropServices;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Features;

/// <summary>
/// One mention of an object in the document; <see cref="Declares"/>, <see cref="Quoting"/> and <see cref="Ends"/> as in
/// <see cref="NameMention"/>. <see cref="Renames"/> marks the new name a rename StarRocks runs gives a table,
/// materialized view or database, which neither makes nor ends the object (so it declares nothing) but changes it.
/// </summary>
public readonly record struct Reference(TextSpan Span, bool Declares, NameQuoting Quoting, bool Ends = false, bool Renames = false)
{
    /// <summary>Whether the statement changes the object rather than reads it: it makes it, renames it or does away with it.</summary>
    public bool Writes => Declares || Ends || Renames;
}

/// <summary>The object named under the cursor and every mention of it in the document, in document order.</summary>
public sealed record ReferenceResult(NamedObject Object, TextSpan NameSpan, ImmutableArray<Reference> References)
{
    /// <summary>
    /// Where the document makes the object: the CREATE REPOSITORY, CREATE DATABASE, CREATE TABLE (its <c>PARTITION p</c>
    /// too) or CREATE EXTERNAL CATALOG, the ALTER TABLE ... ADD PARTITION, the BACKUP that takes the snapshot, or the RESTORE
    /// that brings a table back under an alias (a table, view, materialized view or function), restores into a database
    /// under one or an external catalog under a new name.
    /// </summary>
    public IEnumerable<Reference> Declarations => References.Where(r => r.Declares);
}

/// <summary>
/// Repositories, snapshots, catalogs, databases, tables and partitions across the statements of one document: what highlighting a name, finding
/// its references and going to its definition read. Of a backup or restore statement that does not parse, only the
/// repository, database and snapshot its keywords place are read, and of other SQL only the names its first words create
/// or use (see <see cref="NameMentions"/>).
/// </summary>
public static class References
{
    /// <summary>The object named under the cursor (or by the name the cursor touches from its end, <c>TO repo|</c>) and where.</summary>
    public static (NamedObject Object, TextSpan Span)? NameAt(DocumentAnalysis analysis, int offset)
    {
        if (analysis.StatementAt(offset) is not { } statement)
            return null;
        var (partOffset, part, session) = PartAt(statement, offset - statement.Start, analysis.StatementSessionAt(offset));
        var relative = offset - statement.Start - partOffset;
        var mentions = ImmutableCollectionsMarshal.AsArray(MentionsOf(part))!;
        var index = Array.FindIndex(mentions, m => m.Span.Contains(relative));
        if (index < 0)
            index = Array.FindIndex(mentions, m => m.Span.End == relative);
        if (index < 0)
            return null;
        var span = mentions[index].Span.Shift(statement.Start + partOffset);
        return ResolveAt(analysis, mentions[index], part, session, span.Start) is { } named ? (named, span) : null;
    }

    /// <summary>The part of the statement (itself, or a statement after a missing `;` in it) <paramref name="relative"/> stands in, and its session.</summary>
    private static (int Offset, ParsedStatement Part, AnalysisContext Session) PartAt(ScriptStatement statement, int relative, AnalysisContext session)
    {
        var found = (0, statement.Parsed, session);
        foreach (var (partOffset, _, part, partSession) in StatementParts.Of(statement.Parsed, session))
            if (relative >= partOffset)
                found = (partOffset, part, partSession);
        return found;
    }

    public static ReferenceResult? Find(DocumentAnalysis analysis, int offset, CancellationToken cancellationToken = default)
    {
        if (NameAt(analysis, offset) is not (var target, var named))
            return null;
        return new ReferenceResult(target, named, Of(analysis, target, named.Start, cancellationToken));
    }

    /// <summary>
    /// Every mention of <paramref name="target"/>, named at <paramref name="at"/>, in the document, in document order: a
    /// table's (a materialized view's) under the name it has there and those a rename or swap gives it (StarRocks keeps the
    /// table, LocalMetastore.renameTable, and the materialized view, AlterMVJobExecutor.visitTableRenameClause), a
    /// database's under those an ALTER DATABASE gives it (LocalMetastore.renameDatabase keeps it, id and all),
    /// and a partition's in its table so named, in the table's database under each name an ALTER DATABASE gives that
    /// (StarRocks keeps the database's id and its tables, LocalMetastore.renameDatabase); a table made under a name a
    /// rename freed is another (see <see cref="TableLineage"/>).
    /// </summary>
    internal static ImmutableArray<Reference> Of(DocumentAnalysis analysis, NamedObject target, int at, CancellationToken cancellationToken = default)
    {
        if (target.Kind is not (NamedObjectKind.Table or NamedObjectKind.Database) && !target.IsPartition)
            return OfName(analysis, target, cancellationToken);
        var lineage = TableLineage.Of(analysis, cancellationToken);
        if (target.Kind == NamedObjectKind.Database)
        {
            var database = lineage.DatabaseAt(target.Name, at);
            return Of(analysis, target, lineage.NamesOf(database), (named, offset) => named.Kind == NamedObjectKind.Database
                && lineage.DatabaseAt(named.Name, offset) == database, cancellationToken);
        }
        if (target.IsPartition)
            return OfPartition(analysis, target, lineage.At(target.Scope, target.Table!, at), lineage, cancellationToken);
        var table = lineage.At(target.Scope, target.Name, at);
        return Of(analysis, target, lineage.NamesOf(table), (named, offset) => named.Kind == NamedObjectKind.Table
            && lineage.At(named.Scope, named.Name, offset) == table, cancellationToken);
    }

    /// <summary>
    /// The mentions of <paramref name="target"/>, named at <paramref name="at"/>, that a rename of it there changes: of a
    /// table, those of the name from the rename that gives it (or the script's start) to the one that takes it away, also
    /// across its database's renames and whichever table a swap puts under it (<see cref="TableLineage.NameAt"/>), so that
    /// the renamed script names the tables it named; of a database, every mention of its name, whichever database it stands
    /// for; of another object, all (<see cref="Of(DocumentAnalysis, NamedObject, int, CancellationToken)"/>).
    /// </summary>
    internal static ImmutableArray<Reference> UnderItsName(DocumentAnalysis analysis, NamedObject target, int at, CancellationToken cancellationToken = default)
    {
        if (target.Kind == NamedObjectKind.Database)
            return OfName(analysis, target, cancellationToken);
        if (target.Kind != NamedObjectKind.Table)
            return Of(analysis, target, at, cancellationToken);
        var lineage = TableLineage.Of(analysis, cancellationToken);
        var name = lineage.NameAt(target.Scope, target.Name, at);
        return Of(analysis, target, [target.Name], (named, offset) => named.Kind == NamedObjectKind.Table
            && lineage.NameAt(named.Scope, named.Name, offset) == name, cancellationToken);
    }

    /// <summary>Every mention of the object of <paramref name="target"/>'s kind, name and scope, whatever a rename gives or takes.</summary>
    private static ImmutableArray<Reference> OfName(DocumentAnalysis analysis, NamedObject target, CancellationToken cancellationToken) =>
        Of(analysis, target, [target.Name], (named, _) => named == target, cancellationToken);

    /// <summary>
    /// Every mention of a table of <paramref name="target"/>'s name, whichever table it is, in the database it is named in
    /// at <paramref name="at"/>, under each name an ALTER DATABASE gives that: a table of a new database of the old name is another.
    /// </summary>
    internal static ImmutableArray<Reference> OfTableName(DocumentAnalysis analysis, NamedObject target, int at, CancellationToken cancellationToken)
    {
        var lineage = TableLineage.Of(analysis, cancellationToken);
        var database = lineage.DatabaseAt(target.Scope, at);
        return Of(analysis, target, [target.Name], (named, offset) => named with { Scope = null } == target with { Scope = null }
            && lineage.DatabaseAt(named.Scope, offset) == database, cancellationToken);
    }

    /// <summary>Every mention of the partition of <paramref name="target"/>'s kind and name in <paramref name="table"/>, in document order.</summary>
    internal static ImmutableArray<Reference> OfPartition(DocumentAnalysis analysis, NamedObject target, TableLineage.Table table, TableLineage lineage,
        CancellationToken cancellationToken = default) =>
        Of(analysis, target, [target.Name], (named, offset) => named with { Table = null, Scope = null } == target with { Table = null, Scope = null }
            && lineage.At(named.Scope, named.Table!, offset) == table, cancellationToken);

    /// <summary>
    /// The mentions named as <paramref name="target"/> is under one of <paramref name="names"/> (its own among them) that
    /// <paramref name="matches"/> takes, given what each resolves to and where.
    /// </summary>
    private static ImmutableArray<Reference> Of(DocumentAnalysis analysis, NamedObject target, ImmutableArray<string> names, Func<NamedObject, int, bool> matches,
        CancellationToken cancellationToken)
    {
        var references = ImmutableArray.CreateBuilder<Reference>();
        foreach (var (mention, part, session, start) in NamedAs(analysis, target, names, cancellationToken))
        {
            if (ResolveAt(analysis, mention, part, session, start + mention.Span.Start, cancellationToken) is not { } named
                || !matches(named, start + mention.Span.Start))
                continue;
            // A mention of the one partition of a table without PARTITION BY reads the table: it neither makes nor ends it;
            // nor does a rename that leaves the object it names as it was make its new name or end its old one, nor a CREATE
            // DATABASE of one that exists make it, though the new name a table's, materialized view's or database's rename
            // gives, where StarRocks runs it, changes the object.
            var keeps = (mention.Declares || mention.Ends) && KeepsObject(part, session);
            var asWritten = named.Kind == mention.Kind && !keeps;
            var declares = asWritten && mention.Declares && !(mention.RestoredInto && session.Catalog?.FindDatabase(named.Name) is not null);
            var renames = keeps && mention is { Declares: true, Kind: NamedObjectKind.Table or NamedObjectKind.Database } && named.Kind == mention.Kind
                && TableLineage.Of(analysis, cancellationToken).Renames(start);
            references.Add(new Reference(mention.Span.Shift(start), declares, mention.Quoting, asWritten && mention.Ends, renames));
        }
        return references.DrainToImmutable();
    }

    /// <summary>
    /// Where a name that reads as the object's is read as a mention of some object, whatever it resolves to (an external
    /// catalog's database of the same name, say): such a word is no mention left unread.
    /// </summary>
    internal static HashSet<int> ReadMentions(DocumentAnalysis analysis, NamedObject target) =>
        [.. NamedAs(analysis, target, [target.Name], CancellationToken.None).Select(found => found.Start + found.Mention.Span.Start)];

    /// <summary>
    /// Whether <paramref name="part"/> is a rename that leaves the object it names as it was: a table's, materialized
    /// view's or database's, which StarRocks either refuses or runs by giving the object itself the new name
    /// (LocalMetastore.renameTable, AlterMVJobExecutor.visitTableRenameClause, LocalMetastore.renameDatabase; see
    /// <see cref="TableLineage"/>), and one StarRocks refuses, as the session applies it (SessionContexts), of a partition that its
    /// table, known to be partitioned by RANGE, cannot take (onto a name taken, or of a partition it lacks); or a CREATE or
    /// RECOVER DATABASE StarRocks refuses where the database exists, which names the one that exists and makes none, or of
    /// a name it refuses, which makes none (SessionContexts.RefusesCreatedDatabase); or a CREATE EXTERNAL CATALOG it
    /// refuses, which names the catalog and makes none.
    /// </summary>
    private static bool KeepsObject(ParsedStatement part, AnalysisContext session)
    {
        if (SessionEffect.Of(part) is not { } effect)
            return false;
        if (TableLineage.IsRename(effect) || effect is { Kind: SessionEffectKind.CreateDatabase, Also: not null })
            return true;
        var catalog = session.Catalog;
        var database = (effect.Database ?? catalog?.DefaultDatabase) is { } name ? catalog?.FindDatabase(name) : null;
        return effect switch
        {
            { Kind: SessionEffectKind.CreateDatabase } => SessionContexts.RefusesCreatedDatabase(session, effect),
            { Kind: SessionEffectKind.CreateCatalog } => !effect.MakesCatalog(session.Options.Version),
            { Kind: SessionEffectKind.PartitionRenamed, Partitions: PartitionRename rename } =>
                database?.Tables?.GetValueOrDefault(effect.Name) is { Partitioning: TablePartitioning.Range, Partitions: not null } table
                && ReferenceEquals(rename.ApplyTo(table), table),
            _ => false,
        };
    }

    /// <summary>
    /// Every mention in the document whose name reads as <paramref name="target"/>'s, with the statement (or the part after
    /// a missing `;`) it stands in, its session and where it starts.
    /// </summary>
    private static IEnumerable<(NameMention Mention, ParsedStatement Part, AnalysisContext Session, int Start)> NamedAs(DocumentAnalysis analysis, NamedObject target,
        ImmutableArray<string> names, CancellationToken cancellationToken)
    {
        var count = 0;
        foreach (var (other, session) in analysis.StatementsInSessions())
        {
            if (count++ % 256 == 0)
                cancellationToken.ThrowIfCancellationRequested();
            var parsed = other.Parsed;
            if (!MayMentionAny(parsed.Text, target, names))
                continue;
            if (parsed.Continuations.IsEmpty)
            {
                foreach (var mention in MentionsOf(parsed))
                    if (ReadsAsAny(mention, target, names))
                        yield return (mention, parsed, session, other.Start);
                continue;
            }
            foreach (var (partOffset, _, part, partSession) in StatementParts.Of(parsed, session))
                foreach (var mention in MentionsOf(part))
                    if (ReadsAsAny(mention, target, names))
                        yield return (mention, part, partSession, other.Start + partOffset);
        }
    }

    /// <summary>Whether the mention's name reads as the target's under one of <paramref name="names"/>.</summary>
    private static bool ReadsAsAny(NameMention mention, NamedObject target, ImmutableArray<string> names)
    {
        foreach (var name in names)
            if (ReadsAs(mention, target with { Name = name }))
                return true;
        return false;
    }

    /// <summary>
    /// Whether the mention's name reads as the target's: for a table, a partition's in any case too, as the one partition of
    /// a table without PARTITION BY is the table's (see <see cref="ResolveAt"/>).
    /// </summary>
    private static bool ReadsAs(NameMention mention, NamedObject target) =>
        target.IsNamed(mention.Name)
        || (target.Kind == NamedObjectKind.Table && mention.Kind == NamedObjectKind.Partition && mention.Name.Equals(target.Name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Made once per parse and kept with it: a highlight on every cursor move reads no tree twice.</summary>
    private static ImmutableArray<NameMention> MentionsOf(ParsedStatement parsed) =>
        parsed.Memo(ref parsed.Mentions, p => new Mentions(NameMentions.Of(p))).All;

    private sealed record Mentions(ImmutableArray<NameMention> All);

    /// <summary>
    /// The object the mention at <paramref name="at"/> names: as <see cref="Resolve"/> reads it; for a SHOW BACKUP's or
    /// SHOW RESTORE's filter, which names a snapshot of no repository, the snapshot of the job the SHOW lists (see
    /// <see cref="ShownJobs"/>); for the partition of a table the script makes without PARTITION BY, which bears the table's
    /// name and takes its new one in a rename, the table.
    /// </summary>
    private static NamedObject? ResolveAt(DocumentAnalysis analysis, NameMention mention, ParsedStatement part, AnalysisContext session, int at,
        CancellationToken cancellationToken = default) =>
        Resolve(mention, part.IsFamily, session) is not { } named ? null
        : named is { Kind: NamedObjectKind.Snapshot, Scope: null } && mention.Job is { } shown
            ? named with { Scope = ShownJobs.Of(analysis, cancellationToken).Repository(shown, ShownJobs.Identity(mention.ShownFrom, session.Catalog), named.Name, at) }
        : named is { Kind: NamedObjectKind.Partition, Table: { } table } && named.IsNamed(table)
            && TableLineage.Of(analysis, cancellationToken).IsUnpartitioned(named.Scope, table, at)
            ? new NamedObject(NamedObjectKind.Table, table, named.Scope)
        : named;

    /// <summary>
    /// The object the mention names in its session; null for a database, table or partition of an external catalog (named
    /// as `hive.db`, or by other SQL in a session SET CATALOG moved there), which is none of the cluster's, nor this
    /// script's to rename. A backup or restore statement (<paramref name="family"/>) names the cluster's whatever the
    /// session's catalog, and where it names no database, the session's (<see cref="StarRocksCatalog.BackupDatabase"/>).
    /// Repositories, snapshots and catalogs are the cluster's whatever the session's catalog.
    /// </summary>
    private static NamedObject? Resolve(NameMention mention, bool family, AnalysisContext context) =>
        mention.Kind is not (NamedObjectKind.Repository or NamedObjectKind.Snapshot or NamedObjectKind.Catalog)
            && (mention.Catalog ?? (family ? null : context.Catalog?.ExternalCatalog)) is { } catalog && !SessionEffect.IsDefaultCatalog(catalog)
            ? null
            : new(mention.Kind, mention.Name, mention.DefaultScope ? context.Catalog?.BackupDatabase : mention.Scope, mention.Table);

    /// <summary>Whether a statement's text may hold the object's name under one of <paramref name="names"/> (see <see cref="MayMention"/>).</summary>
    private static bool MayMentionAny(string text, NamedObject target, ImmutableArray<string> names)
    {
        foreach (var name in names)
            if (MayMention(text, target with { Name = name }))
                return true;
        return false;
    }

    /// <summary>
    /// Whether a statement's text may hold the object's name: a plain search skips most statements of a large script
    /// unparsed. A name is written otherwise than it reads only through an escape (a backslash, or a doubled quote or
    /// backtick), so a statement with one is always read.
    /// </summary>
    internal static bool MayMention(string text, NamedObject target) =>
        text.Contains(target.Name, target.NameComparison)
        || text.Contains('\\') || text.Contains("``", StringComparison.Ordinal)
        || text.Contains("''", StringComparison.Ordinal) || text.Contains("\"\"", StringComparison.Ordinal);
}
