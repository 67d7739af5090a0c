using System.Buffers;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using BackupLsp.Language.Text;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;

namespace BackupLsp.Server.Transport;

/// <summary>What makes a frame's body no JSON-RPC message: the checks made before it reaches StreamJsonRpc.</summary>
public sealed partial class MessageSanitizer
{

    /// <summary>Why <paramref name="body"/> is not a JSON-RPC message, or null when it is one.</summary>
    /// <param name="requestId">The raw JSON of the id of a request that is malformed, when it could be read.</param>
    internal static Problem? FindProblem(ReadOnlySequence<byte> body, out byte[]? requestId) => FindProblem(body, out requestId, out _, out _, out _);

    /// <param name="responseId">The id of a response (a result or an error, and no method), malformed or not.</param>
    /// <param name="request">The id of a request, as read and as written, malformed or not.</param>
    /// <param name="remade">The method of a message passed on made anew (<see cref="Remade"/>): a shutdown or exit that
    /// came with params, which they ignore, or an exit sent as a request; else null.</param>
    internal static Problem? FindProblem(ReadOnlySequence<byte> body, out byte[]? requestId, out RequestId? responseId,
        out (RequestId Value, byte[] Raw)? request, out string? remade)
    {
        requestId = null;
        responseId = null;
        request = null;
        remade = null;
        // Bytes that are not UTF-8 make a parse error, answered under the id when it can still be read.
        Problem? problem = IsUtf8(body) ? null : new Problem("the body is not UTF-8", LspErrorCodes.ParseError);
        byte[]? id = null;
        RequestId? readId = null;
        string? method = null;
        var parameters = JsonTokenType.None;
        bool hasMethod = false, hasResultOrError = false, unreadableError = false, nullId = false, anyId = false;
        Problem? idProblem = null;
        try
        {
            var reader = new Utf8JsonReader(body);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
                return problem ?? new Problem("the body is not a JSON object", LspErrorCodes.InvalidRequest);
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                var kind = reader.TokenType;
                switch (name)
                {
                    // StreamJsonRpc closes the connection over a version that is not a string.
                    case "jsonrpc" when kind != JsonTokenType.String:
                        problem ??= Invalid("the jsonrpc version is not a string");
                        break;
                    // JSON-RPC: it "MUST be exactly "2.0"" (StreamJsonRpc would run the message all the same).
                    case "jsonrpc" when !reader.ValueTextEquals("2.0"u8):
                        problem ??= Invalid("the jsonrpc version is not \"2.0\"");
                        break;
                    // Nor can it read a fractional or out-of-range id, so neither can an error answer it.
                    case "id" when kind is JsonTokenType.Number && !reader.TryGetInt64(out _):
                        anyId = true;
                        idProblem ??= Invalid("the id is a number but not an integer");
                        break;
                    case "id" when kind is JsonTokenType.String or JsonTokenType.Number:
                        anyId = true;
                        id = body.Slice(reader.TokenStartIndex, reader.BytesConsumed - reader.TokenStartIndex).ToArray();
                        readId = kind == JsonTokenType.String ? new RequestId(reader.GetString()) : new RequestId(reader.GetInt64());
                        break;
                    case "id" when kind is JsonTokenType.Null:
                        anyId = nullId = true;
                        break;
                    case "id":
                        anyId = true;
                        idProblem ??= Invalid("the id is neither a string nor a number");
                        break;
                    case "method":
                        hasMethod = true;
                        method = kind == JsonTokenType.String ? reader.GetString() : null;
                        if (method is null)
                            problem ??= Invalid("the method is not a string");
                        // Nor is $/progress, of a progress the server never started: StreamJsonRpc reads every one as its own,
                        // and logs a string token it cannot read as an error.
                        else if (method.StartsWith(OwnMethodPrefix, StringComparison.Ordinal) || method == ProgressMethod)
                            problem ??= new Problem($"the method {method} is not found", LspErrorCodes.MethodNotFound);
                        break;
                    // null params are outside JSON-RPC 2.0, but LSP clients (eglot) send them for parameterless requests such as shutdown.
                    case "params" when kind is not (JsonTokenType.StartObject or JsonTokenType.StartArray or JsonTokenType.Null):
                        problem ??= Invalid("the params are neither an object nor an array");
                        break;
                    case "params":
                        parameters = kind;
                        break;
                    case "error" when !IsError(reader):
                        hasResultOrError = unreadableError = true;
                        break;
                    case "result" or "error":
                        hasResultOrError = true;
                        break;
                }
                reader.Skip();
            }
            // Past the object's end the reader throws on anything but white space: content after a message is invalid JSON.
            reader.Read();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            // A request cut short still gets its answer when its id and method came before the error. (A name or string
            // that is not UTF-8 throws InvalidOperationException as it is read.)
            if (hasMethod && id is not null)
                requestId = id;
            return problem ?? new Problem($"invalid JSON: {e.Message}", LspErrorCodes.ParseError);
        }
        problem ??= hasMethod || (id is not null && hasResultOrError) ? null : Invalid("it is neither a request, a notification nor a response");
        // LSP makes exit a notification: an id it comes with, whatever it is, is dropped (Remade), not refused. Passed on
        // as a request, it would be among the requests shutdown waits to see answered while it waited for shutdown's
        // answer, and the server ended with that answer unwritten; refused, the server would outlive its client.
        var exitWithId = method == "exit" && anyId;
        if (!exitWithId)
            problem ??= idProblem;
        // JSON-RPC discourages a request's null id and LSP's ids are numbers or strings: answered as a request whose id
        // could not be read (a response's null id, for a request the client could not read, is JSON-RPC's own).
        if (hasMethod && nullId && !exitWithId)
            problem ??= Invalid("the id is null, where LSP's ids are numbers or strings");
        // LSP: a request of a `$/` method is answered MethodNotFound; StreamJsonRpc would answer $/cancelRequest, its own.
        if (id is not null && method == CancelRequestMethod)
            problem ??= new Problem($"the method {method} is not found", LspErrorCodes.MethodNotFound);
        // LSP passes a request's parameters as one object (none for shutdown): StreamJsonRpc would answer an array, or null,
        // with an account of its .NET method lookup.
        if (id is not null && method is not null && !TakesNoParams(method) && parameters is JsonTokenType.StartArray or JsonTokenType.Null)
            problem ??= new Problem($"{method} takes its parameters as one object", LspErrorCodes.InvalidParams);
        // StreamJsonRpc closes the connection over a response whose error it cannot read.
        if (!hasMethod && unreadableError)
            problem ??= Invalid("the error is not an object with an integer code and a string message");
        remade = method is not null && TakesNoParams(method) && (parameters != JsonTokenType.None || exitWithId) ? method : null;
        if (problem is not null && hasMethod && id is not null)
            requestId = id;
        if (!hasMethod && hasResultOrError)
            responseId = readId;
        if (hasMethod && readId is { } requestRead && id is not null && !exitWithId)
            request = (requestRead, id);
        return problem;
    }

    private static Problem Invalid(string reason) => new(reason, LspErrorCodes.InvalidRequest);

    /// <summary>shutdown and exit, whose params LSP makes void: whatever a client sends as them is ignored.</summary>
    private static bool TakesNoParams(string method) => method is "shutdown" or "exit";

    /// <summary>
    /// A shutdown or exit made anew without the params it came with (StreamJsonRpc would find no method to bind them to,
    /// and drop an exit, leaving the server running after its client): a shutdown under its id as written, an exit as the
    /// notification it is, whatever id it came with.
    /// </summary>
    internal static byte[] Remade(string method, byte[]? rawId) =>
        Encoding.UTF8.GetBytes($"{{\"jsonrpc\":\"2.0\",{(rawId is null ? "" : $"\"id\":{Encoding.UTF8.GetString(rawId)},")}\"method\":\"{method}\"}}");

    /// <summary>Whether the value at <paramref name="reader"/> (a copy) is a JSON-RPC error object.</summary>
    private static bool IsError(Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            return false;
        bool code = false, message = false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (name == "code")
                code = reader.TokenType == JsonTokenType.Number && reader.TryGetInt32(out _);
            else if (name == "message")
                message = reader.TokenType == JsonTokenType.String;
            reader.Skip();
        }
        return code && message;
    }

    /// <summary>Whether the body is UTF-8, also where a character is split between two segments.</summary>
    private static bool IsUtf8(ReadOnlySequence<byte> body)
    {
        if (body.IsSingleSegment)
            return Utf8.IsValid(body.FirstSpan);
        var decoder = ScriptText.StrictUtf8.GetDecoder();
        Span<char> chars = stackalloc char[1024];
        try
        {
            var segments = body.GetEnumerator();
            var more = segments.MoveNext();
            while (more)
            {
                var bytes = segments.Current.Span;
                more = segments.MoveNext();
                while (true)
                {
                    decoder.Convert(bytes, chars, flush: !more, out var used, out _, out var completed);
                    bytes = bytes[used..];
                    if (completed && bytes.IsEmpty)
                        break;
                }
            }
            return true;
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }
}
