using System.Text.Json;
using BackupLsp.Server.Tests.Infrastructure;
using StreamJsonRpc;

namespace BackupLsp.Server.Tests;

public sealed class LifecycleTests
{
    [Fact]
    public async Task Initialize_advertises_the_implemented_capabilities()
    {
        await using var client = LspTestClient.Connect();
        var result = await client.InitializeAsync(LspTestClient.PushCapabilities());
        var capabilities = result.GetProperty("capabilities");
        Assert.Equal("utf-16", capabilities.GetProperty("positionEncoding").GetString());
        Assert.Equal(2, capabilities.GetProperty("textDocumentSync").GetProperty("change").GetInt32());
        Assert.True(capabilities.GetProperty("textDocumentSync").GetProperty("openClose").GetBoolean());
        Assert.True(capabilities.GetProperty("hoverProvider").GetBoolean());
        Assert.True(capabilities.GetProperty("definitionProvider").GetBoolean());
        Assert.True(capabilities.GetProperty("referencesProvider").GetBoolean());
        Assert.True(capabilities.GetProperty("documentHighlightProvider").GetBoolean());
        Assert.True(capabilities.GetProperty("renameProvider").GetProperty("prepareProvider").GetBoolean());
        Assert.True(capabilities.GetProperty("documentSymbolProvider").GetBoolean());
        Assert.True(capabilities.GetProperty("workspaceSymbolProvider").GetBoolean());
        Assert.True(capabilities.GetProperty("foldingRangeProvider").GetBoolean());
        Assert.True(capabilities.GetProperty("selectionRangeProvider").GetBoolean());
        Assert.True(capabilities.GetProperty("inlayHintProvider").GetBoolean());
        Assert.Equal(["quickfix", "source.fixAll.starrocksBackup"], capabilities.GetProperty("codeActionProvider").GetProperty("codeActionKinds").EnumerateArray().Select(k => k.GetString()));
        Assert.Contains("keyword", capabilities.GetProperty("semanticTokensProvider").GetProperty("legend").GetProperty("tokenTypes").EnumerateArray().Select(t => t.GetString()));
        Assert.False(capabilities.TryGetProperty("diagnosticProvider", out _), "a push client gets no pull capability");
        var folders = capabilities.GetProperty("workspace").GetProperty("workspaceFolders");
        Assert.True(folders.GetProperty("supported").GetBoolean());
        Assert.True(folders.GetProperty("changeNotifications").GetBoolean());
        Assert.Equal("backup-lsp", result.GetProperty("serverInfo").GetProperty("name").GetString());
    }

    [Fact]
    public async Task Pull_clients_are_offered_the_diagnostic_provider()
    {
        await using var client = LspTestClient.Connect();
        var result = await client.InitializeAsync(LspTestClient.PullCapabilities());
        Assert.False(result.GetProperty("capabilities").GetProperty("diagnosticProvider").GetProperty("interFileDependencies").GetBoolean());
    }

    [Fact]
    public async Task Rename_options_go_only_to_clients_that_can_prepare_a_rename()
    {
        await using var client = LspTestClient.Connect();
        var result = await client.InitializeAsync(new { textDocument = new { rename = new { prepareSupport = false } } });
        Assert.Equal(JsonValueKind.True, result.GetProperty("capabilities").GetProperty("renameProvider").ValueKind);
    }

    [Fact]
    public async Task Exit_after_shutdown_ends_with_code_0()
    {
        await using var client = await LspTestClient.StartAsync();
        Assert.Equal(0, await client.ShutdownAndExitAsync());
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_with_code_1()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.NotifyAsync("exit", null);
        Assert.Equal(1, await client.ServerExit.WaitAsync(LspTestClient.Timeout));
    }

    [Fact]
    public async Task Requests_before_initialize_are_refused_with_server_not_initialized()
    {
        await using var client = LspTestClient.Connect();
        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
            client.RequestAsync("textDocument/foldingRange", new { textDocument = new { uri = "file:///a.sql" } }));
        Assert.Equal(-32002, error.ErrorCode);
    }

    [Fact]
    public async Task Requests_after_shutdown_are_invalid()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.RequestAsync("shutdown", null);
        var error = await Assert.ThrowsAsync<RemoteInvocationException>(() =>
            client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = "file:///a.sql" } }));
        Assert.Equal(-32600, error.ErrorCode);
    }

    [Fact]
    public async Task Closing_the_connection_without_exit_ends_with_code_1()
    {
        var client = await LspTestClient.StartAsync();
        client.Rpc.Dispose();
        Assert.Equal(1, await client.ServerExit.WaitAsync(LspTestClient.Timeout));
        await client.DisposeAsync();
    }
}
