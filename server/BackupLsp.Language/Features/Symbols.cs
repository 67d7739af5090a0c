using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Features;

/// <summary>One family statement as an outline entry, e.g. <c>BACKUP example_db.snap1 → example_repo</c>.</summary>
public sealed record StatementSymbol(string Name, string? Detail, StatementKind Kind, TextSpan Span, TextSpan SelectionSpan);

/// <summary>The document outline: one symbol per backup-family statement; other SQL is left out.</summary>
public static class Symbols
{
    private const int MaxHeadingLength = 60;

    /// <summary>The entries of the family statements, those after a missing `;` inside another statement included.</summary>
    public static ImmutableArray<StatementSymbol> Of(DocumentAnalysis analysis)
    {
        var symbols = ImmutableArray.CreateBuilder<StatementSymbol>();
        foreach (var statement in analysis.Statements)
            Add(symbols, statement);
        return symbols.DrainToImmutable();
    }

    /// <summary>The outline of a script nobody is editing (a file of the workspace): its statements parsed, no rules run.</summary>
    public static ImmutableArray<StatementSymbol> OfScript(string text)
    {
        var symbols = ImmutableArray.CreateBuilder<StatementSymbol>();
        foreach (var span in StatementSplitter.Split(text))
            Add(symbols, new ScriptStatement(span, StatementParser.Parse(text.Substring(span.Start, span.Length))));
        return symbols.DrainToImmutable();
    }

    private static void Add(ImmutableArray<StatementSymbol>.Builder symbols, ScriptStatement statement)
    {
        // Most statements are one part: no enumerator for them, on every outline of a large script.
        if (statement.Parsed.Continuations.IsEmpty)
        {
            if (statement.Parsed.IsFamily)
                symbols.Add(Placed(statement));
            return;
        }
        foreach (var part in statement.Parts())
            if (part.Parsed.IsFamily)
                symbols.Add(Placed(part));
    }

    /// <summary>
    /// Whether a symbol's name answers a search: the query's characters appear in it in order, in any case (<c>nsnap</c>
    /// finds <c>BACKUP nightly.snap1</c>), as editors match symbol names; an empty query answers every symbol.
    /// </summary>
    public static bool Matches(string name, string query)
    {
        var next = 0;
        foreach (var c in name)
            if (next < query.Length && char.ToUpperInvariant(c) == char.ToUpperInvariant(query[next]))
                next++;
        return next == query.Length;
    }

    /// <summary>
    /// The statement's entry, described once per parse and kept with it, so an outline after an edit neither formats nor
    /// parses again what the edit did not touch.
    /// </summary>
    private static StatementSymbol Placed(ScriptStatement statement)
    {
        var relative = statement.Parsed.Memo(ref statement.Parsed.Symbol, Describe);
        return relative with { Span = statement.Span, SelectionSpan = relative.SelectionSpan.Shift(statement.Start) };
    }

    /// <summary>A family statement's outline name, from the entry kept with its parse.</summary>
    internal static string NameOf(ParsedStatement parsed) => parsed.Memo(ref parsed.Symbol, Describe).Name;

    /// <summary>The entry of a statement at offset 0.</summary>
    private static StatementSymbol Describe(ParsedStatement parsed)
    {
        var whole = new TextSpan(0, parsed.OwnText.Length);
        var (name, selection, detail) = parsed.Syntax switch
        {
            SnapshotJobStatement job => (
                $"{Verb(job.Kind)} {SnapshotName(job)} {(job.Kind == JobKind.Backup ? "→" : "←")} {job.Repository.Value}",
                job.Snapshot.Span,
                job.On is { } on ? string.Join(", ", on.Objects.Select(o => Collapse(parsed.Text, o.Span))) : null),
            CreateRepositoryStatement create => (
                $"CREATE {(create.ReadOnlySpan is null ? "" : "READ ONLY ")}REPOSITORY {create.Name.Value}", create.Name.Span, create.Location.Value),
            DropRepositoryStatement drop => ($"DROP REPOSITORY {drop.Name.Value}", drop.Name.Span, null),
            DropSnapshotStatement drop => ($"DROP SNAPSHOT {drop.Snapshot.Value} ON {drop.Repository.Value}", drop.Snapshot.Span,
                drop.ForceSpan is null ? null : "FORCE"),
            ShowRepositoriesStatement => ("SHOW REPOSITORIES", whole, null),
            ShowSnapshotStatement show => ($"SHOW SNAPSHOT ON {show.Repository.Value}", show.Repository.Span, null),
            ShowJobsStatement show => (
                $"SHOW {Verb(show.Kind)}{(show.Database is { } db ? $" FROM {db.Value}" : "")}", show.Database?.Span ?? whole, null),
            CancelJobStatement cancel => (
                $"CANCEL {Verb(cancel.Kind)}{(cancel.Database is { } db ? $" FROM {db.Value}" : cancel.ForExternalCatalogSpan is null ? "" : " FOR EXTERNAL CATALOG")}",
                cancel.Database?.Span ?? whole, null),
            _ => (Heading(parsed.OwnText.ToString()), parsed.HeadSpan, "incomplete"),
        };
        // An outline shows a name on one line: a line break inside a backticked or quoted name is shown as \n.
        return new StatementSymbol(name.ReplaceLineEndings("\\n"), detail?.ReplaceLineEndings("\\n"), parsed.Kind, whole, selection);
    }

    private static string Verb(JobKind kind) => kind == JobKind.Backup ? "BACKUP" : "RESTORE";

    /// <summary>The snapshot with its database, however the statement names it (<c>db.snap</c> or <c>DATABASE db</c>).</summary>
    private static string SnapshotName(SnapshotJobStatement job) =>
        job.Database is { } database && job.Snapshot.Parts.Length == 1 ? $"{database.Name.Value}.{job.Snapshot}" : job.Snapshot.ToString();

    /// <summary>The start of the statement on one line, shortened: the name of a statement that did not parse.</summary>
    private static string Heading(string text)
    {
        var line = Collapse(text, new TextSpan(0, text.Length));
        return line.Length <= MaxHeadingLength ? line : line[..MaxHeadingLength] + "…";
    }

    private static string Collapse(string text, TextSpan span) =>
        string.Join(' ', text.Substring(span.Start, span.Length).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
}
