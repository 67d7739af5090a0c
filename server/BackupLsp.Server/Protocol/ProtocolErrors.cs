using StreamJsonRpc;

namespace BackupLsp.Server.Protocol;

/// <summary>LSP's errors as exceptions: a handler throws one, and StreamJsonRpc answers the request with its code and message.</summary>
public static class ProtocolErrors
{
    public static LocalRpcException InvalidParams(string message) => new(message) { ErrorCode = LspErrorCodes.InvalidParams };

    public static LocalRpcException RequestFailed(string message) => new(message) { ErrorCode = LspErrorCodes.RequestFailed };
}
