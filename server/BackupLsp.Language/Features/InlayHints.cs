using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Rules;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Features;

/// <summary>A label the editor shows inside the text at <see cref="Offset"/>, with a tooltip.</summary>
public sealed record InlayHint(int Offset, string Label, string Tooltip);

/// <summary>
/// The session made visible: a BACKUP that names no database works in the session's current one (the last USE before
/// it, or the catalog's default), which is shown where it would name it, before its snapshot name; in an external catalog,
/// the default catalog's database of that name (<see cref="Catalog.StarRocksCatalog.BackupDatabase"/>). A RESTORE that names
/// none restores into the snapshot's own database, whatever the session's, and a SHOW BACKUP or SHOW RESTORE without FROM
/// shows every database's latest job (StarRocks' ShowExecutor, from 3.0): they get no hint.
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
        if (session.Catalog is not { BackupDatabase: { } database } catalog)
            return;
        // A CANCEL without FROM is an error, not a CANCEL in the session's database: it gets no hint.
        if (parsed.Job is { Kind: JobKind.Backup, Database: null, OfExternalCatalogs: false } job)
            hints.Add(new InlayHint(start + job.Snapshot.Start, NameText.ToSql(database, session.Options.Version) + ".", catalog.ExternalCatalog is { } external
                ? $"This BACKUP names no database: it works in {MessageNames.Object(database)} of default_catalog. The session's current database is {MessageNames.Object(database)} of catalog {MessageNames.Object(external)} (set by the last USE before it), and StarRocks backs up the database of that name in default_catalog."
                : $"This BACKUP names no database: it works in {MessageNames.Object(database)}, the session's current database (set by the last USE before it, or the catalog's defaultDatabase)."));
    }
}
