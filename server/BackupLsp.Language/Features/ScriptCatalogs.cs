using System.Runtime.CompilerServices;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Features;

/// <summary>
/// The catalogs a script names, as its statements tell: those it switches to (<c>SET CATALOG c</c>, <c>USE 'CATALOG c'</c>,
/// <c>USE CATALOG c</c>, <c>USE c.db</c>), names objects in (<c>c.db.t</c>) or creates (<c>CREATE EXTERNAL CATALOG c</c>), and
/// those a BACKUP or RESTORE of external catalogs names (a RESTORE's new name too). The catalog file lists no external
/// catalog: only the script tells of them.
/// </summary>
internal static class ScriptCatalogs
{
    /// <summary>Each block's namings at offsets relative to it, read once per block: an edit rebuilds only the block it touches.</summary>
    private static readonly ConditionalWeakTable<StatementBlock, (string Name, int Offset)[]> BlockNamings = new();

    /// <summary>
    /// The catalogs named outside <paramref name="written"/> (the statement being written), each once with where it is
    /// named: those named before it, the one named last first, then those named only after it, in order.
    /// </summary>
    public static IEnumerable<(string Name, int Offset)> Named(DocumentAnalysis analysis, TextSpan written)
    {
        var (before, after) = (new List<(string Name, int Offset)>(), new List<(string Name, int Offset)>());
        for (var block = 0; block < analysis.Blocks.Length; block++)
            foreach (var (name, offset) in BlockNamings.GetValue(analysis.Blocks[block], Read))
            {
                var at = analysis.BlockStarts[block] + offset;
                if (at < written.Start)
                    before.Add((name, at));
                else if (at >= written.End)
                    after.Add((name, at));
            }
        before.Reverse();
        return before.Concat(after).DistinctBy(named => named.Name, StringComparer.Ordinal);
    }

    private static (string Name, int Offset)[] Read(StatementBlock block)
    {
        var namings = new List<(string Name, int Offset)>();
        foreach (var statement in block.Statements)
            foreach (var (partOffset, part) in statement.Parsed.Continuations.Insert(0, (0, statement.Parsed)))
                foreach (var name in Named(part))
                    namings.Add((name, statement.Span.Start + partOffset));
        return [.. namings];
    }

    private static IEnumerable<string> Named(ParsedStatement part)
    {
        if (part.Kind is StatementKind.Backup or StatementKind.Restore)
        {
            foreach (var catalog in (part.Syntax as SnapshotJobStatement)?.External?.Catalogs ?? [])
            {
                yield return catalog.Name.Value;
                if (catalog.Alias is { } alias)
                    yield return alias.Name.Value;
            }
            yield break;
        }
        if (SessionEffect.Of(part) is { } effect)
        {
            if (effect.Kind is SessionEffectKind.UseCatalog or SessionEffectKind.SetCatalog or SessionEffectKind.LegacyUseCatalog)
                yield return effect.Name;
            else if (effect.Catalog is { } qualifier)
                yield return qualifier;
        }
        else if (SessionEffect.CreatedExternalCatalog(part.OwnText) is { } created)
            yield return created;
    }
}
