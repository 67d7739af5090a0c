using System.Threading.Channels;

namespace BackupLsp.Server.Transport;

/// <summary>
/// Runs posted callbacks one at a time, in the order they were posted. StreamJsonRpc posts each incoming message's
/// handler here in arrival order, so state changes (didOpen, didChange, configuration...) apply in that order.
/// Read handlers take their snapshot synchronously and then leave this context, so reads may run in parallel.
/// </summary>
public sealed class OrderedSynchronizationContext : SynchronizationContext
{
    private readonly Channel<(SendOrPostCallback Callback, object? State)> _queue =
        Channel.CreateUnbounded<(SendOrPostCallback, object?)>(new UnboundedChannelOptions { SingleReader = true });

    private readonly Action<Exception> _onError;

    public OrderedSynchronizationContext(Action<Exception> onError)
    {
        _onError = onError;
        _ = Task.Run(PumpAsync);
    }

    public override void Post(SendOrPostCallback d, object? state) => _queue.Writer.TryWrite((d, state));

    public override void Send(SendOrPostCallback d, object? state) =>
        throw new NotSupportedException("Synchronous dispatch would deadlock the ordered queue; post instead.");

    public override SynchronizationContext CreateCopy() => this;

    public void Complete() => _queue.Writer.TryComplete();

    private async Task PumpAsync()
    {
        // The pump's own awaits must not resume on this context: it would wait for itself.
        await foreach (var (callback, state) in _queue.Reader.ReadAllAsync().ConfigureAwait(false))
        {
            SetSynchronizationContext(this);
            try
            {
                callback(state);
            }
            catch (Exception e)
            {
                _onError(e);
            }
            finally
            {
                SetSynchronizationContext(null);
            }
        }
    }
}
