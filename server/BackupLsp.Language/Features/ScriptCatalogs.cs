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
/// makes it again, as the session follows it and the rules read it (<see cref="StatementBlock.CatalogChanges"/>): a
/// statement StarRocks refuses neither drops nor makes one.
/// </summary>
internal static class ScriptCatalogs
{
    /// <summary>Each block's namings at offsets relative to it, read once per block: an edit rebuilds only the block it touches.</summary>
    private static readonly ConditionalWeakTable<StatementBlock, Naming[]> BlockNamings = new();

    private enum NamingKind { Named, Dropped, MadeAgain }

    private readonly record struct Naming(string Name, int Offset, NamingKind Kind);

    /// <summary>
    /// The catalogs named outside <paramref name="written"/> (the statement being written), each once with where it is
    /// named: those named before it, the one named last first, then those named only after it, in order. Not one dropped
    /// before it and not made again since.
    /// </summary>
    public static IEnumerable<(string Name, int Offset)> Named(DocumentAnalysis analysis, TextSpan written)
    {
        var (before, after) = (new List<(string Name, int Offset)>(), new List<(string Name, int Offset)>());
        var dropped = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, at, kind) in Namings(analysis))
        {
            if (at < written.Start)
            {
                switch (kind)
                {
                    case NamingKind.Dropped:
                        dropped.Add(name);
                        before.RemoveAll(named => named.Name == name);
                        break;
                    case NamingKind.MadeAgain:
                        dropped.Remove(name);
                        break;
                    case NamingKind.Named when !dropped.Contains(name):
                        before.Add((name, at));
                        break;
                }
            }
            else if (at >= written.End && kind == NamingKind.Named)
                after.Add((name, at));
        }
        before.Reverse();
        return before.Concat(after.Where(named => !dropped.Contains(named.Name))).DistinctBy(named => named.Name, StringComparer.Ordinal);
    }

    /// <summary>Where the <c>DROP CATALOG</c> of <paramref name="name"/> before <paramref name="offset"/> is, if nothing made it again since.</summary>
    public static int? DroppedBefore(DocumentAnalysis analysis, string name, int offset) =>
        new CatalogDrops(analysis.Blocks, analysis.BlockStarts).Before(name, offset)?.Start;

    private static IEnumerable<Naming> Namings(DocumentAnalysis analysis)
    {
        for (var block = 0; block < analysis.Blocks.Length; block++)
            foreach (var naming in BlockNamings.GetValue(analysis.Blocks[block], Read))
                yield return naming with { Offset = analysis.BlockStarts[block] + naming.Offset };
    }

    private static Naming[] Read(StatementBlock block)
    {
        var namings = new List<Naming>();
        var (changes, next) = (block.CatalogChanges, 0);
        foreach (var statement in block.Statements)
            foreach (var (partOffset, part) in StatementParts.Of(statement.Parsed))
            {
                var at = statement.Span.Start + partOffset;
                // What a statement drops or makes again comes before what it names: a CREATE names the catalog it makes.
                for (; next < changes.Length && changes[next].Statement.Start <= at; next++)
                    namings.Add(new Naming(changes[next].Catalog, changes[next].Statement.Start, changes[next].Dropped ? NamingKind.Dropped : NamingKind.MadeAgain));
                foreach (var name in Named(part, block.EntryContext.Options.Version))
                    namings.Add(new Naming(name, at, NamingKind.Named));
            }
        return [.. namings];
    }

    /// <summary>The catalogs a statement names, but the one a DROP CATALOG drops or a CREATE EXTERNAL CATALOG StarRocks refuses.</summary>
    private static IEnumerable<string> Named(ParsedStatement part, StarRocksVersion? version)
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
        switch (SessionEffect.Of(part))
        {
            case { Kind: SessionEffectKind.UseCatalog or SessionEffectKind.SetCatalog or SessionEffectKind.LegacyUseCatalog } effect:
                yield return effect.Name;
                break;
            case { Kind: SessionEffectKind.CreateCatalog } effect:
                if (effect.MakesCatalog(version))
                    yield return effect.Name;
                break;
            case { Catalog: { } qualifier }:
                yield return qualifier;
                break;
        }
    }
}
