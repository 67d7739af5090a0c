using System.Runtime.CompilerServices;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Features;

/// <summary>
/// The catalogs a script names, as its statements tell: those it switches to (<c>SET CATALOG c</c>, <c>USE 'CATALOG c'</c>,
/// <c>USE CATALOG c</c>, <c>USE c.db</c>), names objects in (<c>c.db.t</c>) or creates (<c>CREATE EXTERNAL CATALOG c</c>), and
/// those a BACKUP or RESTORE of external catalogs names (a RESTORE's new name too). The catalog file lists no external
/// catalog: only the script tells of them. One a <c>DROP CATALOG</c> drops is gone after it, until a CREATE or a RESTORE
/// makes it again (a RESTORE of ALL EXTERNAL CATALOGS may make any), as the session follows it (StarRocksCatalog.DroppedCatalogs).
/// </summary>
internal static class ScriptCatalogs
{
    /// <summary>Each block's namings at offsets relative to it, read once per block: an edit rebuilds only the block it touches.</summary>
    private static readonly ConditionalWeakTable<StatementBlock, Naming[]> BlockNamings = new();

    private enum NamingKind { Named, Created, Dropped, AllRestored }

    private readonly record struct Naming(string Name, int Offset, NamingKind Kind);

    /// <summary>
    /// The catalogs named outside <paramref name="written"/> (the statement being written), each once with where it is
    /// named: those named before it, the one named last first, then those named only after it, in order. Not one dropped
    /// before it and not created again since.
    /// </summary>
    public static IEnumerable<(string Name, int Offset)> Named(DocumentAnalysis analysis, TextSpan written)
    {
        var (before, after) = (new List<(string Name, int Offset)>(), new List<(string Name, int Offset)>());
        var dropped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, at, kind) in Namings(analysis))
        {
            if (at < written.Start)
            {
                if (kind == NamingKind.AllRestored)
                {
                    dropped.Clear();
                    continue;
                }
                if (kind == NamingKind.Dropped)
                {
                    dropped.Add(name);
                    before.RemoveAll(named => named.Name == name);
                    continue;
                }
                if (kind == NamingKind.Created)
                    dropped.Remove(name);
                if (!dropped.Contains(name))
                    before.Add((name, at));
            }
            else if (at >= written.End && kind is NamingKind.Named or NamingKind.Created)
                after.Add((name, at));
        }
        before.Reverse();
        return before.Concat(after.Where(named => !dropped.Contains(named.Name))).DistinctBy(named => named.Name, StringComparer.Ordinal);
    }

    /// <summary>Where the <c>DROP CATALOG</c> of <paramref name="name"/> before <paramref name="offset"/> is, if no CREATE or RESTORE made it again since.</summary>
    public static int? DroppedBefore(DocumentAnalysis analysis, string name, int offset)
    {
        int? dropped = null;
        foreach (var (named, at, kind) in Namings(analysis))
            if (at < offset && (named == name || kind == NamingKind.AllRestored) && kind != NamingKind.Named)
                dropped = kind == NamingKind.Dropped ? at : null;
        return dropped;
    }

    private static IEnumerable<Naming> Namings(DocumentAnalysis analysis)
    {
        for (var block = 0; block < analysis.Blocks.Length; block++)
            foreach (var naming in BlockNamings.GetValue(analysis.Blocks[block], Read))
                yield return naming with { Offset = analysis.BlockStarts[block] + naming.Offset };
    }

    private static Naming[] Read(StatementBlock block)
    {
        var namings = new List<Naming>();
        foreach (var statement in block.Statements)
            foreach (var (partOffset, part) in StatementParts.Of(statement.Parsed))
                foreach (var (name, kind) in Named(part))
                    namings.Add(new Naming(name, statement.Span.Start + partOffset, kind));
        return [.. namings];
    }

    private static IEnumerable<(string Name, NamingKind Kind)> Named(ParsedStatement part)
    {
        if (part.Kind is StatementKind.Backup or StatementKind.Restore)
        {
            var external = (part.Syntax as SnapshotJobStatement)?.External;
            // A RESTORE of all its snapshot's catalogs may make any of them again.
            if (part.Kind == StatementKind.Restore && external is { All: true })
                yield return ("", NamingKind.AllRestored);
            foreach (var catalog in external?.Catalogs ?? [])
            {
                // A RESTORE makes the catalog again, under its new name where it gives one.
                var restored = part.Kind == StatementKind.Restore ? NamingKind.Created : NamingKind.Named;
                yield return (catalog.Name.Value, catalog.Alias is null ? restored : NamingKind.Named);
                if (catalog.Alias is { } alias)
                    yield return (alias.Name.Value, restored);
            }
            yield break;
        }
        switch (SessionEffect.Of(part))
        {
            case { Kind: SessionEffectKind.UseCatalog or SessionEffectKind.SetCatalog or SessionEffectKind.LegacyUseCatalog } effect:
                yield return (effect.Name, NamingKind.Named);
                break;
            case { Kind: SessionEffectKind.CreateCatalog } effect:
                yield return (effect.Name, NamingKind.Created);
                break;
            // default_catalog is never dropped (see SessionContexts).
            case { Kind: SessionEffectKind.DropCatalog } effect when !SessionEffect.IsDefaultCatalog(effect.Name):
                yield return (effect.Name, NamingKind.Dropped);
                break;
            case { Catalog: { } qualifier }:
                yield return (qualifier, NamingKind.Named);
                break;
        }
    }
}
