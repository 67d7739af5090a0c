using BackupLsp.Server.Protocol;

namespace BackupLsp.Server.Hosting;

/// <summary>
/// Writes to stderr (stdout carries the protocol) and, once connected, to the client's log as well: the server connects
/// it when initialize arrives, since LSP lets it send nothing before. Once connected, information goes to the client's
/// log alone: clients show what a server writes to stderr as errors (VS Code's output as `[error]`, Neovim's LSP log at
/// ERROR), and the client's log has it already; warnings and errors go to both.
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
        var client = _client;
        var connected = client is { IsConnected: true };
        if (type != MessageType.Info || !connected)
            lock (stderr)
                stderr.WriteLine($"[backup-lsp {label}] {message}");
        if (connected)
            _ = client!.NotifyAsync("window/logMessage", new LogMessageParams(type, message))
                .ContinueWith(static _ => { }, TaskContinuationOptions.OnlyOnFaulted);
    }
}
