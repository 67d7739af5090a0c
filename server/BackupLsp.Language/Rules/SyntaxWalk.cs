using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Rules;

/// <summary>Enumerations over a statement's tree that several rules share.</summary>
internal static class SyntaxWalk
{
    /// <summary>The WHERE, ORDER BY and LIMIT of a SHOW statement; null for the other statements.</summary>
    public static ShowClauses? ShowClausesOf(Statement statement) => statement switch
    {
        ShowJobsStatement show => show.Clauses,
        ShowSnapshotStatement show => show.Clauses,
        ShowRepositoriesStatement show => show.Clauses,
        _ => null,
    };

    /// <summary>Every name the statement writes, in order.</summary>
    public static List<Name> Names(Statement statement)
    {
        var names = new List<Name>();
        VisitNames(statement, names, static (names, name) => names.Add(name));
        return names;
    }

    // Visitors with a state rather than iterators or LINQ chains: the rules walk every statement of a script, and an
    // iterator or a chain link is an object per statement.
    /// <summary>Calls <paramref name="visit"/> with <paramref name="state"/> for every name the statement writes, in order.</summary>
    public static void VisitNames<TState>(Statement statement, TState state, Action<TState, Name> visit)
    {
        switch (statement)
        {
            case SnapshotJobStatement job:
                foreach (var catalog in job.External?.Catalogs ?? [])
                {
                    visit(state, catalog.Name);
                    if (catalog.Alias is { } catalogAlias)
                        visit(state, catalogAlias.Name);
                }
                if (job.Database is { } target)
                {
                    visit(state, target.Name);
                    if (target.Alias is { } targetAlias)
                        visit(state, targetAlias.Name);
                }
                foreach (var part in job.Snapshot.Parts)
                    visit(state, part);
                visit(state, job.Repository);
                foreach (var item in job.On?.Objects ?? [])
                {
                    foreach (var part in item.Name?.Parts ?? [])
                        visit(state, part);
                    foreach (var partition in item.Partitions?.Partitions ?? [])
                        if (partition.Name.Quoting != NameQuoting.String)
                            visit(state, partition.Name);
                    if (item.Alias is { } alias)
                        visit(state, alias.Name);
                }
                break;
            case CreateRepositoryStatement create:
                visit(state, create.Name);
                if (create.Broker is { Quoting: not NameQuoting.String } broker)
                    visit(state, broker);
                break;
            case DropRepositoryStatement drop:
                visit(state, drop.Name);
                break;
            case DropSnapshotStatement drop:
                visit(state, drop.Snapshot);
                visit(state, drop.Repository);
                break;
            case ShowSnapshotStatement show:
                visit(state, show.Repository);
                break;
            case ShowJobsStatement { Database: { } database }:
                visit(state, database);
                break;
            case CancelJobStatement { Database: { } database }:
                visit(state, database);
                break;
        }
    }

    public static PropertyList? Properties(Statement statement) => statement switch
    {
        SnapshotJobStatement job => job.Properties,
        CreateRepositoryStatement create => create.Properties,
        _ => null,
    };
}
