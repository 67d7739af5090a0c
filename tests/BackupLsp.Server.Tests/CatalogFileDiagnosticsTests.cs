using System.Text.Json;
using BackupLsp.Server.Tests.Infrastructure;

namespace BackupLsp.Server.Tests;

/// <summary>
/// A broken catalog's diagnostic, seen once by each client: under the catalog file's URI as the client spells it once it
/// has opened the file, and not pushed beside the pulls of a client that pulls it from the open file.
/// </summary>
public sealed class CatalogFileDiagnosticsTests : IDisposable
{
    private const string MisspelledField = "{\n  \"repositories\": {\"r\": {\"readonly\": true}}\n}";
    private const string MisspelledList = "{ \"databses\": {} }";

    private static readonly TimeSpan QuietPeriod = TimeSpan.FromMilliseconds(500);

    private readonly string _root = Directory.CreateTempSubdirectory("backup-lsp-tests-").FullName;

    public CatalogFileDiagnosticsTests()
    {
        Directory.CreateDirectory(Folder);
        File.WriteAllText(CatalogFile, MisspelledField);
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    /// <summary>A folder whose name the client and the server spell differently in a URI.</summary>
    private string Folder => Path.Combine(_root, "prod (eu)");

    private string CatalogFile => Path.Combine(Folder, "starrocks-catalog.json");

    /// <summary>The catalog file's URI as .NET and Neovim spell it: parentheses as they are.</summary>
    private string ClientUri => new Uri(CatalogFile).AbsoluteUri;

    /// <summary>The catalog file's URI as the server (and VS Code) spells it: parentheses escaped.</summary>
    private string ServerUri => ClientUri.Replace("(", "%28", StringComparison.Ordinal).Replace(")", "%29", StringComparison.Ordinal);

    [Fact]
    public async Task A_client_that_pulls_takes_an_open_catalog_files_diagnostic_from_its_pulls_alone_and_is_pushed_it_once_the_file_is_closed()
    {
        await using var client = await LspTestClient.StartAsync(LspTestClient.PullCapabilities(), Folder);
        var error = Assert.Single((await client.DiagnosticsAsync(ServerUri)).EnumerateArray()).GetRawText();

        await client.OpenAsync(ClientUri, MisspelledField, languageId: "json");
        Assert.Empty((await client.DiagnosticsAsync(ServerUri)).EnumerateArray());
        Assert.Equal(error, Assert.Single(await PullAsync(client)).GetRawText());

        // Broken otherwise while open: the client is asked to pull again, and pulls the new error.
        var refreshes = client.DiagnosticRefreshes;
        await SaveCatalogAsync(client, MisspelledList);
        await Wait.UntilAsync(() => client.DiagnosticRefreshes > refreshes);
        Assert.True(client.DiagnosticRefreshes > refreshes, "the client was asked to pull again");
        var newError = Assert.Single(await PullAsync(client)).GetRawText();
        Assert.Contains("databses", newError);
        Assert.False(await client.ReceivesDiagnosticsAsync(ClientUri, QuietPeriod), "nothing is pushed beside the pulls");

        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = ClientUri } });
        Assert.Equal(newError, Assert.Single((await client.DiagnosticsAsync(ClientUri)).EnumerateArray()).GetRawText());
        Assert.False(await client.ReceivesDiagnosticsAsync(ServerUri, QuietPeriod), "the error is shown once");
    }

    [Fact]
    public async Task A_client_pushed_diagnostics_sees_a_catalog_files_diagnostic_under_its_own_uri_once_it_opened_the_file()
    {
        await using var client = await LspTestClient.StartAsync(LspTestClient.PushCapabilities(), Folder);
        var error = Assert.Single((await client.DiagnosticsAsync(ServerUri)).EnumerateArray()).GetRawText();

        await client.OpenAsync(ClientUri, MisspelledField, languageId: "json");
        Assert.Empty((await client.DiagnosticsAsync(ServerUri)).EnumerateArray());
        Assert.Equal(error, Assert.Single((await client.DiagnosticsAsync(ClientUri)).EnumerateArray()).GetRawText());

        await client.NotifyAsync("textDocument/didClose", new { textDocument = new { uri = ClientUri } });
        Assert.Equal(error, Assert.Single((await client.DiagnosticsAsync(ClientUri)).EnumerateArray()).GetRawText());
        // Broken otherwise once closed: still under the client's URI.
        await SaveCatalogAsync(client, MisspelledList);
        await client.DiagnosticsWhenAsync(ClientUri, d => d.GetArrayLength() == 1 && d[0].GetRawText().Contains("databses", StringComparison.Ordinal));
        Assert.False(await client.ReceivesDiagnosticsAsync(ServerUri, QuietPeriod), "the error is shown once");
    }

    private async Task<JsonElement[]> PullAsync(LspTestClient client) =>
        [.. (await client.RequestAsync("textDocument/diagnostic", new { textDocument = new { uri = ClientUri } })).GetProperty("items").EnumerateArray()];

    private Task SaveCatalogAsync(LspTestClient client, string text)
    {
        File.WriteAllText(CatalogFile, text);
        return client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = ClientUri, type = 2 } } });
    }
}
