using System.Text;
using System.Text.Json;

namespace BackupLsp.Benchmarks.Lsp;

/// <summary>
/// The benchmark's side of an LSP connection over a server's standard input and output: messages are serialized
/// before the clock starts (<see cref="Request"/>, <see cref="Notification"/>), written whole, and read back with <see cref="ScannedMessage.Scan"/>.
/// One request is outstanding at a time, so reading is synchronous; requests from the server are answered with null.
/// </summary>
public sealed class StdioLspClient(Stream serverInput, Stream serverOutput)
{
    private byte[] _body = new byte[64 * 1024];
    private readonly byte[] _header = new byte[256];
    private int _nextId;

    /// <summary>A request, framed and ready to <see cref="Send"/>, and its id; ids are taken in order.</summary>
    public (int Id, byte[] Frame) Request(string method, object? parameters)
    {
        var id = ++_nextId;
        return (id, WithHeader(JsonSerializer.SerializeToUtf8Bytes(new { jsonrpc = "2.0", id, method, @params = parameters })));
    }

    public static byte[] Notification(string method, object? parameters) =>
        WithHeader(JsonSerializer.SerializeToUtf8Bytes(new { jsonrpc = "2.0", method, @params = parameters }));

    public void Send(byte[] frame)
    {
        serverInput.Write(frame);
        serverInput.Flush();
    }

    /// <summary>Reads messages until one satisfies <paramref name="wanted"/>; fails on an error response.</summary>
    public ScannedMessage ReadUntil(Func<ScannedMessage, bool> wanted)
    {
        while (true)
        {
            var length = ReadHeader();
            if (_body.Length < length)
                _body = new byte[Math.Max(length, _body.Length * 2)];
            serverOutput.ReadExactly(_body, 0, length);
            var message = ScannedMessage.Scan(_body.AsSpan(0, length));
            if (message.IsError)
                throw new InvalidOperationException($"the server answered with an error: {Encoding.UTF8.GetString(_body, 0, length)}");
            if (message is { Id: { } id, Method: not null })
                Send(WithHeader(Encoding.UTF8.GetBytes($$"""{"jsonrpc":"2.0","id":{{id}},"result":null}""")));
            if (wanted(message))
                return message;
        }
    }

    public ScannedMessage ReadResponse(int id) => ReadUntil(message => message.Id == id && message.Method is null);

    public ScannedMessage ReadPublish(int version) => ReadUntil(message => message.IsPublishDiagnostics && message.Version == version);

    private static byte[] WithHeader(byte[] body) => [.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body];

    /// <summary>The Content-Length of the next message, after reading its header up to the blank line.</summary>
    private int ReadHeader()
    {
        var count = 0;
        while (count < 4 || !_header.AsSpan(count - 4, 4).SequenceEqual("\r\n\r\n"u8))
        {
            var next = serverOutput.ReadByte();
            if (next < 0)
                throw new EndOfStreamException("the server closed its output");
            if (count == _header.Length)
                throw new InvalidDataException("message header too long");
            _header[count++] = (byte)next;
        }
        foreach (var line in Encoding.ASCII.GetString(_header, 0, count).Split("\r\n"))
        {
            if (line.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))
                return int.Parse(line.AsSpan("Content-Length:".Length).Trim());
        }
        throw new InvalidDataException("message header without Content-Length");
    }
}
