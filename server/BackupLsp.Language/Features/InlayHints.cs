using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Features;

/// <summary>A label the editor shows inside the text at <see cref="Offset"/>, with a tooltip; <see cref="SpaceBefore"/> when it follows a word.</summary>
public sealed record InlayHint(int Offset, string Label, string Tooltip, bool SpaceBefore = false);

/// <summary>
/// The session made visible: a statement that names no database works in the session's current one (the last USE before
/// it, or the catalog's default), which is shown where the statement would name it: before a BACKUP's snapshot name,
/// after <c>SHOW BACKUP</c> or <c>SHOW RESTORE</c> as their FROM. A RESTORE that names none restores into the snapshot's
/// own database, whatever the session's: it gets no hint.
/// </summary>
public static class InlayHints
{
    public static ImmutableArray<InlayHint> In(DocumentAnalysis analysis, TextSpan range)
    {
        var hints = ImmutableArray.CreateBuilder<InlayHint>();
        foreach (var (statement, session) in analysis.StatementsInSessions(range))
        {
            // A statement after a missing `;` is hinted as it would be with the `;`, in the session the parts before it leave.
            if (statement.Parsed.Continuations.IsEmpty)
                Add(hints, statement.Start, statement.Parsed, session);
            else
                foreach (var (offset, _, part, partSession) in StatementParts.Of(statement.Parsed, session))
                    Add(hints, statement.Start + offset, part, partSession);
        }
        // Only those in the range: a statement that overlaps it may have its hint outside.
        hints.RemoveAll(hint => hint.Offset < range.Start || hint.Offset > range.End);
        return hints.DrainToImmutable();
    }

    private static void Add(ImmutableArray<InlayHint>.Builder hints, int start, ParsedStatement parsed, AnalysisContext session)
    {
        if (session.Catalog?.DefaultDatabase is not { } database)
            return;
        if (parsed.Job is { Kind: JobKind.Backup, Database: null, OfExternalCatalogs: false } job)
            hints.Add(new InlayHint(start + job.Snapshot.Start, NameText.ToSql(database, session.Options.Version) + ".",
                Tooltip("This BACKUP names no database: it works in", database)));
        // A CANCEL without FROM is an error, not a CANCEL in the session's database: it gets no hint.
        else if (parsed.Kind is StatementKind.ShowBackup or StatementKind.ShowRestore && parsed.Syntax is ShowJobsStatement { Database: null })
            hints.Add(new InlayHint(start + HeadEnd(parsed), $"FROM {NameText.ToSql(database, session.Options.Version)}",
                Tooltip("This statement names no database: it is about the jobs of", database), SpaceBefore: true));
    }

    private static string Tooltip(string what, string database) =>
        $"{what} {database}, the session's current database (set by the last USE before it, or the catalog's defaultDatabase).";

    /// <summary>Where the two words of a SHOW or CANCEL head end.</summary>
    private static int HeadEnd(ParsedStatement parsed) =>
        parsed.Tokens.Where(t => !t.Kind.IsTrivia()).Skip(1).First().Span.End;
}
