using System.Text;
using System.Text.Json;
using BackupLsp.Server.Tests.Infrastructure;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace BackupLsp.Server.Tests;

public sealed class RobustnessTests
{
    private const string Uri = "file:///work/robust.sql";

    /// <summary>The server still answers a real request, so it survived whatever came before.</summary>
    private static async Task AssertServingAsync(LspTestClient client)
    {
        await client.OpenAsync(Uri, "SHOW BACKUP FROM db1;");
        var symbols = await client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = Uri } });
        Assert.Equal("SHOW BACKUP FROM db1", Assert.Single(symbols.EnumerateArray()).GetProperty("name").GetString());
        Assert.False(client.ServerExit.IsCompleted);
    }

    [Fact]
    public async Task Malformed_json_is_logged_and_skipped()
    {
        await using var connection = await RawLspConnection.StartAsync();
        await connection.SendAsync("{\"jsonrpc\": \"2.0\", \"method\": \"textDocument/didOpen\", \"params\": {");
        await AssertServingAsync(connection);
        Assert.Contains("malformed message (invalid JSON", connection.ServerStderr);
    }

    [Fact]
    public async Task A_request_cut_short_after_its_id_and_method_gets_an_error()
    {
        await using var connection = await RawLspConnection.StartAsync();
        await connection.SendAsync("{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"textDocument/foldingRange\", \"params\": {");
        var response = await connection.ResponseAsync(1);
        Assert.Equal(-32700, response.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Contains("parse error: invalid JSON", response.GetProperty("error").GetProperty("message").GetString());
        await AssertServingAsync(connection);
    }

    [Fact]
    public async Task A_request_whose_body_is_not_UTF8_gets_a_parse_error_under_its_id()
    {
        // Left unanswered, the client would wait for ever (and a document change in such bytes is lost: it is logged).
        await using var connection = await RawLspConnection.StartAsync();
        await connection.SendFrameAsync([.. """{"jsonrpc":"2.0","id":114,"method":"textDocument/hover","params":{"textDocument":{"uri":" """u8, 0xFF, 0xFE,
            .. Encoding.UTF8.GetBytes("\"},\"position\":{\"line\":0,\"character\":0}}}")]);
        var response = await connection.ResponseAsync(114);
        Assert.Equal(-32700, response.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Contains("not UTF-8", response.GetProperty("error").GetProperty("message").GetString());
        await AssertServingAsync(connection);
    }

    [Theory]
    [InlineData("{not json at all}", -32700)]
    [InlineData("""{"jsonrpc": "2.0", "id": {"a": 1}, "method": "textDocument/foldingRange", "params": {}}""", -32600)]
    [InlineData("""{"jsonrpc": "2.0", "id": 112}""", -32600)]
    [InlineData("[1, 2]", -32600)]
    [InlineData("""{"jsonrpc": "2.0", "id": null, "method": "textDocument/foldingRange", "params": {"textDocument": {"uri": "file:///x.sql"}}}""", -32600)]
    [InlineData("""{"jsonrpc": "2.0", "id": null, "method": "shutdown"}""", -32600)]
    public async Task A_message_whose_id_cannot_be_read_gets_its_error_with_a_null_id(string body, int code)
    {
        // JSON-RPC: "If there was an error in detecting the id in the Request object (e.g. Parse error/Invalid Request), it MUST be Null."
        await using var connection = await RawLspConnection.StartAsync();
        await connection.SendAsync(body);
        var response = await connection.ResponseAsync("null");
        Assert.Equal(code, response.GetProperty("error").GetProperty("code").GetInt32());
        await AssertServingAsync(connection);
    }

    [Fact]
    public async Task A_request_of_another_jsonrpc_version_is_refused_under_its_id_and_runs_nothing()
    {
        await using var connection = await RawLspConnection.StartAsync();
        await connection.SendAsync("""{"jsonrpc": "1.0", "id": 11, "method": "shutdown"}""");
        var error = (await connection.ResponseAsync(11)).GetProperty("error");
        Assert.Equal(-32600, error.GetProperty("code").GetInt32());
        Assert.Contains("the jsonrpc version is not \"2.0\"", error.GetProperty("message").GetString());
        await AssertServingAsync(connection);
    }

    [Fact]
    public async Task The_servers_own_methods_are_not_the_clients_to_call()
    {
        await using var connection = await RawLspConnection.StartAsync();
        await connection.SendAsync("""{"jsonrpc": "2.0", "method": "$/backupLsp/refused", "params": {"reason": "hi", "code": -32600}}""");
        await connection.SendAsync("""{"jsonrpc": "2.0", "method": "$/backupLsp/endOfInput"}""");
        await connection.SendAsync("""{"jsonrpc": "2.0", "id": 3, "method": "$/backupLsp/endOfInput"}""");
        var response = await connection.ResponseAsync(3);
        Assert.Equal(-32601, response.GetProperty("error").GetProperty("code").GetInt32());
        await AssertServingAsync(connection);
        Assert.DoesNotContain("hi", connection.ServerStderr);
    }

    [Fact]
    public async Task Progress_the_server_never_started_is_ignored_and_cancelRequest_is_no_request()
    {
        await using var connection = await RawLspConnection.StartAsync();
        // LSP: "if a server or client receives notifications starting with '$/' it is free to ignore the notification",
        // and "a request starting with '$/' it must error the request with error code MethodNotFound".
        await connection.SendAsync("""{"jsonrpc": "2.0", "method": "$/progress", "params": {"token": "tok0", "value": {"kind": "begin", "title": "t"}}}""");
        await connection.SendAsync("""{"jsonrpc": "2.0", "id": 2, "method": "$/cancelRequest", "params": {"id": 999}}""");
        Assert.Equal(-32601, (await connection.ResponseAsync(2)).GetProperty("error").GetProperty("code").GetInt32());
        await AssertServingAsync(connection);
        Assert.DoesNotContain("token", connection.ServerStderr);
    }

    [Fact]
    public async Task A_malformed_request_with_an_id_gets_an_invalid_request_error()
    {
        await using var connection = await RawLspConnection.StartAsync();
        await connection.SendAsync("""{"jsonrpc": "2.0", "id": "bad-1", "method": "textDocument/hover", "params": 42}""");
        var response = await connection.ResponseAsync("\"bad-1\"");
        Assert.Equal(-32600, response.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Contains("neither an object nor an array", response.GetProperty("error").GetProperty("message").GetString());
        await connection.SendAsync("""{"jsonrpc": "2.0", "id": 2, "method": "textDocument/foldingRange", "params": {"textDocument": {"uri": "file:///x.sql"}}}""");
        Assert.Empty((await connection.ResponseAsync(2)).GetProperty("result").EnumerateArray());
    }

    [Theory]
    [InlineData("null")]
    [InlineData("2")]
    [InlineData("{}")]
    public async Task A_request_whose_jsonrpc_is_not_a_string_gets_an_invalid_request_error(string version)
    {
        // StreamJsonRpc closed the connection over such a message.
        await using var connection = await RawLspConnection.StartAsync();
        await connection.SendAsync("""{"jsonrpc": """ + version + """, "id": 5, "method": "textDocument/foldingRange", "params": {"textDocument": {"uri": "file:///x.sql"}}}""");
        var response = await connection.ResponseAsync(5);
        Assert.Equal(-32600, response.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Contains("jsonrpc", response.GetProperty("error").GetProperty("message").GetString());
        await AssertServingAsync(connection);
    }

    [Theory]
    [InlineData("1.5")]
    [InlineData("1e400")]
    [InlineData("18446744073709551616")]
    public async Task A_request_whose_id_is_no_integer_gets_an_invalid_request_error_without_closing_the_connection(string id)
    {
        // LSP's ids are integers or strings; StreamJsonRpc closed the connection over any other number.
        await using var connection = await RawLspConnection.StartAsync();
        await connection.SendAsync("""{"jsonrpc": "2.0", "id": """ + id + """, "method": "textDocument/foldingRange", "params": {"textDocument": {"uri": "file:///x.sql"}}}""");
        Assert.Equal(-32600, (await connection.ResponseAsync("null")).GetProperty("error").GetProperty("code").GetInt32());
        await AssertServingAsync(connection);
        Assert.Contains("the id is a number but not an integer", connection.ServerStderr);
    }

    [Theory]
    [InlineData("""{"jsonrpc": "2.0", "id": 424242, "result": null}""")]
    [InlineData("""{"jsonrpc": "2.0", "id": "never-asked", "error": {"code": -32601, "message": "no such method"}}""")]
    public async Task A_response_to_no_request_of_the_server_is_ignored(string response)
    {
        // StreamJsonRpc closed the connection over it.
        await using var connection = await RawLspConnection.StartAsync();
        await connection.SendAsync(response);
        await AssertServingAsync(connection);
        Assert.Contains("ignored a response to no request of the server's", connection.ServerStderr);
    }

    /// <summary>A client that lets the server register to watch the catalog file, the first request the server sends.</summary>
    private const string RegisteringClient = """{"workspace": {"didChangeWatchedFiles": {"dynamicRegistration": true}}}""";

    [Fact]
    public async Task A_second_response_to_a_request_of_the_server_is_ignored()
    {
        await using var connection = await RawLspConnection.StartAsync(RegisteringClient);
        var request = await connection.RequestFromServerAsync("client/registerCapability");
        var response = """{"jsonrpc": "2.0", "id": """ + request.GetProperty("id").GetRawText() + """, "result": null}""";
        await connection.SendAsync(response);
        await connection.SendAsync(response);
        await AssertServingAsync(connection);
        Assert.Contains("ignored a response to no request of the server's", connection.ServerStderr);
        Assert.DoesNotContain("could not watch the catalog file", connection.ServerStderr);
    }

    [Theory]
    [InlineData("null")]
    [InlineData("5")]
    [InlineData("{}")]
    [InlineData("""{"code": "x", "message": "refused"}""")]
    [InlineData("""{"code": 1.5, "message": "refused"}""")]
    public async Task A_response_whose_error_cannot_be_read_fails_the_request_it_answers(string error)
    {
        // StreamJsonRpc closed the connection over it.
        await using var connection = await RawLspConnection.StartAsync(RegisteringClient);
        var request = await connection.RequestFromServerAsync("client/registerCapability");
        await connection.SendAsync("""{"jsonrpc": "2.0", "id": """ + request.GetProperty("id").GetRawText() + """, "error": """ + error + "}");
        await AssertServingAsync(connection);
        // The registration's failure is logged when its task ends, which the request above does not wait for.
        const string logged = "could not watch the catalog file: the client's response was malformed";
        await Wait.UntilAsync(() => connection.ServerStderr.Contains(logged));
        Assert.Contains(logged, connection.ServerStderr);
    }

    [Fact]
    public async Task A_request_whose_id_is_that_of_one_not_answered_yet_gets_invalid_request()
    {
        // StreamJsonRpc answered the second with an internal error naming a .NET exception (an item with the same key).
        await using var connection = await RawLspConnection.StartAsync();
        await connection.SendAsync(JsonSerializer.Serialize(new
        {
            jsonrpc = "2.0",
            method = "textDocument/didOpen",
            @params = new { textDocument = new { uri = Uri, languageId = "sql", version = 1, text = "SHOW BACKUP FROM db1;" } },
        }));
        static byte[] Frame(string method) =>
            [.. Encoding.ASCII.GetBytes($"Content-Length: {Encoding.UTF8.GetByteCount(Request(method))}\r\n\r\n"), .. Encoding.UTF8.GetBytes(Request(method))];
        static string Request(string method) =>
            JsonSerializer.Serialize(new { jsonrpc = "2.0", id = 7, method, @params = new { textDocument = new { uri = Uri } } });
        // In one write: the second comes before the first can be answered.
        await connection.SendBytesAsync([.. Frame("textDocument/documentSymbol"), .. Frame("textDocument/foldingRange")]);

        JsonElement[] answers = [await connection.ResponseAsync(7), await connection.ResponseAsync(7)];

        var refused = Assert.Single(answers, answer => answer.TryGetProperty("error", out _));
        Assert.Equal(-32600, refused.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Contains("the id 7 is that of a request not answered yet", refused.GetProperty("error").GetProperty("message").GetString());
        var answered = Assert.Single(answers, answer => answer.TryGetProperty("result", out _));
        Assert.Equal("SHOW BACKUP FROM db1", Assert.Single(answered.GetProperty("result").EnumerateArray()).GetProperty("name").GetString());
        await AssertServingAsync(connection);
    }

    [Theory]
    [InlineData("\"text\"", "the body is not a JSON object")]
    [InlineData("""{"jsonrpc": "2.0", "method": "initialized"} {"jsonrpc": "2.0"}""", "invalid JSON")]
    [InlineData("""{"jsonrpc": "2.0", "id": true, "method": "textDocument/foldingRange", "params": {}}""", "the id is neither a string nor a number")]
    [InlineData("""{"jsonrpc": "2.0", "id": [1], "method": "textDocument/foldingRange", "params": {}}""", "the id is neither a string nor a number")]
    public async Task A_body_that_is_no_message_is_logged_and_answered(string body, string reason)
    {
        await using var connection = await RawLspConnection.StartAsync();
        await connection.SendAsync(body);
        Assert.True((await connection.ResponseAsync("null")).GetProperty("error").GetProperty("code").GetInt32() is -32700 or -32600);
        await AssertServingAsync(connection);
        Assert.Contains($"ignored a malformed message ({reason}", connection.ServerStderr);
    }

    [Fact]
    public async Task A_content_length_whose_headers_never_end_is_skipped()
    {
        await using var connection = await RawLspConnection.StartAsync();
        await connection.SendBytesAsync([.. "Content-Length: 10\r\n"u8, .. Enumerable.Repeat((byte)'x', 9000)]);
        await AssertServingAsync(connection);
        Assert.Contains("not part of any message", connection.ServerStderr);
    }

    [Fact]
    public async Task Binary_garbage_between_and_inside_messages_is_skipped()
    {
        await using var connection = await RawLspConnection.StartAsync();
        var garbage = new byte[64 * 1024];
        new Random(42).NextBytes(garbage);
        await connection.SendBytesAsync(garbage);
        await connection.SendFrameAsync(garbage[..1000]);
        await connection.SendBytesAsync("Content-Length: nonsense\r\n\r\n"u8.ToArray());
        await AssertServingAsync(connection);
        Assert.Contains("not part of any message", connection.ServerStderr);
        Assert.Contains("the body is not UTF-8", connection.ServerStderr);
    }

    [Fact]
    public async Task Header_fields_are_read_in_any_case_and_order_and_across_reads()
    {
        await using var connection = await RawLspConnection.StartAsync();
        byte[] Request(int id) => Encoding.UTF8.GetBytes("""{"jsonrpc":"2.0","id":""" + id + ""","method":"textDocument/foldingRange","params":{"textDocument":{"uri":"file:///x.sql"}}}""");
        var lowerCase = Request(1);
        await connection.SendBytesAsync([.. Encoding.ASCII.GetBytes($"content-length: {lowerCase.Length}\r\n\r\n"), .. lowerCase]);
        Assert.Empty((await connection.ResponseAsync(1)).GetProperty("result").EnumerateArray());

        var typeFirst = Request(2);
        await connection.SendBytesAsync(Encoding.ASCII.GetBytes("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\n"));
        await Task.Delay(50);
        await connection.SendBytesAsync([.. Encoding.ASCII.GetBytes($"CONTENT-LENGTH: {typeFirst.Length}\r\n\r\n"), .. typeFirst]);
        Assert.Empty((await connection.ResponseAsync(2)).GetProperty("result").EnumerateArray());

        var typeAfter = Request(3);
        await connection.SendBytesAsync([.. Encoding.ASCII.GetBytes($"Content-Length:{typeAfter.Length} \r\nContent-Type: application/vscode-jsonrpc\r\n\r\n"), .. typeAfter]);
        Assert.Empty((await connection.ResponseAsync(3)).GetProperty("result").EnumerateArray());
        await AssertServingAsync(connection);
        Assert.DoesNotContain("not part of any message", connection.ServerStderr);
    }

    [Fact]
    public async Task A_message_whose_content_type_names_another_charset_than_utf8_gets_a_parse_error_under_its_id()
    {
        await using var connection = await RawLspConnection.StartAsync();
        byte[] Request(int id) => Encoding.UTF8.GetBytes("""{"jsonrpc":"2.0","id":""" + id + ""","method":"textDocument/foldingRange","params":{"textDocument":{"uri":"file:///x.sql"}}}""");
        async Task SendAsync(int id, string contentType)
        {
            var body = Request(id);
            await connection.SendBytesAsync([.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\nContent-Type: {contentType}\r\n\r\n"), .. body]);
        }

        await SendAsync(1, "application/vscode-jsonrpc; charset=utf-16");
        await SendAsync(2, "application/vscode-jsonrpc;charset=\"UTF8\"");
        var refused = await connection.ResponseAsync(1);
        var read = await connection.ResponseAsync(2);

        Assert.Equal(-32700, refused.GetProperty("error").GetProperty("code").GetInt32());
        Assert.Contains("charset utf-16", refused.GetProperty("error").GetProperty("message").GetString());
        Assert.Empty(read.GetProperty("result").EnumerateArray());
        await AssertServingAsync(connection);
    }

    [Fact]
    public async Task Null_params_are_accepted_as_eglot_sends_them_for_shutdown_and_exit()
    {
        await using var connection = await RawLspConnection.StartAsync();
        await connection.SendAsync("""{"jsonrpc": "2.0", "id": 7, "method": "shutdown", "params": null}""");
        var response = await connection.ResponseAsync(7);
        Assert.False(response.TryGetProperty("error", out _));
        await connection.SendAsync("""{"jsonrpc": "2.0", "method": "exit", "params": null}""");
        Assert.Equal(0, await connection.ServerExit.WaitAsync(LspTestClient.Timeout));
    }

    /// <summary>A request after the bad input is still answered.</summary>
    private static async Task AssertServingAsync(RawLspConnection connection)
    {
        await connection.SendAsync("""{"jsonrpc": "2.0", "id": 99, "method": "textDocument/foldingRange", "params": {"textDocument": {"uri": "file:///x.sql"}}}""");
        Assert.Empty((await connection.ResponseAsync(99)).GetProperty("result").EnumerateArray());
        Assert.False(connection.ServerExit.IsCompleted);
    }

    [Fact]
    public async Task Unknown_methods_get_method_not_found()
    {
        await using var client = await LspTestClient.StartAsync();
        var error = await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() => client.RequestAsync("textDocument/noSuchThing", new { }));
        Assert.Equal(JsonRpcErrorCode.MethodNotFound, error.ErrorCode);
        await client.NotifyAsync("$/noSuchNotification", new { });
        await AssertServingAsync(client);
    }

    [Fact]
    public async Task Bad_params_get_invalid_params()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, "SHOW REPOSITORIES;");
        // StreamJsonRpc's client raises -32602 as RemoteMethodNotFoundException, carrying the code.
        var wrongType = await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() =>
            client.RequestAsync("textDocument/foldingRange", new { textDocument = new { uri = 42 } }));
        Assert.Equal(JsonRpcErrorCode.InvalidParams, wrongType.ErrorCode);
        Assert.Null(wrongType.ErrorData); // no .NET stack trace for the client to print
        var missing = await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() =>
            client.RequestAsync("textDocument/foldingRange", new { }));
        Assert.Equal(JsonRpcErrorCode.InvalidParams, missing.ErrorCode);
        var noPositions = await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() =>
            client.RequestAsync("textDocument/selectionRange", new { textDocument = new { uri = Uri } }));
        Assert.Equal(JsonRpcErrorCode.InvalidParams, noPositions.ErrorCode);
        var nullPosition = await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() =>
            client.RequestAsync("textDocument/selectionRange", new { textDocument = new { uri = Uri }, positions = new object?[] { null } }));
        Assert.Equal(JsonRpcErrorCode.InvalidParams, nullPosition.ErrorCode);
        var negative = await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() =>
            client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = new { line = -1, character = 0 } }));
        Assert.Equal(JsonRpcErrorCode.InvalidParams, negative.ErrorCode);
        // Past the end: no error (an empty answer, below).
        await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = new { line = 50, character = 0 } });
        await AssertServingAsync(client);
    }

    private const string EndsInAName = "CREATE REPOSITORY nightly_repo WITH BROKER ON LOCATION \"s3a://bucket/nightly\";\nSHOW SNAPSHOT ON nightly_repo";

    [Theory]
    [InlineData("textDocument/completion", "SELECT 1;\nSHOW SNAP")]
    [InlineData("textDocument/hover", EndsInAName)]
    [InlineData("textDocument/definition", EndsInAName)]
    [InlineData("textDocument/references", EndsInAName)]
    [InlineData("textDocument/documentHighlight", EndsInAName)]
    [InlineData("textDocument/prepareRename", EndsInAName)]
    [InlineData("textDocument/selectionRange", EndsInAName)]
    public async Task A_position_on_a_line_past_the_last_gets_an_empty_answer_not_one_for_the_last_line(string method, string text)
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, text);
        object At(int line, int character) => new
        {
            textDocument = new { uri = Uri },
            position = new { line, character },
            positions = new[] { new { line, character } },
            context = new { includeDeclaration = true },
            newName = "weekly_repo",
        };

        // A column past its line's end stands at the line's end, at the last word; a line after the last is nowhere.
        Assert.False(IsEmpty(await client.RequestAsync(method, At(1, 99))));
        Assert.True(IsEmpty(await client.RequestAsync(method, At(2, 0))));
        Assert.True(IsEmpty(await client.RequestAsync(method, At(50, 3))));

        static bool IsEmpty(JsonElement answer) => answer.ValueKind switch
        {
            JsonValueKind.Null => true,
            JsonValueKind.Array => answer.GetArrayLength() == 0,
            _ => answer.TryGetProperty("items", out var items) && items.GetArrayLength() == 0,
        };
    }

    [Theory]
    [InlineData("[1, 2]")]
    [InlineData("[]")]
    [InlineData("null")]
    public async Task Params_that_are_no_object_get_invalid_params_that_say_so(string parameters)
    {
        // StreamJsonRpc's own message told of .NET's method lookup ("Unable to find method 'textDocument/hover/2' on {no object}").
        await using var connection = await RawLspConnection.StartAsync();
        await connection.SendAsync("""{"jsonrpc": "2.0", "id": 7, "method": "textDocument/hover", "params": """ + parameters + "}");
        var error = (await connection.ResponseAsync(7)).GetProperty("error");
        Assert.Equal(-32602, error.GetProperty("code").GetInt32());
        Assert.Equal("textDocument/hover takes its parameters as one object", error.GetProperty("message").GetString());
        await AssertServingAsync(connection);
    }

    [Theory]
    [InlineData("""{"textDocument": {"uri": 42}, "position": {"line": 0, "character": 0}}""", "params.textDocument.uri")]
    [InlineData("""{"textDocument": {"uri": "file:///a.sql"}, "position": {"line": "one", "character": 0}}""", "params.position.line")]
    public async Task A_field_of_the_wrong_type_gets_invalid_params_naming_it_in_the_params(string parameters, string field)
    {
        // System.Text.Json's message named the server's .NET type and a byte position in the params.
        await using var connection = await RawLspConnection.StartAsync();
        await connection.SendAsync("""{"jsonrpc": "2.0", "id": 7, "method": "textDocument/hover", "params": """ + parameters + "}");
        var error = (await connection.ResponseAsync(7)).GetProperty("error");
        Assert.Equal(-32602, error.GetProperty("code").GetInt32());
        Assert.Equal($"textDocument/hover: {field} does not have the type LSP specifies", error.GetProperty("message").GetString());
        await AssertServingAsync(connection);
    }

    [Fact]
    public async Task Params_that_cannot_be_read_are_logged_in_one_line_without_a_stack_trace()
    {
        await using var client = await LspTestClient.StartAsync();
        await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() =>
            client.RequestAsync("textDocument/foldingRange", new { textDocument = new { uri = 42 } }));
        await AssertServingAsync(client);

        var lines = client.ServerStderr.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var logged = Assert.Single(lines, line => line.Contains("JsonException", StringComparison.Ordinal));
        Assert.Contains("textDocument/foldingRange", logged);
        Assert.DoesNotContain(lines, line => line.TrimStart().StartsWith("at ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_request_refused_for_its_params_is_logged_in_one_line_with_the_reason()
    {
        await using var client = await LspTestClient.StartAsync();
        await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() => client.RequestAsync("textDocument/foldingRange", new { }));
        await AssertServingAsync(client);

        // Not the task's or the reflected call's wrapper (AggregateException, TargetInvocationException), and once.
        var logged = Assert.Single(client.ServerStderr.Split('\n'), line => line.Contains("textDocument.uri is required", StringComparison.Ordinal));
        Assert.Matches("^\\[backup-lsp rpc\\] Exception thrown from request \"\\d+\" for method textDocument/foldingRange: textDocument.uri is required$", logged.TrimEnd());
    }

    [Fact]
    public async Task A_code_action_request_with_a_null_diagnostic_gets_invalid_params()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, "BACKUP SNAPSHOT db1.s TO r ON (t1, t1);");
        // It threw NullReferenceException, which went back as a server error with its stack trace.
        var error = await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() => client.RequestAsync("textDocument/codeAction",
            new { textDocument = new { uri = Uri }, range = Edits.Range(0, 0, 0, 1), context = new { diagnostics = new object?[] { null } } }));
        Assert.Equal(JsonRpcErrorCode.InvalidParams, error.ErrorCode);
        await AssertServingAsync(client);
    }

    [Fact]
    public async Task Requests_for_unopened_documents_get_empty_answers()
    {
        await using var client = await LspTestClient.StartAsync();
        var document = new { uri = "file:///work/never-opened.sql" };
        Assert.Empty((await client.RequestAsync("textDocument/documentSymbol", new { textDocument = document })).EnumerateArray());
        Assert.Empty((await client.RequestAsync("textDocument/foldingRange", new { textDocument = document })).EnumerateArray());
        Assert.Empty((await client.RequestAsync("textDocument/semanticTokens/full", new { textDocument = document })).GetProperty("data").EnumerateArray());
        Assert.Empty((await client.RequestAsync("textDocument/completion", new { textDocument = document, position = new { line = 0, character = 0 } }))
            .GetProperty("items").EnumerateArray());
        Assert.Empty((await client.RequestAsync("textDocument/codeAction", new { textDocument = document, range = Edits.Range(0, 0, 0, 0), context = new { diagnostics = Array.Empty<object>() } }))
            .EnumerateArray());
        // An empty list would answer none of the positions asked about.
        Assert.Equal(JsonValueKind.Null, (await client.RequestAsync("textDocument/selectionRange",
            new { textDocument = document, positions = new[] { new { line = 0, character = 0 } } })).ValueKind);
        await client.ChangeAsync(document.uri, 2, new { text = "x" });
        await AssertServingAsync(client);
        // As VS Code sends the revert of a file closed unsaved: noted, not warned of (a warning shows as an error there).
        var noted = Assert.Single(client.LogMessages, m => m.GetProperty("message").GetString()!.Contains("didChange for a document that is not open"));
        Assert.Equal(3, noted.GetProperty("type").GetInt32());
    }

    [Fact]
    public async Task A_document_with_a_lone_surrogate_is_opened_and_positions_stay_the_clients()
    {
        // A JavaScript string (a VS Code document) may hold one; JSON.stringify writes it as a \u escape.
        await using var connection = await RawLspConnection.StartAsync();
        await connection.SendAsync("""{"jsonrpc": "2.0", "method": "textDocument/didOpen", "params": {"textDocument": {"uri": "file:///lone.sql", "languageId": "sql", "version": 1, "text": "-- \ud800\nSHOW BACKUP FROM db1;"}}}""");
        await connection.SendAsync("""{"jsonrpc": "2.0", "id": 9, "method": "textDocument/documentSymbol", "params": {"textDocument": {"uri": "file:///lone.sql"}}}""");
        var symbol = Assert.Single((await connection.ResponseAsync(9)).GetProperty("result").EnumerateArray());
        Assert.Equal("SHOW BACKUP FROM db1", symbol.GetProperty("name").GetString());
        Assert.Equal(1, symbol.GetProperty("location").GetProperty("range").GetProperty("start").GetProperty("line").GetInt32());
        Assert.DoesNotContain("malformed", connection.ServerStderr);
    }

    [Fact]
    public async Task A_five_megabyte_single_line_document_is_served()
    {
        var statement = "BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (t1, t1); SELECT a, b, c FROM some_table WHERE x = 'y'; ";
        var text = string.Concat(Enumerable.Repeat(statement, 5 * 1024 * 1024 / statement.Length + 1));
        var largeWork = LspTestClient.LargeWorkTimeout;
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, text);
        var duplicates = text.Length / statement.Length;
        Assert.Equal(duplicates, DocumentSyncTests.Codes(await client.DiagnosticsAsync(Uri, 1, largeWork)).Count(c => c == "SRB300"));
        var end = text.Length;
        await client.ChangeAsync(Uri, 2, new { range = Edits.Range(0, end, 0, end), text = "SHOW BACKUP" });
        Assert.Equal(duplicates, DocumentSyncTests.Codes(await client.DiagnosticsAsync(Uri, 2, largeWork)).Count(c => c == "SRB300"));
        var symbols = await client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = Uri } }, timeout: largeWork);
        Assert.Equal("SHOW BACKUP", symbols[symbols.GetArrayLength() - 1].GetProperty("name").GetString());
    }
}
