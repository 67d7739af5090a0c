using BackupLsp.Server.Protocol;

namespace BackupLsp.Server.Hosting;

/// <summary>
/// Writes to stderr (stdout carries the protocol) and, once connected, to the client's log as well: the server connects
/// it when initialize arrives, since LSP lets it send nothing before.
/// </summary>
public sealed class ServerLog(TextWriter stderr)
{
    private ClientConnection? _client;

    public void Connect(ClientConnection client) => _client = client;

    public void Info(string message) => Write(MessageType.Info, message);

    public void Warning(string message) => Write(MessageType.Warning, message);

    public void Error(string message) => Write(MessageType.Error, message);

    public void Error(string message, Exception exception) => Write(MessageType.Error, $"{message}: {exception}");

    private void Write(int type, string message)
    {
        var label = type switch { MessageType.Error => "error", MessageType.Warning => "warning", _ => "info" };
        lock (stderr)
            stderr.WriteLine($"[backup-lsp {label}] {message}");
        if (_client is { IsConnected: true } client)
            _ = client.NotifyAsync("window/logMessage", new LogMessageParams(type, message))
                .ContinueWith(static _ => { }, TaskContinuationOptions.OnlyOnFaulted);
    }
}
