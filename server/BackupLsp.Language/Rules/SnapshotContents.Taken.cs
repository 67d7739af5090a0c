using BackupLsp.Language.Catalog;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Rules;

internal static partial class SnapshotContents
{
    /// <summary>
    /// What a BACKUP puts in its snapshot, as far as can be told: the tables its ON list names (views and materialized
    /// views are tables of a snapshot too), each with its partitions where known, and its functions; and the kinds it takes
    /// whole (all of them without ON, or ALL of a kind), looked up in <see cref="_database"/>, the database as the session
    /// has it when the BACKUP runs. Nothing is gathered until a RESTORE names what is not there.
    /// </summary>
    internal sealed class Taken
    {
        private readonly DatabaseInfo? _database;
        private readonly Dictionary<string, PartitionNames?> _tables = new(StringComparer.Ordinal);
        /// <summary>The tables of <see cref="_tables"/> whose partitions are told in their own case, as the snapshot keeps them.</summary>
        private readonly HashSet<string> _partitionsInTheirCase = new(StringComparer.Ordinal);
        /// <summary>The kind each table of <see cref="_tables"/> is named as (VIEW v, MATERIALIZED VIEW mv, or a table).</summary>
        private readonly Dictionary<string, ObjectKind> _namedAs = new(StringComparer.Ordinal);
        private readonly HashSet<string> _functions = new(StringComparer.OrdinalIgnoreCase);
        private bool _allTables, _allViews, _allMaterializedViews, _allFunctions;

        private Taken(DatabaseInfo? database, string? databaseName)
        {
            _database = database;
            Database = databaseName;
        }

        /// <summary>The database the snapshot is taken of, which a RESTORE names after DATABASE; null where not told.</summary>
        public string? Database { get; }

        public static Taken? Of(SnapshotJobStatement backup, StarRocksCatalog? session)
        {
            var taken = new Taken(CatalogRules.DatabaseOf(session, backup), DatabaseTaken(backup, session));
            // BackupRestoreAnalyzer takes every table, view, materialized view (unless the cluster's configuration skips
            // them: such a name is taken as maybe there) and function of the database when ON is absent.
            if (backup.On is not { Objects: var objects })
            {
                taken._allTables = taken._allViews = taken._allMaterializedViews = taken._allFunctions = true;
                return taken;
            }
            if (objects.Any(o => o.Partitions is { Parenthesized: false }))
                return null;
            // ALL of a kind adds the database's objects of that kind that the list does not name.
            foreach (var item in objects)
                if (item.All)
                    taken.TakeAll(item.Kind);
                else if (item.Name?.Last.Value is { Length: > 0 } name && item.Kind == ObjectKind.Function)
                    taken._functions.Add(name);
                else if (item.Name?.Last.Value is { Length: > 0 } table && item.Kind != ObjectKind.MissingTable)
                {
                    if (taken._tables.TryAdd(table, item.Partitions is { } clause ? taken.Named(table, clause) : taken.WholeTable(table))
                        && taken.PartitionsOf(table) is not null)
                        taken._partitionsInTheirCase.Add(table);
                    taken._namedAs.TryAdd(table, item.Kind);
                }
            return taken;
        }

        private void TakeAll(ObjectKind kind)
        {
            switch (kind)
            {
                case ObjectKind.Table: _allTables = true; break;
                case ObjectKind.View: _allViews = true; break;
                case ObjectKind.MaterializedView: _allMaterializedViews = true; break;
                default: _allFunctions = true; break;
            }
        }

        /// <summary>Whether every table of the snapshot is told: each kind taken whole is listed in the catalog.</summary>
        public bool TablesKnown =>
            !((_allTables && _database?.Tables is null) || (_allViews && _database?.Views is null)
                || (_allMaterializedViews && _database?.MaterializedViews is null));

        /// <summary>
        /// Whether the snapshot holds the table, and its partitions where known, and whether in their own case (StarRocks
        /// looks a partition up in a snapshot as written); found, when that cannot be told.
        /// </summary>
        public (bool Found, PartitionNames? Partitions, bool InTheirCase) Table(string name)
        {
            if (_tables.TryGetValue(name, out var partitions))
                return (true, partitions, _partitionsInTheirCase.Contains(name));
            if (!TablesKnown)
                return (true, null, false);
            if (_allTables && _database!.Tables!.ContainsKey(name))
                return (true, WholeTable(name), true);
            var found = (_allViews && _database!.Views!.Value.Contains(name)) || (_allMaterializedViews && _database!.MaterializedViews!.Value.Contains(name));
            return (found, null, false);
        }

        /// <summary>Whether every function of the snapshot is told.</summary>
        public bool FunctionsKnown => !_allFunctions || _database?.Functions is not null;

        /// <summary>Whether the snapshot holds the function; null when that cannot be told.</summary>
        public bool? HasFunction(string name) =>
            _functions.Contains(name) ? true
            : !_allFunctions ? false
            : _database?.Functions is { } functions ? functions.Contains(name, StringComparer.OrdinalIgnoreCase) : null;

        /// <summary>The snapshot's tables, views and materialized views, those its BACKUP names first; complete where <see cref="TablesKnown"/>.</summary>
        public IEnumerable<string> Tables() =>
            _tables.Keys
                .Concat(_allTables ? _database?.Tables?.Keys ?? [] : [])
                .Concat(_allViews ? _database?.Views ?? [] : [])
                .Concat(_allMaterializedViews ? _database?.MaterializedViews ?? [] : [])
                .Distinct(StringComparer.Ordinal);

        /// <summary>
        /// The snapshot's views or materialized views (<paramref name="kind"/>): the tables its BACKUP names as such, or
        /// that the database lists so; complete where <see cref="TablesKnown"/>.
        /// </summary>
        public IEnumerable<string> Tables(ObjectKind kind) => Tables().Where(table => KindOf(table) == kind);

        private ObjectKind KindOf(string table) =>
            _namedAs.TryGetValue(table, out var named) && named != ObjectKind.Table ? named
            : (_database is null ? null : CatalogRules.TableLikeKind(_database, table)) ?? ObjectKind.Table;

        public IEnumerable<string> Functions() => _functions.Concat(_allFunctions ? _database!.Functions!.Value : []).Distinct(StringComparer.OrdinalIgnoreCase);

        /// <summary>
        /// The partitions a parenthesized list names, none told for TEMPORARY ones or a list by values: in the table's own case
        /// where the catalog lists its partitions (BACKUP finds a partition in any case, and the snapshot keeps its name).
        /// </summary>
        private PartitionNames? Named(string table, PartitionClause clause) =>
            clause.TemporarySpan is null && clause.Partitions.All(p => p.Value is null)
                ? [.. clause.Partitions.Select(p => PartitionsOf(table)?.FirstOrDefault(known => known.Equals(p.Name.Value, StringComparison.OrdinalIgnoreCase)) ?? p.Name.Value)
                    .Distinct(StringComparer.Ordinal)]
                : null;

        /// <summary>A table backed up whole holds every partition it has then.</summary>
        private PartitionNames? WholeTable(string name) => PartitionsOf(name);

        private PartitionNames? PartitionsOf(string table) => _database?.Tables?.GetValueOrDefault(table)?.Partitions;
    }
}
