using StreamJsonRpc;

namespace BackupLsp.Server.Hosting;

/// <summary>
/// The ids of the client's requests that have not been answered yet, counted from the <see cref="MessageSanitizer"/> that
/// lets them in to the answers <see cref="LspJsonRpc"/> sends. A request whose id is among them is refused (StreamJsonRpc
/// answered it with an internal error naming a .NET exception), and the end of the input waits for them. Thread-safe.
/// </summary>
public sealed class InboundRequests
{
    private readonly Lock _gate = new();
    private readonly Dictionary<RequestId, int> _unanswered = [];
    private TaskCompletionSource? _answered;

    /// <summary>Counts a request; false when one with the same id is still unanswered (both will be answered).</summary>
    public bool Begin(RequestId id)
    {
        lock (_gate)
        {
            var count = _unanswered.GetValueOrDefault(id);
            _unanswered[id] = count + 1;
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
            else if (_unanswered.Remove(id) && _unanswered.Count == 0)
            {
                _answered?.TrySetResult();
                _answered = null;
            }
        }
    }

    /// <summary>Completes when every request counted so far has been answered.</summary>
    public Task WhenAnswered()
    {
        lock (_gate)
            return _unanswered.Count == 0 ? Task.CompletedTask
                : (_answered ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
    }
}
