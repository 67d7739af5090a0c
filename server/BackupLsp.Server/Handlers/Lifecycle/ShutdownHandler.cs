using BackupLsp.Server.Hosting;
using StreamJsonRpc;

namespace BackupLsp.Server.Handlers.Lifecycle;

/// <summary>
/// <c>shutdown</c> then <c>exit</c>: the process exits with 0 after a shutdown, 1 without one. Both take no parameters; any a
/// client sends the MessageSanitizer takes off (refusing them would leave a server running that its client has let go), and
/// an exit sent as a request it passes on as the notification LSP makes it.
/// </summary>
public sealed class ShutdownHandler(LanguageServer server)
{
    [JsonRpcMethod("shutdown", UseSingleObjectParameterDeserialization = true)]
    public async Task<object?> ShutdownAsync()
    {
        await server.ShutdownAsync();
        return null;
    }

    [JsonRpcMethod("exit", UseSingleObjectParameterDeserialization = true)]
    public Task ExitAsync() => server.ExitAsync();
}
