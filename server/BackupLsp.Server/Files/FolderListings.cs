using System.Collections.Concurrent;

namespace BackupLsp.Server.Files;

/// <summary>
/// Folder listings kept from one workspace symbol search to the next, so that a search of an unchanged workspace reads
/// each folder's time of last write instead of listing it. Adding, removing or renaming an entry of a folder sets that
/// time, and the folder is listed again; writing to a file in it does not, and need not: an outline is checked against
/// its own file (<see cref="WorkspaceScripts"/>). A listing is kept only when the folder's time is at least
/// <see cref="Settling"/> before the listing: a file system whose clock is coarse could give a change made just after
/// the listing the same time. Thread-safe.
/// </summary>
/// <param name="list">How a folder is listed when it has to be (<see cref="ScriptFolders.List"/>; tests count the calls).</param>
public sealed class FolderListings(Func<string, FolderListing>? list = null)
{
    /// <summary>Longer than the coarsest clock of the file systems in use (FAT keeps times to 2 seconds).</summary>
    public static readonly TimeSpan Settling = TimeSpan.FromSeconds(3);

    private sealed record Kept(DateTime LastWriteUtc, FolderListing Listing);

    private readonly Func<string, FolderListing> _list = list ?? ScriptFolders.List;
    private readonly ConcurrentDictionary<string, Kept> _kept = new(FileUris.PathComparer);

    /// <summary>How many listings are kept.</summary>
    public int Count => _kept.Count;

    /// <summary>The folder's listing: the one kept if the folder's time of last write is still the one it was made at.</summary>
    public FolderListing List(string directory)
    {
        // Read before listing: an entry added in between is then in the listing, and the changed time lists it again next time.
        var lastWrite = LastWriteUtc(directory);
        if (_kept.TryGetValue(directory, out var kept) && kept.LastWriteUtc == lastWrite)
            return kept.Listing;
        _kept.TryRemove(directory, out _);
        var listing = _list(directory);
        if (lastWrite != DateTime.MinValue && DateTime.UtcNow - lastWrite >= Settling)
            _kept[directory] = new Kept(lastWrite, listing);
        return listing;
    }

    /// <summary>Lets go of the listings of folders other than <paramref name="met"/>: a whole walk did not meet them.</summary>
    public void KeepOnly(IReadOnlySet<string> met)
    {
        foreach (var directory in _kept.Keys)
            if (!met.Contains(directory))
                _kept.TryRemove(directory, out _);
    }

    /// <summary>
    /// The time of last write of the folder, or of the folder a link leads to: a workspace folder may be a link (the walk
    /// goes into no other), and a link's own time does not change with the folder's entries. The minimum time when the
    /// folder is gone (never kept), so that it is listed, which fails as it should.
    /// </summary>
    private static DateTime LastWriteUtc(string directory)
    {
        var folder = new DirectoryInfo(directory);
        if (!folder.Exists)
            return DateTime.MinValue;
        if (!folder.Attributes.HasFlag(FileAttributes.ReparsePoint))
            return folder.LastWriteTimeUtc;
        return folder.ResolveLinkTarget(returnFinalTarget: true) is { Exists: true } target ? target.LastWriteTimeUtc : DateTime.MinValue;
    }
}
