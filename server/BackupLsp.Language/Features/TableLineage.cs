using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Features;

/// <summary>
/// Which table a name stands for at a point of the script. <c>ALTER TABLE t RENAME t2</c> moves a table, partitions and all,
/// to another name, as <c>ALTER MATERIALIZED VIEW mv RENAME mv2</c> moves a materialized view (StarRocks keeps the object and
/// its id, AlterMVJobExecutor.visitTableRenameClause), and <c>ALTER TABLE t SWAP WITH u</c> gives each table the other's
/// name: a partition of t is one of t2 after them. <c>ALTER DATABASE a RENAME b</c> moves a's tables into b, and leaves
/// the name a to another database.
/// <c>CREATE TABLE t2 LIKE t</c> makes another table, whose partitions copy the names of t's. A table is known by the
/// name it and its database have at the script's start, or where a rename left its old name free for another; CREATE and DROP do not
/// tell tables apart (a name's objects are one, as elsewhere in the references), but say whether the table has no
/// PARTITION BY, so that its one partition bears its name.
/// </summary>
internal sealed class TableLineage
{
    /// <summary>One table: its database, the name it had, and where it took that name (-1: before the script).</summary>
    public readonly record struct Table(string? Database, string Name, int Since);

    /// <summary>
    /// A rename of <see cref="Name"/> to <see cref="Other"/>, or a swap of the two, at the document offset where it moves
    /// them (within its statement: see <see cref="MovedAt"/>), made by the statement (or part) at
    /// <see cref="Start"/>: of tables in <see cref="Database"/>, or of a database (<see cref="OfDatabase"/>).
    /// </summary>
    private readonly record struct Move(int Offset, string? Database, string Name, string Other, MadeBy By, bool OfDatabase = false, int Start = -1);

    /// <summary>A CREATE TABLE that copies <see cref="Source"/>, at a document offset.</summary>
    private readonly record struct Copy(int Offset, string? Database, string Name, string? SourceDatabase, string Source);

    /// <summary>
    /// A CREATE TABLE of a name the database lacks, or a DROP TABLE, at a document offset: whether it makes the table without
    /// PARTITION BY, or as a copy (then as its source is).
    /// </summary>
    private readonly record struct Making(int Offset, string? Database, string Name, bool Unpartitioned, bool Copies);

    private readonly ImmutableArray<Move> _moves;
    private readonly ImmutableArray<Copy> _copies;
    private readonly ImmutableArray<Making> _makings;

    private TableLineage(ImmutableArray<Move> moves, ImmutableArray<Copy> copies, ImmutableArray<Making> makings) =>
        (_moves, _copies, _makings) = (moves, copies, makings);

    /// <summary>
    /// Each analysis's lineage, made once: a rename asks for it three times, and a highlight on every cursor move in a
    /// partition, each a walk over every statement's session.
    /// </summary>
    private static readonly ConditionalWeakTable<DocumentAnalysis, TableLineage> Made = new();

    /// <summary>
    /// The renames, swaps, copies, creations and drops of the document's cluster tables (an external catalog's are none of
    /// them). A walk cancelled midway throws, and keeps nothing.
    /// </summary>
    public static TableLineage Of(DocumentAnalysis analysis, CancellationToken cancellationToken) =>
        Made.GetValue(analysis, made => Read(made, cancellationToken));

    private static TableLineage Read(DocumentAnalysis analysis, CancellationToken cancellationToken)
    {
        var moves = ImmutableArray.CreateBuilder<Move>();
        var copies = ImmutableArray.CreateBuilder<Copy>();
        var makings = ImmutableArray.CreateBuilder<Making>();
        // The tables, views and materialized views the script has made so far, under the names they have now: without a
        // catalog that lists their database, the session knows none of them.
        var made = new HashSet<(string? Database, string Name)>();
        var count = 0;
        foreach (var (statement, session) in analysis.StatementsInSessions())
        {
            if (count++ % 256 == 0)
                cancellationToken.ThrowIfCancellationRequested();
            // Most statements are told apart without reading their effect.
            var text = statement.Parsed.Text;
            if (!text.Contains("TABLE", StringComparison.OrdinalIgnoreCase) && !text.Contains("RENAME", StringComparison.OrdinalIgnoreCase)
                && !text.Contains("VIEW", StringComparison.OrdinalIgnoreCase))
                continue;
            foreach (var (partOffset, _, part, partSession) in StatementParts.Of(statement.Parsed, session))
            {
                if (SessionEffect.Of(part) is not { } effect || !effect.InDefaultCatalog(partSession.Catalog))
                    continue;
                var database = effect.Database ?? partSession.Catalog?.DefaultDatabase;
                var at = statement.Start + partOffset;
                // A database's rename, where StarRocks takes it as the session does, moves the database and the tables the
                // script made there.
                if (effect is { Kind: SessionEffectKind.CreateDatabase, Also: { } old })
                {
                    if (SessionContexts.RefusesCreatedDatabase(partSession, effect))
                        continue;
                    moves.Add(new Move(MovedAt(at, part), null, old, effect.Name, MadeBy.Rename, OfDatabase: true, Start: at));
                    foreach (var table in made.Where(table => table.Database == old).ToList())
                    {
                        made.Remove(table);
                        made.Add((effect.Name, table.Name));
                    }
                    continue;
                }
                // A rename onto a name the database has, as the session knows it or the script made it, is refused: the
                // table or materialized view stays where it is, as the session has it.
                if (IsRename(effect))
                {
                    if (Refuses(partSession, database, effect) || made.Contains((database, effect.Name)))
                        continue;
                    moves.Add(new Move(MovedAt(at, part), database, effect.Also!, effect.Name, MadeBy.Rename, Start: at));
                    if (made.Remove((database, effect.Also!)))
                        made.Add((database, effect.Name));
                }
                // A swap where the session's database lacks either table only leaves their partitions unknown there
                // (SessionContexts.WithTablesSwapped): neither table moves.
                else if (effect.Kind == SessionEffectKind.SwapTables)
                {
                    if (database is not null && partSession.Catalog?.FindDatabase(database) is { } known && !SessionContexts.ListsBothTables(known, effect))
                        continue;
                    moves.Add(new Move(MovedAt(at, part), database, effect.Name, effect.Also!, MadeBy.Swap));
                    var (name, other) = (made.Remove((database, effect.Name)), made.Remove((database, effect.Also!)));
                    if (name)
                        made.Add((database, effect.Also!));
                    if (other)
                        made.Add((database, effect.Name));
                }
                else if (effect is { Kind: SessionEffectKind.CreateTable, Copy: { } copy })
                    copies.Add(new Copy(at, database, effect.Name, copy.Database ?? partSession.Catalog?.DefaultDatabase, copy.Table));
                // A CREATE of a name the database has, as the session knows it or the script made it, leaves that object
                // as it is: the first CREATE decides. A RECOVER brings back one whose partitions are not followed here.
                if (effect.Kind == SessionEffectKind.CreateTable && !Refuses(partSession, database, effect) && made.Add((database, effect.Name)))
                    makings.Add(new Making(at, database, effect.Name,
                        !effect.Recovers && effect.Partitions is PartitionsDeclared { Partitioning: TablePartitioning.Unpartitioned }, effect.Copy is not null));
                else if (effect.Kind == SessionEffectKind.DropTable)
                {
                    made.Remove((database, effect.Name));
                    makings.Add(new Making(at, database, effect.Name, Unpartitioned: false, Copies: false));
                }
                // A view or materialized view takes its name among the tables' (a synchronous one is an index of its table).
                else if (effect is { Kind: SessionEffectKind.CreateView or SessionEffectKind.CreateMaterializedView, Also: null, Synchronous: false }
                    && !Refuses(partSession, database, effect))
                    made.Add((database, effect.Name));
                else if (effect.Kind is SessionEffectKind.DropView or SessionEffectKind.DropMaterializedView)
                    made.Remove((database, effect.Name));
            }
        }
        return new TableLineage(moves.DrainToImmutable(), copies.DrainToImmutable(), makings.DrainToImmutable());
    }

    /// <summary>
    /// Whether the effect renames a table or a materialized view (<c>ALTER MATERIALIZED VIEW mv RENAME mv2</c>, read as a
    /// CREATE of mv2 that also names mv), which StarRocks runs by giving the object itself the new name.
    /// </summary>
    internal static bool IsRename(SessionEffect effect) =>
        effect is { Kind: SessionEffectKind.RenameTable } or { Kind: SessionEffectKind.CreateMaterializedView, Also: not null };

    /// <summary>
    /// Whether the session's database has what the CREATE or rename names, so that StarRocks refuses or skips it (see
    /// SessionContexts.Refuses).
    /// </summary>
    private static bool Refuses(AnalysisContext session, string? database, SessionEffect create) =>
        database is not null && session.Catalog?.FindDatabase(database) is { } known && SessionContexts.Refuses(known, create);

    /// <summary>
    /// Where a rename or swap that starts at <paramref name="at"/> moves its tables or database: once it has named them as
    /// they were, at the end of the old name of a rename (its new name names the object after it) or of the other table of a swap.
    /// </summary>
    private static int MovedAt(int at, ParsedStatement part) =>
        SessionEffect.Read(part.OwnText) is (_, { Other: { } other }) ? at + other.Span.End : at;

    /// <summary>
    /// Whether the rename of a table, materialized view or database that starts at <paramref name="at"/> moves it: StarRocks
    /// runs it, as the session has it, and gives the object its new name there.
    /// </summary>
    public bool Renames(int at) => _moves.Any(move => move.By == MadeBy.Rename && move.Start == at);

    /// <summary>
    /// Whether <paramref name="name"/> at <paramref name="offset"/> is a table the script makes without PARTITION BY (or
    /// copies from one), whose one partition bears its name, and takes the new one in a rename or swap.
    /// </summary>
    public bool IsUnpartitioned(string? database, string name, int offset) => IsUnpartitioned(At(database, name, offset), offset);

    private bool IsUnpartitioned(Table table, int offset)
    {
        for (var i = _makings.Length - 1; i >= 0; i--)
            if (_makings[i] is var making && making.Offset < offset && At(making.Database, making.Name, making.Offset + 1) == table)
                return making.Copies
                    ? SourceOf(table, making.Offset + 1) is (var source, var made) && IsUnpartitioned(source, made)
                    : making.Unpartitioned;
        return false;
    }

    /// <summary>The table <paramref name="name"/> stands for in the database at <paramref name="offset"/>: the moves before it are undone one by one.</summary>
    public Table At(string? database, string name, int offset) => AsTable(Undo(database, name, offset, followsTable: true));

    /// <summary>
    /// The name <paramref name="name"/> is in the database at <paramref name="offset"/>, whichever table it stands for: a
    /// rename ends the name it takes away and starts the one it gives, where a swap leaves both names in place, each for
    /// the other table. A name is known as a <see cref="Table"/> is, and is one across its database's renames.
    /// </summary>
    public Table NameAt(string? database, string name, int offset) => AsTable(Undo(database, name, offset, followsTable: false));

    /// <summary>
    /// The names <paramref name="database"/> (as <see cref="DatabaseAt"/> gives it) has from where it takes its name on:
    /// that one and those the renames after it give.
    /// </summary>
    public ImmutableArray<string> NamesOf((string? Database, int Since) database)
    {
        var names = ImmutableArray.CreateBuilder<string>();
        if (database.Database is not { } name)
            return names.DrainToImmutable();
        names.Add(name);
        foreach (var move in _moves)
            if (move is { OfDatabase: true } && move.Offset > database.Since && move.Name == name)
            {
                name = move.Other;
                if (!names.Contains(name))
                    names.Add(name);
            }
        return names.DrainToImmutable();
    }

    private static Table AsTable((string? Database, string? Name, int Since) undone) => new(undone.Database, undone.Name!, undone.Since);

    /// <summary>
    /// The database <paramref name="database"/> stands for at <paramref name="offset"/>, by the name it has at the script's
    /// start or where a rename left its old name free for another, and where it took that name (-1: before the script): only
    /// the databases' renames before it are undone.
    /// </summary>
    public (string? Database, int Since) DatabaseAt(string? database, int offset)
    {
        var (atStart, _, since) = Undo(database, null, offset, followsTable: false);
        return (atStart, since);
    }

    /// <summary>
    /// The moves before <paramref name="offset"/> undone from the last: a database's renames, and the renames and swaps of
    /// the table <paramref name="name"/> where the table is followed (<paramref name="followsTable"/>), or those that end
    /// or start the name where it is not. Where a rename left the database's or table's old name free for another, that is
    /// the one found there, since the rename.
    /// </summary>
    private (string? Database, string? Name, int Since) Undo(string? database, string? name, int offset, bool followsTable)
    {
        for (var i = _moves.Length - 1; i >= 0; i--)
        {
            var move = _moves[i];
            if (move.Offset >= offset)
                continue;
            // Before a database's rename its tables were in the old name's database; one of the old name after it is another.
            if (move.OfDatabase)
            {
                if (database == move.Other)
                    database = move.Name;
                else if (database == move.Name)
                    return (database, name, move.Offset);
            }
            else if (move.Database == database && (name == move.Name || name == move.Other))
            {
                if (followsTable && name == move.Other)
                    name = move.Name;
                else if (move.By == MadeBy.Rename)
                    return (database, name, move.Offset);
                else if (followsTable)
                    name = move.Other;
            }
        }
        return (database, name, -1);
    }

    /// <summary>
    /// The names <paramref name="table"/> has from where it takes its name on: that one and those the renames and swaps
    /// after it give (in whichever database a rename of its database moves it to).
    /// </summary>
    public ImmutableArray<string> NamesOf(Table table)
    {
        var (database, name) = (table.Database, table.Name);
        var names = ImmutableArray.CreateBuilder<string>();
        names.Add(name);
        foreach (var move in _moves)
        {
            if (move.Offset <= table.Since)
                continue;
            if (move.OfDatabase && database == move.Name)
                database = move.Other;
            else if (!move.OfDatabase && move.Database == database && (name == move.Name || (move.By == MadeBy.Swap && name == move.Other)))
            {
                name = name == move.Name ? move.Other : move.Name;
                if (!names.Contains(name))
                    names.Add(name);
            }
        }
        return names.DrainToImmutable();
    }

    /// <summary>The table the CREATE TABLE ... LIKE last before <paramref name="offset"/> that makes <paramref name="copy"/> copies, and where it does, if one does.</summary>
    public (Table Source, int Offset)? SourceOf(Table copy, int offset)
    {
        for (var i = _copies.Length - 1; i >= 0; i--)
            if (_copies[i] is var made && made.Offset < offset && At(made.Database, made.Name, made.Offset + 1) == copy)
                return (At(made.SourceDatabase, made.Source, made.Offset), made.Offset);
        return null;
    }

    /// <summary>The tables a CREATE TABLE ... LIKE makes as copies of <paramref name="source"/>, each with where it is made.</summary>
    public IEnumerable<(Table Copy, int Offset)> CopiesOf(Table source) =>
        _copies.Where(copy => At(copy.SourceDatabase, copy.Source, copy.Offset) == source)
            .Select(copy => (At(copy.Database, copy.Name, copy.Offset + 1), copy.Offset));
}
