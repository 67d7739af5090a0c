using System.Collections.Concurrent;
using System.Collections.Immutable;
using BackupLsp.Language.Features;
using BackupLsp.Language.Text;

namespace BackupLsp.Server.Hosting;

/// <summary>A statement's outline entry in a script on disk, with its place in lines and UTF-16 columns.</summary>
public sealed record ScriptSymbol(StatementSymbol Symbol, LinePositionSpan Range);

/// <summary>
/// The outlines of the <c>.sql</c> scripts in the workspace folders, for symbol search across scripts that are not open.
/// A script's outline is made the first time it is asked for and kept until the file's size or time of last write
/// changes. Folders are searched as <see cref="ScriptFolders"/> says: not hidden ones, <c>node_modules</c> or links; a
/// folder's listing is kept until its time of last write changes (<see cref="FolderListings"/>). Thread-safe.
/// </summary>
/// <param name="maxScripts">Scripts read per search at the most (<see cref="MaxScripts"/>).</param>
/// <param name="maxFolders">Folders listed per workspace folder at the most (<see cref="MaxFolders"/>).</param>
/// <param name="listings">The folder listings kept between searches (new ones unless given).</param>
public sealed class WorkspaceScripts(ServerLog log, int maxScripts = WorkspaceScripts.MaxScripts, int maxFolders = WorkspaceScripts.MaxFolders,
    FolderListings? listings = null)
{
    /// <summary>Scripts read per search at the most: a folder such as a home directory must not take the server's time.</summary>
    public const int MaxScripts = 10_000;

    /// <summary>Larger files are not scripts someone keeps backups in, and would hold their outline for nothing.</summary>
    public const long MaxScriptBytes = 5 * 1024 * 1024;

    /// <summary>Folders listed per workspace folder at the most: a folder with few scripts and many folders is bounded too.</summary>
    public const int MaxFolders = 20_000;

    private sealed record Outline(DateTime LastWriteUtc, long Length, ImmutableArray<ScriptSymbol> Symbols);

    private readonly ConcurrentDictionary<string, Outline> _outlines = new(FileUris.PathComparer);

    private readonly FolderListings _listings = listings ?? new FolderListings();

    /// <summary>
    /// Each script under <paramref name="folders"/> (once, also where folders nest), except those at <paramref name="skipped"/>
    /// paths, with its outline; in folder order, then by path.
    /// </summary>
    public IEnumerable<(string Path, ImmutableArray<ScriptSymbol> Symbols)> Outlines(IEnumerable<string> folders, IReadOnlySet<string> skipped,
        CancellationToken cancellationToken)
    {
        var seen = new HashSet<string>(FileUris.PathComparer);
        var met = new HashSet<string>(FileUris.PathComparer);
        foreach (var path in folders.SelectMany(folder => ScriptsUnder(folder, met, cancellationToken)))
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (!seen.Add(path) || skipped.Contains(path))
                continue;
            if (seen.Count > maxScripts)
            {
                log.Warning($"workspace symbols: searched the first {maxScripts} scripts of the workspace, not the rest");
                yield break;
            }
            if (OutlineOf(path) is { } outline)
                yield return (path, outline.Symbols);
        }
        // Outlines of scripts and listings of folders this walk did not meet are let go: the files and folders went away,
        // or lie past a bound this time (they are read again when met).
        foreach (var path in _outlines.Keys)
            if (!seen.Contains(path))
                _outlines.TryRemove(path, out _);
        _listings.KeepOnly(met);
    }

    private Outline? OutlineOf(string path)
    {
        try
        {
            var file = new FileInfo(path);
            if (file.Length > MaxScriptBytes)
                return null;
            if (_outlines.TryGetValue(path, out var known) && known.LastWriteUtc == file.LastWriteTimeUtc && known.Length == file.Length)
                return known;
            // Read as the CLI reads a script: what a byte order mark says, invalid UTF-8 as U+FFFD, no more than the bound.
            if (ScriptText.Read(path, MaxScriptBytes) is not var (text, _))
                return null;
            var lines = LineIndex.Create(DocumentText.From(text));
            var symbols = Symbols.OfScript(text).Select(symbol =>
                new ScriptSymbol(symbol, new LinePositionSpan(lines.GetPosition(symbol.Span.Start), lines.GetPosition(symbol.Span.End))));
            var outline = new Outline(file.LastWriteTimeUtc, file.Length, [.. symbols]);
            _outlines[path] = outline;
            return outline;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            log.Warning($"workspace symbols: could not read {path}: {e.Message}");
            return null;
        }
    }

    /// <summary>
    /// The scripts under a workspace folder, from the first <c>maxFolders</c> folders listed (with a warning if there are
    /// more); each folder listed is added to <paramref name="met"/>.
    /// </summary>
    private IEnumerable<string> ScriptsUnder(string folder, HashSet<string> met, CancellationToken cancellationToken) =>
        ScriptFolders.ScriptsUnder(folder, unlistable: null, maxFolders,
            () => log.Warning($"workspace symbols: searched the first {maxFolders} folders of {folder}, not the rest"), cancellationToken,
            directory =>
            {
                met.Add(directory);
                return _listings.List(directory);
            });
}
