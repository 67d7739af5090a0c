namespace BackupLsp.Server.Hosting;

/// <summary>
/// Watches the catalog files for a client that cannot be asked to (Neovim 0.7 and Vim + ALE offer no
/// <c>workspace/didChangeWatchedFiles</c> registration), by reading each file's state twice a second: whether it
/// exists, its length and its last write, through symbolic links. A change is reported on the message queue, in order
/// with the client's messages, once two reads in a row agree, so that a file still being written is not read
/// half-written. Reading states rather than the operating system's file events keeps working where those stop: a
/// folder deleted and made again or not made yet, a link pointed elsewhere, a network file system, the system's limit
/// of watches reached.
/// </summary>
public sealed class CatalogFileWatcher(SynchronizationContext messageQueue, Func<IReadOnlyList<string>, Task> onChanged, ServerLog log) : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    private readonly Lock _lock = new();
    // Each file's state when it was last loaded, and a different state read once since (to be confirmed by the next read).
    private Dictionary<string, FileState> _loaded = new(FileUris.PathComparer);
    private readonly Dictionary<string, FileState> _changing = new(FileUris.PathComparer);
    private Timer? _timer;
    private bool _disposed;

    /// <summary>Watches exactly <paramref name="files"/> (full paths) from now on, each from its state now if it is new.</summary>
    public void Watch(IEnumerable<string> files)
    {
        lock (_lock)
        {
            if (_disposed)
                return;
            var watched = _loaded;
            _loaded = files.Distinct(FileUris.PathComparer).ToDictionary(file => file,
                file => watched.TryGetValue(file, out var state) ? state : FileState.Of(file), FileUris.PathComparer);
            foreach (var file in _changing.Keys.Where(file => !_loaded.ContainsKey(file)).ToList())
                _changing.Remove(file);
            if (_loaded.Count == 0)
            {
                _timer?.Dispose();
                _timer = null;
            }
            else if (_timer is null)
            {
                _timer = new Timer(_ => Poll(), null, Interval, Interval);
                log.Info("watching the catalog files for changes (the client does not watch files for the server)");
            }
        }
    }

    private void Poll()
    {
        List<string>? changed = null;
        lock (_lock)
        {
            if (_disposed)
                return;
            foreach (var (file, loaded) in _loaded.ToList())
            {
                var now = FileState.Of(file);
                if (now == loaded)
                    _changing.Remove(file);
                else if (_changing.Remove(file, out var before) && before == now)
                {
                    _loaded[file] = now;
                    (changed ??= []).Add(file);
                }
                else
                    _changing[file] = now;
            }
        }
        if (changed is not null)
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
            _timer = null;
        }
    }

    private readonly record struct FileState(bool Exists, long Length, DateTime LastWriteUtc)
    {
        public static FileState Of(string path)
        {
            try
            {
                var file = new FileInfo(path);
                if (file.LinkTarget is not null && file.ResolveLinkTarget(returnFinalTarget: true) is FileInfo target)
                    file = target;
                return file.Exists ? new FileState(true, file.Length, file.LastWriteTimeUtc) : default;
            }
            // A file being replaced, a link loop, a folder that cannot be read: no file, for now.
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return default;
            }
        }
    }
}
