using System.Text.Json;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace BackupLsp.Server.Transport;

/// <summary>
/// StreamJsonRpc with LSP's error for parameters that do not deserialize: StreamJsonRpc reports those as a
/// generic invocation error, LSP expects InvalidParams; and without the .NET stack trace it sends as an error's data. The ids of its requests to the client go into
/// <paramref name="awaited"/>, for the <see cref="MessageSanitizer"/> to tell a response from a stray one; its answers to
/// the client's requests are counted off <paramref name="inbound"/>.
/// </summary>
public sealed class LspJsonRpc(IJsonRpcMessageHandler handler, AwaitedResponses awaited, InboundRequests inbound) : JsonRpc(handler)
{
    /// <summary>
    /// The error a request gets outside initialize..shutdown, or null: StreamJsonRpc answers an unknown method itself,
    /// with MethodNotFound, where LSP wants ServerNotInitialized before initialize.
    /// </summary>
    public Func<LocalRpcException?> Refusal { get; init; } = () => null;

    private readonly Lock _sendGate = new();
    private int _sending;
    private bool _outputClosed;
    private TaskCompletionSource? _sent;

    protected override async ValueTask SendAsync(JsonRpcMessage message, CancellationToken cancellationToken)
    {
        if (message is JsonRpcError { Error: { Code: JsonRpcErrorCode.MethodNotFound } error } && Refusal() is { } refusal)
        {
            error.Code = (JsonRpcErrorCode)refusal.ErrorCode;
            error.Message = refusal.Message;
        }
        lock (_sendGate)
        {
            if (_outputClosed)
                return;
            _sending++;
        }
        try
        {
            await base.SendAsync(message, cancellationToken).ConfigureAwait(false);
        }
        finally
        {
            lock (_sendGate)
            {
                if (--_sending == 0)
                    _sent?.TrySetResult();
            }
        }
    }

    /// <summary>
    /// Sends nothing more (a message not begun is dropped) and completes once the messages begun are written: the process
    /// ending in the middle of one would leave the client a frame cut short.
    /// </summary>
    public Task CloseOutputAsync()
    {
        lock (_sendGate)
        {
            _outputClosed = true;
            return _sending == 0 ? Task.CompletedTask : (_sent ??= new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
        }
    }

    /// <summary>
    /// Answers a message whose id could not be read: JSON-RPC's error with a null id (a parse error, an invalid request).
    /// </summary>
    public Task RespondWithoutIdAsync(int code, string message) =>
        SendAsync(new JsonRpcError { RequestId = RequestId.Null, Error = new JsonRpcError.ErrorDetail { Code = (JsonRpcErrorCode)code, Message = message } },
            CancellationToken.None).AsTask();

    /// <summary>Completes when all but <paramref name="left"/> of the client's requests received so far have been answered.</summary>
    public Task WhenAnswered(int left = 0) => inbound.WhenAnswered(left);

    protected override void OnResponseSent(JsonRpcMessage response)
    {
        base.OnResponseSent(response);
        if (response is IJsonRpcMessageWithId { RequestId: var id })
            inbound.Answered(id);
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
        // StreamJsonRpc attaches the exception's type and stack trace, which clients print in full; the log has them.
        details.Data = null;
        for (var cause = exception; cause is not null; cause = cause.InnerException)
        {
            if (cause is RpcArgumentDeserializationException)
                details.Code = (JsonRpcErrorCode)LspErrorCodes.InvalidParams;
            if (cause is JsonException json)
            {
                details.Code = (JsonRpcErrorCode)LspErrorCodes.InvalidParams;
                // System.Text.Json's own message names the server's .NET type and a byte position in the params' copy.
                details.Message = $"{request.Method}: {ParamsPath(json.Path)} does not have the type LSP specifies";
                break;
            }
        }
        return details;
    }

    /// <summary>A JSON path as System.Text.Json gives it (<c>$.position.line</c>), written from the params (<c>params.position.line</c>).</summary>
    private static string ParamsPath(string? path) => path is ['$', .. var rest] ? "params" + rest : "params";
}
