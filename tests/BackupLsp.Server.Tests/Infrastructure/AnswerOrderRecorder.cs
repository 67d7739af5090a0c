using System.Collections.Concurrent;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace BackupLsp.Server.Tests.Infrastructure;

/// <summary>
/// The client's connection, keeping the methods of its requests in the order their answers are read: the tasks
/// StreamJsonRpc hands out for them complete on the thread pool, not necessarily in that order.
/// </summary>
internal sealed class AnswerOrderRecorder(IJsonRpcMessageHandler handler) : JsonRpc(handler)
{
    private readonly ConcurrentDictionary<RequestId, string> _asked = new();

    public ConcurrentQueue<string> AnsweredMethods { get; } = new();

    protected override ValueTask SendAsync(JsonRpcMessage message, CancellationToken cancellationToken)
    {
        if (message is JsonRpcRequest { IsResponseExpected: true } request)
            _asked[request.RequestId] = request.Method!;
        return base.SendAsync(message, cancellationToken);
    }

    protected override void OnResponseReceived(JsonRpcMessage response)
    {
        if (response is IJsonRpcMessageWithId { RequestId: var id } && _asked.TryRemove(id, out var method))
            AnsweredMethods.Enqueue(method);
        base.OnResponseReceived(response);
    }
}
