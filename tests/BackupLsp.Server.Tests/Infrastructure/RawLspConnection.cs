using System.Text;
using System.Text.Json;
using BackupLsp.Server.Hosting;
using Nerdbank.Streams;

namespace BackupLsp.Server.Tests.Infrastructure;

/// <summary>
/// A byte-level connection to an in-process server, for what a well-behaved JSON-RPC client cannot send or would
/// hide: malformed requests and the exact error responses.
/// </summary>
public sealed class RawLspConnection : IAsyncDisposable
{
    private readonly Stream _stream;
    private readonly byte[] _buffer = new byte[64 * 1024];
    private readonly MemoryStream _pending = new();

    private readonly StringWriter _stderr;

    private RawLspConnection(Stream stream, Task<int> server, StringWriter stderr)
    {
        _stream = stream;
        _stderr = stderr;
        ServerExit = server;
    }

    public Task<int> ServerExit { get; }

    public string ServerStderr
    {
        get
        {
            lock (_stderr)
                return _stderr.ToString();
        }
    }

    /// <param name="capabilities">The client's capabilities, as JSON: by default none, so that the server sends no requests.</param>
    public static async Task<RawLspConnection> StartAsync(string capabilities = "{}", LanguageServerOptions? options = null)
    {
        var (client, server) = FullDuplexStream.CreatePair();
        var stderr = new StringWriter();
        var serverTask = Task.Run(() => LanguageServerHost.RunAsync(server, server, stderr, options ?? LspTestClient.InProcessOptions()));
        var connection = new RawLspConnection(client, serverTask, stderr);
        await connection.SendAsync("""{"jsonrpc":"2.0","id":0,"method":"initialize","params":{"capabilities":""" + capabilities + "}}");
        await connection.ResponseAsync(0);
        await connection.SendAsync("""{"jsonrpc":"2.0","method":"initialized","params":{}}""");
        return connection;
    }

    public Task SendAsync(string json) => SendFrameAsync(Encoding.UTF8.GetBytes(json));

    public Task SendFrameAsync(byte[] body) => SendBytesAsync([.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body]);

    public async Task SendBytesAsync(byte[] bytes)
    {
        await _stream.WriteAsync(bytes);
        await _stream.FlushAsync();
    }

    /// <summary>The response with <paramref name="id"/>, skipping the server's notifications.</summary>
    public async Task<JsonElement> ResponseAsync(JsonElement id) => await ResponseAsync(id.GetRawText());

    public Task<JsonElement> ResponseAsync(int id) => ResponseAsync(id.ToString());

    public Task<JsonElement> ResponseAsync(string rawId) => ReadUntilAsync(rawId).WaitAsync(LspTestClient.Timeout);

    private async Task<JsonElement> ReadUntilAsync(string rawId)
    {
        while (true)
        {
            var message = await ReadMessageAsync();
            if (message.TryGetProperty("id", out var id) && !message.TryGetProperty("method", out _) && id.GetRawText() == rawId)
                return message;
        }
    }

    /// <summary>The server's next notification of <paramref name="method"/>, skipping other messages.</summary>
    public Task<JsonElement> NotificationAsync(string method) => ReadNotificationAsync(method).WaitAsync(LspTestClient.Timeout);

    private async Task<JsonElement> ReadNotificationAsync(string method)
    {
        while (true)
        {
            var message = await ReadMessageAsync();
            if (!message.TryGetProperty("id", out _) && message.TryGetProperty("method", out var name) && name.GetString() == method)
                return message;
        }
    }

    /// <summary>The server's next request for <paramref name="method"/>, skipping other messages.</summary>
    public Task<JsonElement> RequestFromServerAsync(string method) => ReadRequestAsync(method).WaitAsync(LspTestClient.Timeout);

    private async Task<JsonElement> ReadRequestAsync(string method)
    {
        while (true)
        {
            var message = await ReadMessageAsync();
            if (message.TryGetProperty("id", out _) && message.TryGetProperty("method", out var name) && name.GetString() == method)
                return message;
        }
    }

    /// <remarks>The buffered bytes are searched in place: a response of many megabytes arrives in thousands of reads.</remarks>
    private async Task<JsonElement> ReadMessageAsync()
    {
        while (true)
        {
            var bytes = _pending.GetBuffer().AsMemory(0, (int)_pending.Length);
            var headerEnd = bytes.Span.IndexOf("\r\n\r\n"u8);
            if (headerEnd >= 0)
            {
                var header = Encoding.ASCII.GetString(bytes.Span[..headerEnd]);
                var length = int.Parse(header[(header.IndexOf(':') + 1)..].Trim());
                var bodyStart = headerEnd + 4;
                if (bytes.Length >= bodyStart + length)
                {
                    var message = JsonDocument.Parse(bytes.Slice(bodyStart, length)).RootElement.Clone();
                    var rest = bytes[(bodyStart + length)..].ToArray();
                    _pending.SetLength(0);
                    _pending.Write(rest);
                    return message;
                }
            }
            var read = await _stream.ReadAsync(_buffer);
            if (read == 0)
                throw new EndOfStreamException("the server closed the connection");
            _pending.Write(_buffer, 0, read);
        }
    }

    public async ValueTask DisposeAsync()
    {
        await SendAsync("""{"jsonrpc":"2.0","method":"exit"}""");
        await ServerExit.WaitAsync(LspTestClient.Timeout);
        await _stream.DisposeAsync();
    }
}
