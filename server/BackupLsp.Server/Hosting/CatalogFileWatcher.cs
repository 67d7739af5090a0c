namespace BackupLsp.Server.Hosting;

/// <summary>
/// Watches the catalog files through the operating system, for a client that cannot be asked to (Neovim 0.7 and Vim +
/// ALE offer no <c>workspace/didChangeWatchedFiles</c> registration): one watcher per folder that holds a catalog
/// file. A change is reported on the message queue, in order with the client's messages, once the file has been quiet
/// for a moment: an editor's save is several events (truncate, write, rename), and a half-written file would be
/// reported as broken.
/// </summary>
public sealed class CatalogFileWatcher(SynchronizationContext messageQueue, Func<IReadOnlyList<string>, Task> onChanged, ServerLog log) : IDisposable
{
    private static readonly TimeSpan Quiet = TimeSpan.FromMilliseconds(150);

    private readonly Lock _lock = new();
    private readonly Dictionary<string, FileSystemWatcher> _watchers = new(FileUris.PathComparer);
    private HashSet<string> _files = new(FileUris.PathComparer);
    private readonly HashSet<string> _changed = new(FileUris.PathComparer);
    private Timer? _timer;
    private bool _disposed;

    /// <summary>Watches exactly <paramref name="files"/> from now on (full paths); a folder that does not exist is logged and skipped.</summary>
    public void Watch(IEnumerable<string> files)
    {
        lock (_lock)
        {
            if (_disposed)
                return;
            _files = new HashSet<string>(files, FileUris.PathComparer);
            var folders = _files.Select(Path.GetDirectoryName).OfType<string>().ToHashSet(FileUris.PathComparer);
            foreach (var folder in _watchers.Keys.Where(folder => !folders.Contains(folder)).ToList())
            {
                _watchers[folder].Dispose();
                _watchers.Remove(folder);
            }
            foreach (var folder in folders.Where(folder => !_watchers.ContainsKey(folder)))
                if (Start(folder) is { } watcher)
                    _watchers[folder] = watcher;
        }
    }

    private FileSystemWatcher? Start(string folder)
    {
        try
        {
            var watcher = new FileSystemWatcher(folder)
            {
                NotifyFilter = NotifyFilters.FileName | NotifyFilters.LastWrite | NotifyFilters.Size | NotifyFilters.CreationTime,
            };
            watcher.Changed += (_, e) => Touched(e.FullPath);
            watcher.Created += (_, e) => Touched(e.FullPath);
            watcher.Deleted += (_, e) => Touched(e.FullPath);
            watcher.Renamed += (_, e) =>
            {
                Touched(e.OldFullPath);
                Touched(e.FullPath);
            };
            watcher.Error += (_, e) => log.Warning($"catalog watch of {folder}: {e.GetException().Message}");
            watcher.EnableRaisingEvents = true;
            log.Info($"watching {folder} for catalog changes (the client does not watch files for the server)");
            return watcher;
        }
        catch (Exception e) when (e is ArgumentException or IOException or UnauthorizedAccessException)
        {
            log.Warning($"cannot watch {folder} for catalog changes: {e.Message}");
            return null;
        }
    }

    private void Touched(string path)
    {
        lock (_lock)
        {
            if (_disposed || !_files.Contains(path))
                return;
            _changed.Add(path);
            _timer ??= new Timer(_ => Report());
            _timer.Change(Quiet, Timeout.InfiniteTimeSpan);
        }
    }

    private void Report()
    {
        string[] changed;
        lock (_lock)
        {
            if (_disposed || _changed.Count == 0)
                return;
            changed = [.. _changed];
            _changed.Clear();
        }
        messageQueue.Post(async _ =>
        {
            try
            {
                await onChanged(changed);
            }
            catch (Exception e)
            {
                log.Error("reloading a changed catalog failed", e);
            }
        }, null);
    }

    public void Dispose()
    {
        lock (_lock)
        {
            _disposed = true;
            _timer?.Dispose();
            foreach (var watcher in _watchers.Values)
                watcher.Dispose();
            _watchers.Clear();
        }
    }
}
