namespace BackupLsp.Server.Handlers.Diagnostics;

/// <summary>
/// What may change the answer to a workspace pull: a script on disk (as the client's watch tells it), the settings, a
/// catalog, the workspace folders, a document opened or closed. Counted, so that a pull with nothing new to say waits for
/// the next one rather than being answered at once: VS Code asks again two seconds after every answer, and every answer
/// costs a walk of the workspace folders. The workspace's diagnostics pushed to a client that does not pull them wait
/// for the next one too (<see cref="WorkspaceDiagnosticsPublisher"/>). Thread-safe.
/// </summary>
public sealed class WorkspaceChanges
{
    private readonly Lock _gate = new();
    private long _count;
    private TaskCompletionSource _next = NewSignal();
    private bool _holding;

    /// <summary>How many changes have been told: a pull takes it before it looks, and waits for one more.</summary>
    public long Count
    {
        get
        {
            lock (_gate)
                return _count;
        }
    }

    /// <summary>
    /// Whether a pull with nothing new waits: only while the client watches the scripts for the server, until the server
    /// ends or the watch is let go. The workspace's diagnostics pushed are then looked at again after a longer while.
    /// </summary>
    public bool Holding
    {
        get
        {
            lock (_gate)
                return _holding;
        }
    }

    /// <summary>The client watches the scripts for the server: from now on a pull with nothing new waits for a change.</summary>
    public void StartHolding()
    {
        lock (_gate)
            _holding = true;
    }

    /// <summary>
    /// The server is ending, or the client no longer watches the scripts for it: the pulls waiting are answered, and none
    /// waits any more.
    /// </summary>
    public void StopHolding()
    {
        lock (_gate)
            _holding = false;
        Changed();
    }

    public void Changed()
    {
        TaskCompletionSource told;
        lock (_gate)
        {
            _count++;
            told = _next;
            _next = NewSignal();
        }
        told.TrySetResult();
    }

    /// <summary>
    /// Completes with true once a change has come after the <paramref name="count"/>th (at once if one has), with false
    /// after <paramref name="longest"/> (never, for <see cref="Timeout.InfiniteTimeSpan"/>); a cancelled wait throws and leaves nothing behind (WaitAsync lets go of the signal).
    /// </summary>
    public async Task<bool> AfterAsync(long count, TimeSpan longest, CancellationToken cancellationToken)
    {
        Task next;
        lock (_gate)
        {
            if (_count != count)
                return true;
            next = _next.Task;
        }
        try
        {
            await next.WaitAsync(longest < TimeSpan.Zero && longest != Timeout.InfiniteTimeSpan ? TimeSpan.Zero : longest, cancellationToken).ConfigureAwait(false);
            return true;
        }
        catch (TimeoutException)
        {
            return false;
        }
    }

    private static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
