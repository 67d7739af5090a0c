using System.Text.Json;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace BackupLsp.Server.Hosting;

/// <summary>
/// StreamJsonRpc with LSP's error for parameters that do not deserialize: StreamJsonRpc reports those as a
/// generic invocation error, LSP expects InvalidParams.
/// </summary>
public sealed class LspJsonRpc(IJsonRpcMessageHandler handler) : JsonRpc(handler)
{
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
