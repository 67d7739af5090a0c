namespace BackupLsp.Server.Hosting;

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
    /// folders, also where folders hold no scripts.
    /// </summary>
    public static IEnumerable<string> ScriptsUnder(string folder, Action<string, Exception>? unlistable = null, int maxFolders = int.MaxValue,
        Action? bounded = null, CancellationToken cancellationToken = default)
    {
        var pending = new Stack<string>([folder]);
        for (var listed = 0; pending.TryPop(out var directory); listed++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            if (listed == maxFolders)
            {
                bounded?.Invoke();
                yield break;
            }
            string[] scripts, subfolders;
            try
            {
                scripts = Directory.GetFiles(directory, "*.sql", Listing);
                subfolders = Directory.GetDirectories(directory, "*", Listing);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                unlistable?.Invoke(directory, e);
                continue;
            }
            Array.Sort(scripts, FileUris.PathComparer);
            foreach (var script in scripts)
                yield return script;
            Array.Sort(subfolders, FileUris.PathComparer);
            foreach (var subfolder in subfolders.Reverse())
                if (!Path.GetFileName(subfolder).Equals("node_modules", StringComparison.OrdinalIgnoreCase))
                    pending.Push(subfolder);
        }
    }
}
