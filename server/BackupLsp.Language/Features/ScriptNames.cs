using System.Runtime.CompilerServices;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Features;

/// <summary>A snapshot a BACKUP takes into a repository, or a database (<see cref="Scope"/> null) or table (in the database <see cref="Scope"/>) a CREATE makes, on a 1-based line.</summary>
internal readonly record struct MadeName(string? Scope, string Name, int Line);

/// <summary>
/// What the statements before a position make that the session's catalog may not hold. The snapshots BACKUPs take (less
/// those a DROP SNAPSHOT after them drops), which the rules let a RESTORE or DROP SNAPSHOT name, are no session state at
/// all; the databases and tables CREATEs make are, but only where the catalog lists them completely (without a catalog,
/// never). Completion offers them and hover explains them, with the line that makes them.
/// </summary>
internal sealed class ScriptNames
{
    private enum Making { Take, Drop, Database, Table }

    /// <summary>One statement's making, at <see cref="Offset"/> relative to its block.</summary>
    private readonly record struct Made(Making Kind, string? Scope, string Name, int Offset);

    /// <summary>
    /// What each block's statements make, read once per block: an edit rebuilds only the block it touches, so a keystroke
    /// reads the statements of the cursor's block alone, however long the script.
    /// </summary>
    private static readonly ConditionalWeakTable<StatementBlock, Made[]> BlockMakings = new();

    // Keyed by scope and name, each at the document offset that makes it and in the order made.
    private readonly Dictionary<(string?, string), (int Offset, int Order)> _snapshots = [];
    private readonly Dictionary<(string?, string), (int Offset, int Order)> _databases = [];
    private readonly Dictionary<(string?, string), (int Offset, int Order)> _tables = [];
    private readonly DocumentAnalysis _analysis;
    private int _made;

    private ScriptNames(DocumentAnalysis analysis) => _analysis = analysis;

    /// <summary>The snapshots taken, <see cref="MadeName.Scope"/> their repository, the latest last (a name taken twice at its last BACKUP).</summary>
    public IEnumerable<MadeName> Snapshots => InOrder(_snapshots);

    /// <summary>The databases created, the latest last.</summary>
    public IEnumerable<MadeName> Databases => InOrder(_databases);

    /// <summary>The tables created (or renamed to), the latest last.</summary>
    public IEnumerable<MadeName> Tables => InOrder(_tables);

    /// <summary>The BACKUP that takes the snapshot into the repository, if one does.</summary>
    public MadeName? Taken(string? repository, string snapshot) =>
        _snapshots.TryGetValue((repository, snapshot), out var taken) ? new MadeName(repository, snapshot, LineOf(taken.Offset)) : null;

    private IEnumerable<MadeName> InOrder(Dictionary<(string?, string), (int Offset, int Order)> names) =>
        names.OrderBy(n => n.Value.Order).Select(n => new MadeName(n.Key.Item1, n.Key.Item2, LineOf(n.Value.Offset)));

    private int LineOf(int offset) => _analysis.Lines.GetPosition(offset).Line + 1;

    /// <summary>What the statements (and the parts of one after a missing `;`) before the one at <paramref name="offset"/> make.</summary>
    public static ScriptNames Before(DocumentAnalysis analysis, int offset)
    {
        var end = analysis.StatementAt(offset)?.InnermostAt(offset).Start ?? offset;
        var names = new ScriptNames(analysis);
        for (var block = 0; block < analysis.Blocks.Length && analysis.BlockStarts[block] < end; block++)
        {
            var start = analysis.BlockStarts[block];
            var statements = analysis.Blocks[block].Statements;
            var whole = statements.IsEmpty || start + statements[^1].Span.End <= end;
            var makings = whole ? BlockMakings.GetValue(analysis.Blocks[block], _ => [.. Read(analysis, block, int.MaxValue)]) : Read(analysis, block, end - start);
            foreach (var made in makings)
                names.Apply(made, start);
        }
        return names;
    }

    private void Apply(Made made, int blockStart)
    {
        var key = (made.Scope, made.Name);
        var dictionary = made.Kind switch { Making.Take or Making.Drop => _snapshots, Making.Database => _databases, _ => _tables };
        // A name made again is the latest, at its last making.
        dictionary.Remove(key);
        if (made.Kind != Making.Drop)
            dictionary[key] = (blockStart + made.Offset, _made++);
    }

    /// <summary>What the statements of the block make, those (and parts) that start before <paramref name="end"/> (relative to the block).</summary>
    private static IEnumerable<Made> Read(DocumentAnalysis analysis, int block, int end)
    {
        var statements = analysis.Blocks[block].Statements;
        var index = 0;
        foreach (var session in analysis.SessionsIn(block))
        {
            var statement = statements[index++];
            if (statement.Span.Start >= end)
                yield break;
            foreach (var (partOffset, _, part, partSession) in StatementParts.Of(statement.Parsed, session))
            {
                var start = statement.Span.Start + partOffset;
                if (start >= end)
                    yield break;
                if (Read(part, partSession) is { } made)
                    yield return made with { Offset = start + made.Offset };
            }
        }
    }

    /// <summary>What one statement makes, at its offset in the statement.</summary>
    private static Made? Read(ParsedStatement part, AnalysisContext session)
    {
        var catalog = session.Catalog;
        // StarRocks refuses a BACKUP to, or a DROP SNAPSHOT from, a read-only repository: it changes nothing.
        if (part.Job is { Kind: JobKind.Backup } backup)
            return catalog?.FindRepository(backup.Repository)?.ReadOnly == true ? null
                : new Made(Making.Take, backup.Repository, backup.SnapshotName, backup.SnapshotNameSpan.Start);
        if (SessionEffect.Of(part) is not { } effect)
            return null;
        if (effect.Kind == SessionEffectKind.DropSnapshot)
            return catalog?.FindRepository(effect.Also!)?.ReadOnly == true ? null : new Made(Making.Drop, effect.Also, effect.Name, 0);
        // What a CREATE makes in an external catalog is none of the file's names.
        if (effect.Kind is not (SessionEffectKind.CreateDatabase or SessionEffectKind.CreateTable or SessionEffectKind.RenameTable)
            || !effect.InDefaultCatalog(catalog) || SessionEffect.Read(part.OwnText) is not (_, var names))
            return null;
        if (effect.Kind == SessionEffectKind.CreateDatabase)
            return new Made(Making.Database, null, effect.Name, names.Name.Span.Start);
        return (effect.Database ?? catalog?.DefaultDatabase) is { } database ? new Made(Making.Table, database, effect.Name, names.Name.Span.Start) : null;
    }
}
