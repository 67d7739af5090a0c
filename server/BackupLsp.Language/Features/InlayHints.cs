using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Rules;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Features;

/// <summary>A label the editor shows inside the text at <see cref="Offset"/>, with a tooltip.</summary>
public sealed record InlayHint(int Offset, string Label, string Tooltip);

/// <summary>
/// The session made visible: a BACKUP or RESTORE that names no database works in the session's current one (the last
/// USE before it, or the catalog's default), which is shown before its snapshot name as if written there.
/// </summary>
public static class InlayHints
{
    public static ImmutableArray<InlayHint> In(DocumentAnalysis analysis, TextSpan range)
    {
        var hints = ImmutableArray.CreateBuilder<InlayHint>();
        foreach (var (statement, session) in analysis.StatementsInSessions())
        {
            if (statement.Start > range.End)
                break;
            if (statement.Span.End < range.Start || statement.Parsed.Job is not { Database: null } job
                || session.Catalog?.DefaultDatabase is not { } database)
                continue;
            var verb = job.Kind == JobKind.Backup ? "BACKUP" : "RESTORE";
            hints.Add(new InlayHint(statement.Start + job.Snapshot.Start, NameText.ToSql(database) + ".",
                $"This {verb} names no database: it works in {database}, the session's current database (set by the last USE before it, or the catalog's defaultDatabase)."));
        }
        return hints.DrainToImmutable();
    }
}
