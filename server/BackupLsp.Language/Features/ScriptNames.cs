using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Rules;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Features;

/// <summary>How a statement that is no CREATE makes a database or table name: a rename from another name, a swap with another table.</summary>
internal enum MadeBy { Rename, Swap }

/// <summary>A name a rename or swap makes: how, and the old name or the other table.</summary>
internal sealed record MadeFrom(MadeBy By, string Other);

/// <summary>
/// A snapshot a BACKUP takes into a repository, or a database (<see cref="Scope"/> null) or table (in the database
/// <see cref="Scope"/>) a CREATE, rename or swap (<see cref="From"/>) makes, on a 1-based line.
/// </summary>
internal readonly record struct MadeName(string? Scope, string Name, int Line, MadeFrom? From = null)
{
    /// <summary>
    /// A completion item's detail: what the name is (<paramref name="what"/>, in <paramref name="database"/> if any), how and
    /// where the script makes it ("table in db, renamed from old on line 3"). One string per item: a list may have thousands.
    /// </summary>
    public string Detail(string what, string? database = null) => (From, database) switch
    {
        ({ By: MadeBy.Rename, Other: var old }, null) => $"{what}, renamed from {MessageNames.Object(old)} on line {Line}",
        ({ By: MadeBy.Rename, Other: var old }, _) => $"{what} in {MessageNames.Object(database)}, renamed from {MessageNames.Object(old)} on line {Line}",
        ({ Other: var other }, null) => $"{what}, swapped with {MessageNames.Object(other)} on line {Line}",
        ({ Other: var other }, _) => $"{what} in {MessageNames.Object(database)}, swapped with {MessageNames.Object(other)} on line {Line}",
        (null, null) => $"{what}, created on line {Line}",
        _ => $"{what} in {MessageNames.Object(database)}, created on line {Line}",
    };
}

/// <summary>
/// What the statements before a position make that the session's catalog may not hold. The snapshots BACKUPs take (less
/// those a DROP SNAPSHOT after them drops), which the rules let a RESTORE or DROP SNAPSHOT name, are no session state at
/// all; the databases and tables CREATEs make are, but only where the catalog lists them completely (without a catalog,
/// never). Completion offers them and hover explains them, with the line that makes them; and the databases USE switches
/// to, which the script works in though the catalog may not list them.
/// </summary>
internal sealed class ScriptNames
{
    private enum Making { Take, Drop, Database, Table, DropDatabase, DropTable, Use }

    /// <summary>One statement's making, at <see cref="Offset"/> relative to its block.</summary>
    private readonly record struct Made(Making Kind, string? Scope, string Name, int Offset, MadeFrom? From = null);

    /// <summary>A block's makings in order, and a bit per <see cref="Making"/> it has, so that a block without one is passed over.</summary>
    private sealed record BlockMade(Made[] Makings, int Kinds)
    {
        public static BlockMade Of(IEnumerable<Made> makings)
        {
            Made[] all = [.. makings];
            return new BlockMade(all, all.Aggregate(0, (kinds, made) => kinds | Bit(made.Kind)));
        }
    }

    private static int Bit(Making kind) => 1 << (int)kind;

    /// <summary>
    /// What each block's statements make, read once per block: an edit rebuilds only the block it touches, so a keystroke
    /// reads the statements of the cursor's block alone, however long the script.
    /// </summary>
    private static readonly ConditionalWeakTable<StatementBlock, BlockMade> BlockMakings = new();

    private readonly DocumentAnalysis _analysis;
    /// <summary>How many blocks, from the first, hold statements before the position's.</summary>
    private readonly int _blocks;
    /// <summary>Where the position's statement (or part) starts: what starts there or later is not before it.</summary>
    private readonly int _end;

    // Keyed by scope and name, each at the document offset of its last making (their order is that of the offsets); gathered
    // when first asked for, each from the makings of its own kinds: a completion of tables need not go through a script's
    // thousand BACKUPs.
    private Dictionary<(string?, string), int>? _snapshots;
    private Dictionary<(string?, string), int>? _databases;
    private Dictionary<(string?, string), int>? _usedDatabases;
    private Dictionary<(string?, string), int>? _tables;
    private Dictionary<(string?, string), int>? _droppedTables;
    // How the renames and swaps among the makings gathered make their names, by document offset and name (a swap makes two
    // at one offset): few scripts have any, and the names gathered keep only an offset each (a script may make thousands).
    private Dictionary<(int, string), MadeFrom>? _madeFrom;

    private ScriptNames(DocumentAnalysis analysis, int blocks, int end)
    {
        _analysis = analysis;
        _blocks = blocks;
        _end = end;
    }

    /// <summary>The snapshots taken, <see cref="MadeName.Scope"/> their repository, the latest last (a name taken twice at its last BACKUP).</summary>
    public IEnumerable<MadeName> Snapshots => InOrder(TakenSnapshots);

    /// <summary>The databases created, the latest last.</summary>
    public IEnumerable<MadeName> Databases => InOrder(CreatedDatabases);

    /// <summary>
    /// The databases a USE switches to (one StarRocks refuses switches nothing), the latest last, at the last USE of each: the
    /// script works in them, though it may not create them.
    /// </summary>
    public IEnumerable<MadeName> UsedDatabases => InOrder(SwitchedTo);

    /// <summary>The last USE that switches to the database, if one does (see <see cref="UsedDatabases"/>).</summary>
    public MadeName? UsedDatabase(string name) => Find(SwitchedTo, null, name);

    /// <summary>The tables created (or renamed to), the latest last.</summary>
    public IEnumerable<MadeName> Tables => InOrder(CreatedTables);

    /// <summary>The BACKUP that takes the snapshot into the repository, if one does.</summary>
    public MadeName? Taken(string? repository, string snapshot) => Find(TakenSnapshots, repository, snapshot);

    /// <summary>
    /// What the BACKUP that takes the snapshot into the repository puts in it, as far as can be told (read off its tree and
    /// the session it runs in, as the rules read it), and its line; null when no BACKUP before takes it, or the repository
    /// held the snapshot before (that BACKUP then fails, and what the snapshot holds is not known).
    /// </summary>
    public (SnapshotContents.Taken Contents, int Line)? Contents(string repository, string snapshot, StarRocksCatalog? catalog)
    {
        if (catalog?.FindRepository(repository)?.HoldsSnapshot(snapshot) == true || LastTaking(repository, snapshot) is not { } offset
            || _analysis.StatementAt(offset)?.InnermostAt(offset).Parsed.Syntax is not SnapshotJobStatement { Kind: JobKind.Backup, External: null } backup
            || SnapshotContents.Taken.Of(backup, _analysis.SessionAt(offset).Catalog) is not { } contents)
            return null;
        return (contents, LineOf(offset));
    }

    /// <summary>
    /// The external catalogs the BACKUP that takes the snapshot the RESTORE at <paramref name="tokens"/> names puts in it, by
    /// name, and its line; null where no BACKUP before takes it (see <see cref="Contents"/>) or it names none (ALL EXTERNAL CATALOGS).
    /// </summary>
    public (IEnumerable<string> Catalogs, int Line)? RestoredCatalogs(StatementTokens tokens, StarRocksCatalog? catalog) =>
        StatementClues.Repository(tokens, StatementKind.Restore) is { } repository && StatementClues.SnapshotName(tokens) is { } snapshot
            && catalog?.FindRepository(repository)?.HoldsSnapshot(snapshot) != true && LastTaking(repository, snapshot) is { } offset
            && _analysis.StatementAt(offset)?.InnermostAt(offset).Parsed.Syntax is SnapshotJobStatement { Kind: JobKind.Backup, External: { All: false } external }
            ? (external.Catalogs.Select(taken => taken.Name.Value), LineOf(offset)) : null;

    /// <summary>The line of the <c>DROP CATALOG</c> before that drops the catalog, if no CREATE or RESTORE made it again since.</summary>
    public int? DroppedCatalog(string name) => ScriptCatalogs.DroppedBefore(_analysis, name, _end) is { } at ? LineOf(at) : null;

    /// <summary>What the snapshot the RESTORE at <paramref name="tokens"/> names holds, where a BACKUP before it takes it (see <see cref="Contents"/>).</summary>
    public (SnapshotContents.Taken Contents, int Line)? Restored(StatementTokens tokens, StarRocksCatalog? catalog) =>
        StatementClues.Repository(tokens, StatementKind.Restore) is { } repository && StatementClues.SnapshotName(tokens) is { } snapshot
            ? Contents(repository, snapshot, catalog) : null;

    /// <summary>The CREATE DATABASE that makes the database, if one does.</summary>
    public MadeName? Database(string name) => Find(CreatedDatabases, null, name);

    /// <summary>The CREATE TABLE (or rename) that makes the table in the database, if one does.</summary>
    public MadeName? Table(string? database, string name) => Find(CreatedTables, database, name);

    /// <summary>
    /// The partitions of the table in the database, as a CREATE TABLE before the position declares them and the statements
    /// after it keep them (an ADD PARTITION adds one); null where they are not known so: the script makes no such table, or
    /// a statement after its CREATE drops, renames, swaps or restores it, or changes its partitions in a way not followed.
    /// Followed statement by statement, as the session is, in the database of that name at the position under whichever
    /// name a rename gave it before (see StarRocksCatalog.DatabaseIdentity): only a completion in a PARTITION list of such
    /// a table, and a hover on it, ask.
    /// </summary>
    public IReadOnlyList<string>? DeclaredPartitions(string database, string name)
    {
        // Most tables a list names are the catalog's, or no table at all: only one a CREATE makes is followed.
        if (Table(database, name) is null)
            return null;
        var target = _analysis.SessionAt(_end).Catalog?.DatabaseIdentity(database) ?? database;
        bool IsTarget(string named, AnalysisContext session) => (session.Catalog?.DatabaseIdentity(named) ?? named).Equals(target);
        var (made, partitions) = (false, (ImmutableList<string>?)null);
        foreach (var (statement, statementSession) in _analysis.StatementsInSessions(new TextSpan(0, _end)))
            foreach (var (partOffset, _, part, session) in StatementParts.Of(statement.Parsed, statementSession))
            {
                if (statement.Start + partOffset >= _end || SessionEffect.Of(part) is not { } effect)
                    continue;
                // A statement that names no database works in the session's, where one is known.
                var effectDatabase = effect.Database ?? session.Catalog?.DefaultDatabase;
                if (effectDatabase is not null && !IsTarget(effectDatabase, session) && effect.Kind != SessionEffectKind.DropDatabase)
                    continue;
                var onTable = effect.Name == name || (effect.Kind is SessionEffectKind.RenameTable or SessionEffectKind.SwapTables && effect.Also == name);
                (made, partitions) = effect.Kind switch
                {
                    SessionEffectKind.DropDatabase when IsTarget(effect.Name, session) => (false, null),
                    SessionEffectKind.Restore => (made, null),
                    // One of a name the table has already is refused, or skipped IF NOT EXISTS.
                    SessionEffectKind.CreateTable when effect.Name == name => made ? (made, partitions)
                        : (true, effectDatabase is null ? null : DeclaredBy(part, session)),
                    SessionEffectKind.DropTable when onTable => (false, null),
                    SessionEffectKind.RenameTable when onTable => (effect.Name == name, null),
                    SessionEffectKind.PartitionAdded when onTable => (made, partitions?.Add(effect.Also!)),
                    SessionEffectKind.SwapTables or SessionEffectKind.PartitionsChange or SessionEffectKind.PartitionsReplaced
                        or SessionEffectKind.PartitionsDropped or SessionEffectKind.PartitionRenamed when onTable => (made, null),
                    _ => (made, partitions),
                };
            }
        return made ? partitions : null;
    }

    /// <summary>The partitions a CREATE TABLE declares, in order; null for none (a table without a PARTITION clause, LIKE, AS SELECT).</summary>
    private static ImmutableList<string>? DeclaredBy(ParsedStatement creating, AnalysisContext session) =>
        SessionEffect.Read(creating.OwnText, session.Options.Version) is (_, var names, _) && !names.Partitions.IsDefaultOrEmpty
            ? [.. names.Partitions.Select(partition => partition.Name)]
            : null;

    /// <summary>
    /// The database the last BACKUP or RESTORE (<paramref name="kind"/>) before the position works in, under the name it has
    /// at the position, and the line that starts it: the job a SHOW or CANCEL of that kind most likely asks about. Null where there is none, or the last works
    /// on external catalogs or (a RESTORE that names no database) in its snapshot's database, which is not known here.
    /// </summary>
    public (string Database, int Line)? LastJobDatabase(JobKind kind)
    {
        for (var index = _analysis.IndexOfLastStartingAtOrBefore(_end - 1); index >= 0; index--)
        {
            var (span, parsed) = _analysis.StatementAtIndex(index);
            for (var part = parsed.Continuations.Length; part >= 0; part--)
            {
                var (offset, statement) = part == 0 ? (0, parsed) : parsed.Continuations[part - 1];
                if (span.Start + offset >= _end || statement.Job is not { } job || job.Kind != kind)
                    continue;
                if (job.OfExternalCatalogs || (job.Database is null && kind == JobKind.Restore))
                    return null;
                var jobCatalog = StatementParts.Of(parsed, _analysis.StatementSessionAt(span.Start)).ElementAt(part).Session.Catalog;
                if ((job.Database ?? jobCatalog?.BackupDatabase) is not { } database)
                    return null;
                // StarRocks keeps the job by the database's id: under the name a rename since gives it, and none once renamed away.
                var identity = jobCatalog?.DatabaseIdentity(database) ?? database;
                var named = _analysis.SessionAt(_end).Catalog is { } now ? now.NameOf(identity) : database;
                return named is null ? null : (named, LineOf(span.Start + offset));
            }
        }
        return null;
    }

    /// <summary>The last DROP TABLE of the table in the database, unless a CREATE (or rename) after it makes one of that name.</summary>
    public MadeName? DroppedTable(string? database, string name) => Find(_droppedTables ??= Gather(Making.DropTable, undoneBy: Making.Table), database, name);

    private MadeName? Find(Dictionary<(string?, string), int> names, string? scope, string name) =>
        names.TryGetValue((scope, name), out var offset) ? new MadeName(scope, name, LineOf(offset), FromAt(offset, name)) : null;

    private MadeFrom? FromAt(int offset, string name) => _madeFrom?.GetValueOrDefault((offset, name));

    private Dictionary<(string?, string), int> TakenSnapshots => _snapshots ??= Gather(Making.Take, undoneBy: Making.Drop);
    private Dictionary<(string?, string), int> CreatedDatabases => _databases ??= Gather(Making.Database, undoneBy: Making.DropDatabase);
    private Dictionary<(string?, string), int> SwitchedTo => _usedDatabases ??= Gather(Making.Use, undoneBy: Making.DropDatabase);
    private Dictionary<(string?, string), int> CreatedTables => _tables ??= Gather(Making.Table, undoneBy: Making.DropTable, inDatabases: true);

    private IEnumerable<MadeName> InOrder(Dictionary<(string?, string), int> names) =>
        names.OrderBy(n => n.Value).Select(n => new MadeName(n.Key.Item1, n.Key.Item2, LineOf(n.Value), FromAt(n.Value, n.Key.Item2)));

    private int LineOf(int offset) => _analysis.Lines.GetPosition(offset).Line + 1;

    /// <summary>What the statements (and the parts of one after a missing `;`) before the one at <paramref name="offset"/> make.</summary>
    public static ScriptNames Before(DocumentAnalysis analysis, int offset)
    {
        var end = analysis.StatementAt(offset)?.InnermostAt(offset).Start ?? offset;
        var found = analysis.BlockStarts.AsSpan().BinarySearch(end);
        return new ScriptNames(analysis, found >= 0 ? found : ~found, end);
    }

    /// <summary>
    /// What a block makes, where it starts, and how far into it the position is. The whole block's makings, in order, even
    /// for the block the position is in: those of the statements before the position are those before it, and the block's
    /// next completion reads them again.
    /// </summary>
    private (BlockMade Made, int BlockStart, int Limit) Block(int block)
    {
        var start = _analysis.BlockStarts[block];
        return (BlockMakings.TryGetValue(_analysis.Blocks[block], out var made) ? made : ReadBlock(block), start, _end - start);
    }

    /// <summary>Reads a block's makings the first time (apart from <see cref="Block"/>, so that a block read before costs no closure).</summary>
    private BlockMade ReadBlock(int block) => BlockMakings.GetValue(_analysis.Blocks[block], _ => BlockMade.Of(Read(_analysis, block)));

    /// <summary>
    /// Where the last BACKUP that takes the snapshot into the repository names it, unless a DROP SNAPSHOT after it drops
    /// it: found from the end, without gathering every snapshot taken (a completion in a RESTORE's ON list asks for one).
    /// </summary>
    private int? LastTaking(string repository, string snapshot)
    {
        if (_snapshots is { } gathered)
            return gathered.TryGetValue((repository, snapshot), out var known) ? known : null;
        for (var i = _blocks - 1; i >= 0; i--)
        {
            var (block, blockStart, limit) = Block(i);
            if ((block.Kinds & (Bit(Making.Take) | Bit(Making.Drop))) == 0)
                continue;
            for (var m = block.Makings.Length - 1; m >= 0; m--)
            {
                var made = block.Makings[m];
                if (made.Offset < limit && made.Kind is Making.Take or Making.Drop && made.Scope == repository && made.Name == snapshot)
                    return made.Kind == Making.Take ? blockStart + made.Offset : null;
            }
        }
        return null;
    }

    /// <summary>
    /// The names made by makings of <paramref name="kind"/>, less those a later making of <paramref name="undoneBy"/> undoes;
    /// names <paramref name="inDatabases"/> (a table's) go with their database where a rename of it moves it, and with it
    /// where a DROP DATABASE drops it.
    /// </summary>
    private Dictionary<(string?, string), int> Gather(Making kind, Making? undoneBy = null, bool inDatabases = false)
    {
        var names = new Dictionary<(string?, string), int>();
        var kinds = Bit(kind) | (undoneBy is { } undoing ? Bit(undoing) : 0) | (inDatabases ? Bit(Making.Database) | Bit(Making.DropDatabase) : 0);
        for (var i = 0; i < _blocks; i++)
        {
            var (block, blockStart, limit) = Block(i);
            if ((block.Kinds & kinds) == 0)
                continue;
            foreach (var made in block.Makings)
            {
                // A making lies in its statement (or part): one at or past the position's statement is of that or a later one.
                if (made.Offset >= limit)
                    break;
                // A name made again is the latest, at its last making. A rename onto a name made before (and not undone
                // since) is refused, and makes nothing; one that is not leaves its old name free.
                if (made.Kind == kind)
                {
                    if (made.From is { By: MadeBy.Rename, Other: var old })
                    {
                        if (names.ContainsKey((made.Scope, made.Name)))
                            continue;
                        names.Remove((made.Scope, old));
                    }
                    names[(made.Scope, made.Name)] = blockStart + made.Offset;
                    if (made.From is { } from)
                        (_madeFrom ??= [])[(blockStart + made.Offset, made.Name)] = from;
                }
                else if (made.Kind == undoneBy)
                    names.Remove((made.Scope, made.Name));
                else if (inDatabases && made.Kind == Making.DropDatabase)
                    MoveDatabase(names, made.Name, null);
                else if (inDatabases && made is { Kind: Making.Database, From: { By: MadeBy.Rename, Other: var old } })
                    MoveDatabase(names, old, made.Name);
            }
        }
        return names;
    }

    /// <summary>The names in database <paramref name="from"/> moved into <paramref name="to"/>, or dropped where it is null.</summary>
    private static void MoveDatabase(Dictionary<(string?, string), int> names, string from, string? to)
    {
        foreach (var (scope, name) in names.Keys.Where(key => key.Item1 == from).ToList())
        {
            if (to is not null)
                names[(to, name)] = names[(scope, name)];
            names.Remove((scope, name));
        }
    }

    /// <summary>What the statements of the block (and the parts of one after a missing `;`) make, in order, at offsets relative to the block.</summary>
    private static IEnumerable<Made> Read(DocumentAnalysis analysis, int block)
    {
        var statements = analysis.Blocks[block].Statements;
        var index = 0;
        foreach (var session in analysis.SessionsIn(block))
        {
            var statement = statements[index++];
            foreach (var (partOffset, _, part, partSession) in StatementParts.Of(statement.Parsed, session))
            {
                var (made, alsoMade) = Read(part, partSession);
                if (made is { } first)
                    yield return first with { Offset = statement.Span.Start + partOffset + first.Offset };
                if (alsoMade is { } second)
                    yield return second with { Offset = statement.Span.Start + partOffset + second.Offset };
            }
        }
    }

    /// <summary>
    /// What one statement makes, at its offset in the statement: a name, and the other table's of a swap (which is
    /// followed where the session lists both tables).
    /// </summary>
    private static (Made?, Made?) Read(ParsedStatement part, AnalysisContext session)
    {
        var catalog = session.Catalog;
        // A BACKUP or DROP SNAPSHOT that StarRocks refuses (a syntax error, a read-only repository...) changes nothing.
        if (part.Job is { Kind: JobKind.Backup } backup)
            return (StatementChecks.Refuses(part, session) ? null
                : new Made(Making.Take, backup.Repository, backup.SnapshotName, backup.SnapshotNameSpan.Start), null);
        // Only a DROP SNAPSHOT and other SQL (CREATE DATABASE, CREATE TABLE, ALTER ... RENAME, ALTER TABLE ... SWAP WITH, DROP
        // DATABASE, DROP TABLE, USE) make or undo names here: the rest are passed over before their effect is read, which for a
        // RESTORE would parse it again.
        if (part.Kind is not (StatementKind.DropSnapshot or StatementKind.Other) || SessionEffect.Of(part) is not { } effect)
            return (null, null);
        if (effect.Kind == SessionEffectKind.DropSnapshot)
            return (StatementChecks.Refuses(part, session) ? null : new Made(Making.Drop, effect.Also, effect.Name, 0), null);
        // What a CREATE makes in an external catalog is none of the file's names; one that names a word the release reserves
        // makes nothing (see StatementParts).
        if (effect.Kind is not (SessionEffectKind.CreateDatabase or SessionEffectKind.CreateTable or SessionEffectKind.RenameTable
                or SessionEffectKind.SwapTables or SessionEffectKind.DropDatabase or SessionEffectKind.DropTable or SessionEffectKind.UseDatabase)
            || !effect.InDefaultCatalog(catalog) || SessionEffect.Read(part.OwnText, session.Options.Version) is not (_, var names, null))
            return (null, null);
        var at = names.Name.Span.Start;
        // A USE of a database the catalog lacks, among others, is refused and leaves the session where it was.
        if (effect.Kind == SessionEffectKind.UseDatabase)
            return (StatementChecks.Refuses(part, session) ? null : new Made(Making.Use, null, effect.Name, at), null);
        // A CREATE DATABASE or rename StarRocks refuses (or skips IF NOT EXISTS), as navigation takes it, makes nothing.
        if (effect.Kind == SessionEffectKind.CreateDatabase && SessionContexts.RefusesCreatedDatabase(session, effect))
            return (null, null);
        if (effect.Kind is SessionEffectKind.CreateDatabase or SessionEffectKind.DropDatabase)
            return (effect.Kind == SessionEffectKind.DropDatabase ? new Made(Making.DropDatabase, null, effect.Name, at)
                : effect.Also is { } old ? new Made(Making.Database, null, effect.Name, at, new MadeFrom(MadeBy.Rename, old))
                : new Made(Making.Database, null, effect.Name, at), null);
        if ((effect.Database ?? catalog?.DefaultDatabase) is not { } database
            || (effect.Kind is SessionEffectKind.CreateTable or SessionEffectKind.RenameTable && catalog?.FindDatabase(database) is { } held
                && SessionContexts.Refuses(held, effect)))
            return (null, null);
        return effect.Kind switch
        {
            SessionEffectKind.DropTable => (new Made(Making.DropTable, database, effect.Name, at), null),
            SessionEffectKind.RenameTable => (new Made(Making.Table, database, effect.Name, at, new MadeFrom(MadeBy.Rename, effect.Also!)), null),
            SessionEffectKind.SwapTables when SessionContexts.ListsBothTables(catalog?.FindDatabase(database), effect) && effect.Name != effect.Also =>
                (new Made(Making.Table, database, effect.Name, at, new MadeFrom(MadeBy.Swap, effect.Also!)),
                    new Made(Making.Table, database, effect.Also!, at, new MadeFrom(MadeBy.Swap, effect.Name))),
            SessionEffectKind.SwapTables => (null, null),
            _ => (new Made(Making.Table, database, effect.Name, at), null),
        };
    }
}
