namespace BackupLsp.Server.Files;

/// <summary>
/// The <c>.sql</c> scripts under a folder, as workspace symbol search and <c>backup-lsp check</c> both find them:
/// <c>*.sql</c> in any case; hidden files and folders (<c>.git</c>, ...), <c>node_modules</c> and links left out (a link
/// could loop, lead out of the folder, or lead nowhere).
/// </summary>
public static class ScriptFolders
{
    private static readonly EnumerationOptions Listing = new()
    {
        // Listed by hand so that a folder that cannot be listed is told of (check stops on it; symbol search goes on).
        IgnoreInaccessible = false,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System | FileAttributes.ReparsePoint,
        MatchCasing = MatchCasing.CaseInsensitive,
    };

    /// <summary>
    /// The scripts in <paramref name="folder"/> and its subfolders, depth first, each folder's files and subfolders by name.
    /// A folder that cannot be listed is passed to <paramref name="unlistable"/> and skipped. After
    /// <paramref name="maxFolders"/> folders it calls <paramref name="bounded"/> and stops. A walk given up stops between two
    /// folders, also where folders hold no scripts. Each folder is listed by <paramref name="list"/> (<see cref="List"/>
    /// unless given: workspace symbol search keeps listings between searches, see <see cref="FolderListings"/>).
    /// </summary>
    public static IEnumerable<string> ScriptsUnder(string folder, Action<string, Exception>? unlistable = null, int maxFolders = int.MaxValue,
        Action? bounded = null, CancellationToken cancellationToken = default, Func<string, FolderListing>? list = null)
    {
        list ??= List;
        var pending = new Stack<string>([folder]);
        for (var listed = 0; pending.TryPop(out var directory); listed++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (listed == maxFolders)
            {
                bounded?.Invoke();
                yield break;
            }
            FolderListing listing;
            try
            {
                listing = list(directory);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                unlistable?.Invoke(directory, e);
                continue;
            }
            foreach (var script in listing.Scripts)
                yield return script;
            for (var i = listing.Subfolders.Length - 1; i >= 0; i--)
                pending.Push(listing.Subfolders[i]);
        }
    }

    /// <summary>
    /// What the walk takes from a folder: its scripts and the subfolders it goes into (not <c>node_modules</c>), each by
    /// name. Throws <see cref="IOException"/> or <see cref="UnauthorizedAccessException"/> when the folder cannot be listed.
    /// </summary>
    public static FolderListing List(string directory)
    {
        var scripts = Directory.GetFiles(directory, "*.sql", Listing);
        var subfolders = Directory.GetDirectories(directory, "*", Listing)
            .Where(subfolder => !Path.GetFileName(subfolder).Equals("node_modules", StringComparison.OrdinalIgnoreCase))
            .ToArray();
        Array.Sort(scripts, FileUris.PathComparer);
        Array.Sort(subfolders, FileUris.PathComparer);
        return new FolderListing(scripts, subfolders);
    }
}

/// <summary>A folder's scripts and the subfolders a walk goes into, full paths sorted by name (<see cref="ScriptFolders.List"/>).</summary>
public sealed record FolderListing(string[] Scripts, string[] Subfolders);
