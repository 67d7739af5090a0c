using BackupLsp.Server.Files;
using BackupLsp.Server.Hosting;

namespace BackupLsp.Server.Configuration;

/// <summary>
/// Watches the catalog files for a client that cannot be asked to (Neovim 0.7 and Vim + ALE offer no
/// <c>workspace/didChangeWatchedFiles</c> registration, or refuse it), and those outside its workspace folders for one
/// that watches glob strings only, by reading each file's state
/// (<see cref="CatalogFileState"/>) twice a second. A change is reported on the message queue, in order
/// with the client's messages, once two reads in a row agree, so that a file still being written is not read
/// half-written. Reading states rather than the operating system's file events keeps working where those stop: a
/// folder deleted and made again or not made yet, a link pointed elsewhere, a network file system, the system's limit
/// of watches reached.
/// </summary>
public sealed class CatalogFileWatcher(SynchronizationContext messageQueue, Func<IReadOnlyList<string>, Task> onChanged, ServerLog log) : IDisposable
{
    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(500);

    private readonly Lock _lock = new();
    // Each file's state when it was last loaded (or last seen changed), and a different state read once since (to be
    // confirmed by the next read).
    private Dictionary<string, CatalogFileState> _loaded = new(FileUris.PathComparer);
    private readonly Dictionary<string, CatalogFileState> _changing = new(FileUris.PathComparer);
    private Timer? _timer;
    private bool _disposed;

    /// <summary>
    /// Watches exactly the files of <paramref name="sources"/> from now on, each from its state when it was last loaded:
    /// a change made before the watch began (between initialize and initialized, say) is seen too.
    /// </summary>
    public void Watch(IEnumerable<CatalogSource> sources)
    {
        lock (_lock)
        {
            if (_disposed)
                return;
            _loaded = sources.ToDictionary(source => source.Path, source => source.LoadedState, FileUris.PathComparer);
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
                log.Info("watching catalog files for changes (the client does not watch them for the server)");
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
                var now = CatalogFileState.Of(file);
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
}
