using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;

namespace BackupLsp.Server.Transport;

/// <summary>
/// The answers to the messages <see cref="MessageSanitizer"/> found malformed, which it passes on as calls of its own
/// methods: an error under the message's id, or, where it had none to be read, under a null id.
/// </summary>
public sealed class RefusalHandler(ClientConnection connection)
{
    [JsonRpcMethod(MessageSanitizer.RefusedMethod, UseSingleObjectParameterDeserialization = true)]
    public void Refused(MalformedMessageParams request) =>
        throw new LocalRpcException(RefusalMessage(request)) { ErrorCode = request.Code };

    [JsonRpcMethod(MessageSanitizer.RefusedWithoutIdMethod, UseSingleObjectParameterDeserialization = true)]
    public Task RefusedWithoutIdAsync(MalformedMessageParams request) =>
        connection.RespondWithoutIdAsync(request.Code, RefusalMessage(request));

    private static string RefusalMessage(MalformedMessageParams request) => request.Code switch
    {
        LspErrorCodes.ParseError => $"parse error: {request.Reason}",
        LspErrorCodes.MethodNotFound or LspErrorCodes.InvalidParams => request.Reason,
        _ => $"invalid request: {request.Reason}",
    };
}
