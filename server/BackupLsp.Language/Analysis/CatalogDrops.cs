using System.Collections.Immutable;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Analysis;

/// <summary>
/// The DROP CATALOG before a point of the script that dropped a catalog, where no CREATE EXTERNAL CATALOG or RESTORE made
/// it again since: read from the blocks' <see cref="StatementBlock.CatalogChanges"/>, as the session follows them. The rule
/// that links its diagnostics to the drop, hover and completion all ask here. Points are asked in document order, so that
/// the script's changes are read once however many are asked.
/// </summary>
internal sealed class CatalogDrops(ImmutableArray<StatementBlock> blocks, ImmutableArray<int> starts)
{
    /// <summary>Each dropped catalog's last DROP CATALOG statement so far, in the document.</summary>
    private readonly Dictionary<string, TextSpan> _drops = new(StringComparer.Ordinal);

    /// <summary>The next change to read: its block, and its index there.</summary>
    private int _block, _next;

    /// <summary>The DROP CATALOG statement (in the document) that dropped <paramref name="catalog"/> before <paramref name="offset"/>, if nothing made it again since.</summary>
    public TextSpan? Before(string catalog, int offset)
    {
        while (_block < blocks.Length && starts[_block] < offset)
        {
            var changes = blocks[_block].CatalogChanges;
            if (_next == changes.Length)
            {
                (_block, _next) = (_block + 1, 0);
                continue;
            }
            var change = changes[_next];
            if (starts[_block] + change.Statement.Start >= offset)
                break;
            if (change.Dropped)
                _drops[change.Catalog] = change.Statement.Shift(starts[_block]);
            else
                _drops.Remove(change.Catalog);
            _next++;
        }
        return _drops.TryGetValue(catalog, out var drop) ? drop : null;
    }
}
