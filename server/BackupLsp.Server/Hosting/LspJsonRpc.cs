using System.Text.Json;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace BackupLsp.Server.Hosting;

/// <summary>
/// StreamJsonRpc with LSP's error for parameters that do not deserialize: StreamJsonRpc reports those as a
/// generic invocation error, LSP expects InvalidParams. The ids of its requests to the client go into
/// <paramref name="awaited"/>, for the <see cref="MessageSanitizer"/> to tell a response from a stray one. The client's
/// requests are counted from their dispatch until their answers are sent (<see cref="WhenAnswered"/>).
/// </summary>
public sealed class LspJsonRpc(IJsonRpcMessageHandler handler, AwaitedResponses awaited) : JsonRpc(handler)
{
    private readonly Lock _gate = new();
    private readonly HashSet<RequestId> _unanswered = [];
    private TaskCompletionSource? _answered;

    /// <summary>Completes when every request of the client's dispatched so far has been answered.</summary>
    public Task WhenAnswered()
    {
        lock (_gate)
            return _unanswered.Count == 0 ? Task.CompletedTask
                : (_answered ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
    }

    protected override ValueTask<JsonRpcMessage> DispatchRequestAsync(JsonRpcRequest request, TargetMethod targetMethod, CancellationToken cancellationToken)
    {
        if (request.IsResponseExpected)
            lock (_gate)
                _unanswered.Add(request.RequestId);
        return base.DispatchRequestAsync(request, targetMethod, cancellationToken);
    }

    protected override void OnResponseSent(JsonRpcMessage response)
    {
        base.OnResponseSent(response);
        if (response is not IJsonRpcMessageWithId { RequestId: var id })
            return;
        lock (_gate)
            if (_unanswered.Remove(id) && _unanswered.Count == 0)
            {
                _answered?.TrySetResult();
                _answered = null;
            }
    }

    protected override RequestId CreateNewRequestId()
    {
        var id = base.CreateNewRequestId();
        awaited.Add(id);
        return id;
    }

    protected override JsonRpcError.ErrorDetail CreateErrorDetails(JsonRpcRequest request, Exception exception)
    {
        var details = base.CreateErrorDetails(request, exception);
        for (var cause = exception; cause is not null; cause = cause.InnerException)
        {
            if (cause is JsonException or RpcArgumentDeserializationException)
            {
                details.Code = (JsonRpcErrorCode)LspErrorCodes.InvalidParams;
                break;
            }
        }
        return details;
    }
}
