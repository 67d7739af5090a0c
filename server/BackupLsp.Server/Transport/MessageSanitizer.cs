using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using System.Text.Json;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;

namespace BackupLsp.Server.Transport;

/// <summary>
/// Stands between the client's bytes and StreamJsonRpc, which drops the connection on the first message it cannot
/// read. Well-formed frames pass through unchanged; bytes outside any frame are skipped and logged. A frame whose body is
/// not a JSON-RPC message is logged and answered as JSON-RPC says, through the server (the only writer of the output):
/// it becomes a request for <see cref="RefusedMethod"/> under the message's id when that could be read, else a
/// notification of <see cref="RefusedWithoutIdMethod"/>, answered with a null id; a parse error (invalid JSON, not UTF-8)
/// gets -32700 (and so does a frame whose Content-Type names a charset other than UTF-8), anything else -32600. So does a
/// request whose id is that of one of the <paramref name="inbound"/>
/// requests not answered yet. The server's own methods (<c>$/backupLsp/...</c>) are not the client's to call: a request
/// of one gets MethodNotFound and a notification is ignored, as any unknown <c>$/</c> one; so is <c>$/progress</c> (the
/// server starts no progress), and a request of <c>$/cancelRequest</c>, a notification. A response passes only if it
/// answers a request of the server's that is <paramref name="awaited"/>, once; a malformed one (its error not an object
/// with a code and a message) reaches the server as an error, so that its request ends.
/// The end of the input becomes a notification of <see cref="EndOfInputMethod"/>, and the server's side of the pipe stays
/// open until <paramref name="handled"/> completes: StreamJsonRpc drops the connection, and with it every message it has
/// not handled yet, as soon as it reads the end.
/// </summary>
public sealed partial class MessageSanitizer(PipeReader input, PipeWriter output, ServerLog log, AwaitedResponses awaited, InboundRequests inbound,
    Func<Task> handled)
{
    private const string OwnMethodPrefix = "$/backupLsp/";
    private const string ProgressMethod = "$/progress";
    private const string CancelRequestMethod = "$/cancelRequest";

    public const string RefusedMethod = OwnMethodPrefix + "refused";

    public const string RefusedWithoutIdMethod = OwnMethodPrefix + "refusedWithoutId";

    public const string EndOfInputMethod = OwnMethodPrefix + "endOfInput";

    /// <summary>Why a frame is not passed on, and the JSON-RPC error code it is answered with.</summary>
    internal sealed record Problem(string Reason, int Code);

    private static readonly byte[] EndOfInput = Encoding.UTF8.GetBytes($$"""{"jsonrpc":"2.0","method":"{{EndOfInputMethod}}"}""");

    private const int MaxHeaderBytes = 8 * 1024;
    private const long MaxBodyBytes = 512L * 1024 * 1024;
    private static readonly byte[] ContentLengthHeader = "content-length:"u8.ToArray();
    private static readonly byte[] HeaderEnd = "\r\n\r\n"u8.ToArray();

    private long _skippedBytes;

    public async Task RunAsync()
    {
        try
        {
            while (true)
            {
                var result = await input.ReadAsync().ConfigureAwait(false);
                var buffer = result.Buffer;
                var wrote = false;
                while (TryTakeFrame(ref buffer, out var body, out var charset))
                {
                    Forward(body, charset);
                    wrote = true;
                }
                if (result.IsCompleted)
                {
                    _skippedBytes += buffer.Length;
                    ReportSkipped();
                    input.AdvanceTo(buffer.End);
                    WriteFrame(new ReadOnlySequence<byte>(EndOfInput));
                    if (!(await output.FlushAsync().ConfigureAwait(false)).IsCompleted)
                        await handled().ConfigureAwait(false);
                    break;
                }
                input.AdvanceTo(buffer.Start, buffer.End);
                if (wrote && (await output.FlushAsync().ConfigureAwait(false)).IsCompleted)
                    break;
            }
        }
        catch (Exception e) when (e is IOException or ObjectDisposedException or OperationCanceledException)
        {
            log.Warning($"input closed: {e.Message}");
        }
        finally
        {
            await output.FlushAsync().ConfigureAwait(false);
            await input.CompleteAsync().ConfigureAwait(false);
            await output.CompleteAsync().ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Takes the next complete frame off <paramref name="buffer"/>, skipping anything that is not one, and the charset its
    /// Content-Type names where that is not UTF-8.
    /// </summary>
    private bool TryTakeFrame(ref ReadOnlySequence<byte> buffer, out ReadOnlySequence<byte> body, out string? charset)
    {
        body = default;
        charset = null;
        while (true)
        {
            var header = IndexOfContentLength(buffer);
            if (header < 0)
            {
                // Keep a tail that may be the start of a frame's headers split across reads (a Content-Type may come first).
                var keep = Math.Min(buffer.Length, MaxHeaderBytes);
                _skippedBytes += buffer.Length - keep;
                buffer = buffer.Slice(buffer.Length - keep);
                return false;
            }
            var start = StartOfHeaderLines(buffer.Slice(0, header));
            _skippedBytes += start;
            buffer = buffer.Slice(start);
            var reader = new SequenceReader<byte>(buffer);
            if (!reader.TryReadTo(out ReadOnlySequence<byte> headers, HeaderEnd))
            {
                if (buffer.Length <= MaxHeaderBytes)
                    return false;
                SkipOneByte(ref buffer);
                continue;
            }
            ReportSkipped();
            var length = headers.Length <= MaxHeaderBytes ? ContentLengthAt(headers, header - start) : null;
            if (length is null or < 0 or > MaxBodyBytes)
            {
                log.Warning($"skipped a message header without a valid Content-Length: {Encoding.UTF8.GetString(headers.Slice(0, Math.Min(headers.Length, 200)))}");
                SkipOneByte(ref buffer);
                continue;
            }
            var rest = buffer.Slice(reader.Position);
            if (rest.Length < length)
                return false;
            body = rest.Slice(0, length.Value);
            buffer = rest.Slice(length.Value);
            charset = ForeignCharset(headers);
            return true;
        }
    }

    /// <summary>The longest header block of a Content-Length alone (<c>Content-Length: 536870912</c>), as most clients send it.</summary>
    private const int ContentLengthOnly = 25;

    /// <summary>
    /// The charset a Content-Type field names, where it is not UTF-8: "the only encoding supported", which the base protocol
    /// says a server answers any other with an error over.
    /// </summary>
    private static string? ForeignCharset(ReadOnlySequence<byte> headers)
    {
        if (headers.Length <= ContentLengthOnly)
            return null;
        foreach (var line in Encoding.Latin1.GetString(headers).Split("\r\n"))
        {
            if (!line.StartsWith("content-type:", StringComparison.OrdinalIgnoreCase))
                continue;
            foreach (var parameter in line.Split(';').Skip(1))
                if (parameter.Split('=', 2) is [var name, var value] && name.Trim().Equals("charset", StringComparison.OrdinalIgnoreCase)
                    && value.Trim().Trim('"') is var charset && !charset.Equals("utf-8", StringComparison.OrdinalIgnoreCase)
                    && !charset.Equals("utf8", StringComparison.OrdinalIgnoreCase))
                    return charset;
        }
        return null;
    }

    /// <summary>Where the next Content-Length header starts, its name in any case (HTTP field names are case-insensitive); -1 if none.</summary>
    private static long IndexOfContentLength(ReadOnlySequence<byte> buffer)
    {
        var reader = new SequenceReader<byte>(buffer);
        Span<byte> candidate = stackalloc byte[ContentLengthHeader.Length];
        while (reader.TryAdvanceToAny("Cc"u8, advancePastDelimiter: false))
        {
            if (!reader.TryCopyTo(candidate))
                return -1;
            if (Ascii.EqualsIgnoreCase(candidate, ContentLengthHeader))
                return reader.Consumed;
            reader.Advance(1);
        }
        return -1;
    }

    /// <summary>
    /// Where the header lines that end right before a Content-Length begin: header fields come in any order, so a
    /// Content-Type before it belongs to its frame and is not skipped as stray bytes.
    /// </summary>
    private static long StartOfHeaderLines(ReadOnlySequence<byte> before)
    {
        var tail = before.Slice(Math.Max(before.Length - MaxHeaderBytes, 0));
        // Latin-1 keeps one character per byte, so positions in the text are byte offsets.
        var text = Encoding.Latin1.GetString(tail);
        var start = text.Length;
        while (start >= 2 && text[start - 2] == '\r' && text[start - 1] == '\n')
        {
            var lineStart = text.LastIndexOf("\r\n", start - 3, StringComparison.Ordinal) is >= 0 and var end ? end + 2 : 0;
            if (!IsHeaderLine(text.AsSpan(lineStart, start - 2 - lineStart)))
                break;
            start = lineStart;
        }
        return before.Length - tail.Length + start;
    }

    /// <summary>A <c>Name: value</c> line, its name a token of letters, digits and dashes.</summary>
    private static bool IsHeaderLine(ReadOnlySpan<char> line)
    {
        var colon = line.IndexOf(':');
        if (colon <= 0)
            return false;
        foreach (var c in line[..colon])
            if (!char.IsAsciiLetterOrDigit(c) && c != '-')
                return false;
        return true;
    }

    private void SkipOneByte(ref ReadOnlySequence<byte> buffer)
    {
        _skippedBytes++;
        buffer = buffer.Slice(1);
    }

    /// <summary>The value of the Content-Length field whose name starts at <paramref name="at"/> in the header lines.</summary>
    private static long? ContentLengthAt(ReadOnlySequence<byte> headers, long at)
    {
        var field = headers.Slice(at + ContentLengthHeader.Length);
        var value = field.PositionOf((byte)'\r') is { } end ? field.Slice(0, end) : field;
        return long.TryParse(Encoding.ASCII.GetString(value).Trim(), out var length) ? length : null;
    }

    private void ReportSkipped()
    {
        if (_skippedBytes == 0)
            return;
        log.Warning($"skipped {_skippedBytes} bytes that were not part of any message");
        _skippedBytes = 0;
    }

    /// <summary>
    /// Checks the body where it lies, in as many segments as it arrived in: a document opened is not copied into a
    /// buffer of its own, which a pool would then keep for the life of the server.
    /// </summary>
    private void Forward(ReadOnlySequence<byte> body, string? charset)
    {
        var problem = FindProblem(body, out var requestId, out var responseId, out var request, out var remade);
        // Read as UTF-8 all the same, to answer under its id.
        if (charset is not null && problem is not { Code: LspErrorCodes.ParseError })
        {
            problem = new Problem($"its Content-Type names the charset {charset}, and LSP messages are UTF-8 only", LspErrorCodes.ParseError);
            if (request is { } unread)
                requestId = unread.Raw;
        }
        if (responseId is { } answered && !awaited.TryTake(answered))
        {
            log.Warning($"ignored a response to no request of the server's (id {answered})");
            return;
        }
        if (problem is null && request is { } id && !inbound.Begin(id.Value))
        {
            problem = new Problem($"the id {Encoding.UTF8.GetString(id.Raw)} is that of a request not answered yet", LspErrorCodes.InvalidRequest);
            requestId = id.Raw;
        }
        if (problem is null)
        {
            WriteFrame(remade is { } method ? new ReadOnlySequence<byte>(Remade(method, request?.Raw)) : body);
            return;
        }
        if (problem.Code == LspErrorCodes.MethodNotFound)
        {
            if (requestId is not null)
                WriteFrame(new ReadOnlySequence<byte>(Refused(requestId, problem)));
            return;
        }
        log.Warning($"ignored a malformed message ({problem.Reason})");
        if (responseId is { } failed)
            WriteFrame(new ReadOnlySequence<byte>(FailedResponse(failed, problem.Reason)));
        else
            WriteFrame(new ReadOnlySequence<byte>(Refused(requestId, problem)));
    }

    /// <summary>
    /// Writes the frame in one piece of the pipe: StreamJsonRpc's JSON parser then reads the body where it lies, where it
    /// first copies a body in pieces into a buffer of its own (and clears that after), a megabyte for a large document.
    /// </summary>
    private void WriteFrame(ReadOnlySequence<byte> body)
    {
        var header = $"Content-Length: {body.Length}\r\n\r\n";
        var frame = output.GetSpan(header.Length + (int)body.Length);
        var headerLength = Encoding.ASCII.GetBytes(header, frame);
        body.CopyTo(frame[headerLength..]);
        output.Advance(headerLength + (int)body.Length);
    }

    /// <summary>The error a malformed response stands for, so that the request it answers ends.</summary>
    private static byte[] FailedResponse(RequestId id, string reason)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("jsonrpc", "2.0");
            if (id.String is { } text)
                writer.WriteString("id", text);
            else
                writer.WriteNumber("id", id.Number ?? 0);
            writer.WriteStartObject("error");
            writer.WriteNumber("code", LspErrorCodes.InvalidRequest);
            writer.WriteString("message", $"the client's response was malformed: {reason}");
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// The message the server answers a refused one with: a request under its id, or, without one, a notification the
    /// server answers with a null id.
    /// </summary>
    private static byte[] Refused(byte[]? id, Problem problem)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("jsonrpc", "2.0");
            if (id is not null)
            {
                writer.WritePropertyName("id");
                writer.WriteRawValue(id, skipInputValidation: true);
            }
            writer.WriteString("method", id is null ? RefusedWithoutIdMethod : RefusedMethod);
            writer.WriteStartObject("params");
            writer.WriteString("reason", problem.Reason);
            writer.WriteNumber("code", problem.Code);
            writer.WriteEndObject();
            writer.WriteEndObject();
        }
        return buffer.WrittenSpan.ToArray();
    }
}
