using StreamJsonRpc;

namespace BackupLsp.Server.Transport;

/// <summary>
/// The ids of the client's requests that have not been answered yet, counted from the <see cref="MessageSanitizer"/> that
/// lets them in to the answers <see cref="LspJsonRpc"/> sends. A request whose id is among them is refused (StreamJsonRpc
/// answered it with an internal error naming a .NET exception), and the end of the input waits for them. Thread-safe.
/// </summary>
public sealed class InboundRequests
{
    private readonly Lock _gate = new();
    private readonly Dictionary<RequestId, int> _unanswered = [];
    private readonly List<(int Left, TaskCompletionSource Done)> _waiting = [];
    private int _unansweredCount;

    /// <summary>Counts a request; false when one with the same id is still unanswered (both will be answered).</summary>
    public bool Begin(RequestId id)
    {
        lock (_gate)
        {
            var count = _unanswered.GetValueOrDefault(id);
            _unanswered[id] = count + 1;
            _unansweredCount++;
            return count == 0;
        }
    }

    public void Answered(RequestId id)
    {
        lock (_gate)
        {
            if (!_unanswered.TryGetValue(id, out var count))
                return;
            if (count > 1)
                _unanswered[id] = count - 1;
            else
                _unanswered.Remove(id);
            var unanswered = --_unansweredCount;
            for (var i = _waiting.Count - 1; i >= 0; i--)
            {
                if (unanswered > _waiting[i].Left)
                    continue;
                _waiting[i].Done.TrySetResult();
                _waiting.RemoveAt(i);
            }
        }
    }

    /// <summary>
    /// Completes when at most <paramref name="left"/> of the requests counted so far are unanswered: all of them, or all
    /// but the one asking (shutdown waits for the requests before it).
    /// </summary>
    public Task WhenAnswered(int left = 0)
    {
        lock (_gate)
        {
            if (_unansweredCount <= left)
                return Task.CompletedTask;
            var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            _waiting.Add((left, done));
            return done.Task;
        }
    }
}
