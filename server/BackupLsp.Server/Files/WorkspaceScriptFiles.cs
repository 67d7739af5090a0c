using System.Collections.Concurrent;
using BackupLsp.Language.Text;
using BackupLsp.Server.Hosting;

namespace BackupLsp.Server.Files;

/// <summary>
/// What a feature makes of each <c>.sql</c> script of the workspace folders, kept per file until the file's size or time
/// of last write, or the key it was made under, changes. Scripts are found as <see cref="ScriptFolders"/> says, at most
/// <c>maxScripts</c> a walk and <c>maxFolders</c> folders per workspace folder, each folder's listing kept between walks
/// (<see cref="FolderListings"/>); a script is read as the CLI reads one, and one whose reading does not finish (a FIFO
/// named <c>*.sql</c>) is left out for good. A bound met or a file that cannot be read is logged the first time only:
/// clients ask again and again (a symbol search as its query is typed, a workspace pull after every change). Thread-safe.
/// </summary>
/// <param name="feature">The feature, as the log names it.</param>
/// <param name="listings">The folder listings kept between walks (new ones unless given).</param>
public sealed class WorkspaceScriptFiles<T>(ServerLog log, string feature, int maxScripts = WorkspaceScripts.MaxScripts,
    int maxFolders = WorkspaceScripts.MaxFolders, FolderListings? listings = null)
{
    /// <summary>How long a script may take to read: a FIFO blocks its reader until something writes to it.</summary>
    private static readonly TimeSpan ReadPatience = TimeSpan.FromSeconds(5);

    private sealed record Kept(DateTime LastWriteUtc, long Length, object? Key, T Value);

    private readonly ConcurrentDictionary<string, Kept> _kept = new(FileUris.PathComparer);
    private readonly FolderListings _listings = listings ?? new FolderListings();

    // Paths whose reading did not finish: not read again (a blocked read keeps its thread).
    private readonly ConcurrentDictionary<string, byte> _unreadable = new(FileUris.PathComparer);
    private readonly HashSet<string> _told = [];

    /// <summary>
    /// Each script under <paramref name="folders"/> (once, also where folders nest), except those at <paramref name="skipped"/>
    /// paths and those that cannot be read, with what <paramref name="make"/> made of its path and text under its
    /// <paramref name="keyOf"/> key; in folder order, then by path. A walk enumerated to its end lets go of what it did not meet.
    /// </summary>
    public IEnumerable<(string Path, T Value)> Walk<TKey>(IEnumerable<string> folders, IReadOnlySet<string> skipped, Func<string, TKey> keyOf,
        Func<string, string, TKey, T> make, CancellationToken cancellationToken)
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
                TellOnce($"{feature}: searched the first {maxScripts} scripts of the workspace, not the rest");
                yield break;
            }
            if (ValueOf(path, keyOf(path), make) is { } kept)
                yield return (path, kept.Value);
        }
        // What this walk did not meet is let go: the files and folders went away, or lie past a bound this time (they are
        // read again when met).
        foreach (var path in _kept.Keys)
            if (!seen.Contains(path))
                _kept.TryRemove(path, out _);
        _listings.KeepOnly(met);
    }

    /// <summary>Each script's value as <see cref="Walk{TKey}"/> says, made of its path and text alone.</summary>
    public IEnumerable<(string Path, T Value)> Walk(IEnumerable<string> folders, IReadOnlySet<string> skipped, Func<string, string, T> make,
        CancellationToken cancellationToken) =>
        Walk<object?>(folders, skipped, _ => null, (path, text, _) => make(path, text), cancellationToken);

    private Kept? ValueOf<TKey>(string path, TKey key, Func<string, string, TKey, T> make)
    {
        try
        {
            var file = new FileInfo(path);
            if (file.Length > WorkspaceScripts.MaxScriptBytes)
                return null;
            if (_kept.TryGetValue(path, out var known) && known.LastWriteUtc == file.LastWriteTimeUtc && known.Length == file.Length
                && Equals(known.Key, key))
                return known;
            if (_unreadable.ContainsKey(path))
                return null;
            // Read as the CLI reads a script: what a byte order mark says, invalid UTF-8 as U+FFFD, no more than the bound.
            var reading = Task.Run(() => ScriptText.Read(path, WorkspaceScripts.MaxScriptBytes));
            if (!reading.Wait(ReadPatience))
            {
                _unreadable[path] = 0;
                TellOnce($"{feature}: {path} was not read within {ReadPatience.TotalSeconds:0} seconds (a FIFO?): left out");
                return null;
            }
            if (reading.Result is not var (text, _, _))
                return null;
            var kept = new Kept(file.LastWriteTimeUtc, file.Length, key, make(path, text, key));
            _kept[path] = kept;
            return kept;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            TellOnce($"{feature}: could not read {path}: {e.Message}");
            return null;
        }
    }

    private IEnumerable<string> ScriptsUnder(string folder, HashSet<string> met, CancellationToken cancellationToken) =>
        ScriptFolders.ScriptsUnder(folder, unlistable: null, maxFolders,
            () => TellOnce($"{feature}: searched the first {maxFolders} folders of {folder}, not the rest"), cancellationToken,
            directory =>
            {
                met.Add(directory);
                return _listings.List(directory);
            });

    private void TellOnce(string message)
    {
        lock (_told)
            if (!_told.Add(message))
                return;
        log.Warning(message);
    }
}
