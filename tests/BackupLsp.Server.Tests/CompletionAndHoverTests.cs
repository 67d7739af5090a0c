using System.Text.Json;
using BackupLsp.Server.Tests.Infrastructure;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace BackupLsp.Server.Tests;

public sealed class CompletionAndHoverTests : IDisposable
{
    private const string Catalog = """
        { "repositories": { "example_repo": { "location": "s3a://bucket/backup", "snapshots": [ { "name": "snap_a", "timestamp": "2024-01-01-00-00-00" } ] }, "s3_repo": { "location": "s3a://bucket/ro", "readOnly": true } },
          "databases": { "example_db": { "tables": { "example_tbl": { "partitions": ["p1", "p2"] } }, "views": ["v_orders"], "materializedViews": ["mv_daily"], "functions": ["my_udf"] } } }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("backup-lsp-tests-").FullName;

    private string Uri => new Uri(Path.Combine(_folder, "script.sql")).AbsoluteUri;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private async Task<LspTestClient> OpenAsync(CursorText cursor, object? capabilities = null)
    {
        File.WriteAllText(Path.Combine(_folder, "starrocks-catalog.json"), Catalog);
        var client = await LspTestClient.StartAsync(capabilities ?? LspTestClient.PushCapabilities(), _folder);
        await client.OpenAsync(Uri, cursor.Text);
        return client;
    }

    private static async Task<JsonElement[]> CompleteAsync(LspTestClient client, string uri, CursorText cursor) =>
        (await client.RequestAsync("textDocument/completion", new { textDocument = new { uri }, position = cursor.Position }))
            .GetProperty("items").EnumerateArray().ToArray();

    [Fact]
    public async Task Repositories_are_completed_after_TO_replacing_the_partial_word()
    {
        var cursor = CursorText.Parse("SELECT 1;\nBACKUP SNAPSHOT example_db.snap1 TO exa|");
        await using var client = await OpenAsync(cursor);
        var items = await CompleteAsync(client, Uri, cursor);
        var item = Assert.Single(items, i => i.GetProperty("label").GetString() == "example_repo");
        Assert.Equal(19, item.GetProperty("kind").GetInt32());
        var edit = item.GetProperty("textEdit");
        Assert.Equal("example_repo", edit.GetProperty("newText").GetString());
        Assert.Equal("SELECT 1;\nBACKUP SNAPSHOT example_db.snap1 TO example_repo", Edits.Apply(cursor.Text, [edit]));
    }

    /// <summary>A script often starts with USE: it is offered with the statement heads, in the case typed, and the databases after it.</summary>
    [Fact]
    public async Task USE_is_offered_at_a_statement_start_and_its_databases_after_it()
    {
        var cursor = CursorText.Parse("SELECT 1;\nus|");
        await using var client = await OpenAsync(cursor);
        var use = Item(await CompleteAsync(client, Uri, cursor), "use");
        Assert.Equal(14, use.GetProperty("kind").GetInt32());
        var used = CursorText.Parse(Edits.Apply(cursor.Text, [use.GetProperty("textEdit")]) + " |");
        Assert.Equal("SELECT 1;\nuse ", used.Text);
        await client.OpenAsync(Uri + ".2.sql", used.Text);
        Item(await CompleteAsync(client, Uri + ".2.sql", used), "example_db");
    }

    /// <summary>Each kind of entry the core completes, in LSP's CompletionItemKind (the client picks its icon by it).</summary>
    [Theory]
    [InlineData("BACK|", "BACKUP", 14)] // Keyword
    [InlineData("|", "BACKUP SNAPSHOT … TO …", 15)] // Snippet
    [InlineData("BACKUP SNAPSHOT example_db.snap1 TO |", "example_repo", 19)] // Folder
    [InlineData("BACKUP SNAPSHOT |", "example_db", 9)] // Module
    [InlineData("SET CATALOG |", "default_catalog", 9)] // Module
    [InlineData("BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (|", "example_tbl", 7)] // Class
    [InlineData("BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (VIEW |", "v_orders", 8)] // Interface
    [InlineData("BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (MATERIALIZED VIEW |", "mv_daily", 8)] // Interface
    [InlineData("BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (FUNCTION |", "my_udf", 3)] // Function
    [InlineData("BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (example_tbl PARTITION (|", "p1", 20)] // EnumMember
    [InlineData("BACKUP SNAPSHOT example_db.snap1 TO example_repo PROPERTIES (|", "timeout", 10)] // Property
    [InlineData("BACKUP SNAPSHOT example_db.snap1 TO example_repo PROPERTIES (\"type\" = |", "FULL", 12)] // Value
    [InlineData("RESTORE SNAPSHOT example_db.| FROM example_repo", "snap_a", 18)] // Reference
    [InlineData("SHOW BACKUP WHERE |", "State", 5)] // Field
    public async Task Each_kind_of_entry_has_its_completion_item_kind(string marked, string label, int kind)
    {
        var cursor = CursorText.Parse(marked);
        await using var client = await OpenAsync(cursor);
        var item = Assert.Single(await CompleteAsync(client, Uri, cursor), i => i.GetProperty("label").GetString() == label);
        Assert.Equal(kind, item.GetProperty("kind").GetInt32());
    }

    /// <summary>Text a completion inserts fires no trigger character: after `example_db.` or `"type" = ""` the next list is asked for by the item.</summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_client_that_runs_the_suggest_command_is_told_to_after_an_item_that_leads_to_another_list(bool runsIt)
    {
        object capabilities = runsIt ? new { experimental = new { commands = new { commands = new[] { "editor.action.triggerSuggest" } } } } : new { };
        var database = CursorText.Parse("RESTORE SNAPSHOT |");
        var property = CursorText.Parse("BACKUP SNAPSHOT example_db.snap1 TO example_repo PROPERTIES (|");
        await using var client = await OpenAsync(database, capabilities);
        await client.OpenAsync(Uri + ".2.sql", property.Text);

        var databases = await CompleteAsync(client, Uri, database);
        var properties = await CompleteAsync(client, Uri + ".2.sql", property);

        string? Command(JsonElement[] items, string label) =>
            Assert.Single(items, i => i.GetProperty("label").GetString() == label).TryGetProperty("command", out var command)
                ? command.GetProperty("command").GetString() : null;
        Assert.Equal(runsIt ? "editor.action.triggerSuggest" : null, Command(databases, "example_db"));
        Assert.Equal(runsIt ? "editor.action.triggerSuggest" : null, Command(properties, "type"));
        // A snapshot is the whole name: FROM comes next, which is typed.
        Assert.Null(Command(databases, "snap_a"));
        // A BACKUP's snapshot is new: nothing is offered after its database's dot.
        var backup = CursorText.Parse("BACKUP SNAPSHOT |");
        await client.OpenAsync(Uri + ".3.sql", backup.Text);
        Assert.Null(Command(await CompleteAsync(client, Uri + ".3.sql", backup), "example_db"));
    }

    /// <summary>
    /// Right before a closing backtick an editor paired, a client that declares insert-and-replace edits (VS Code) gets a
    /// database's edit over that backtick, its dot after it and the snapshots next; one that declares none, and may insert up
    /// to the cursor only, gets the name alone before the backtick.
    /// </summary>
    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_database_before_a_closing_backtick_takes_it_and_its_dot_for_a_client_that_replaces_past_the_cursor(bool insertReplaceSupport)
    {
        var cursor = CursorText.Parse("RESTORE SNAPSHOT `|`");
        await using var client = await OpenAsync(cursor, new
        {
            textDocument = new { completion = new { completionItem = new { insertReplaceSupport } } },
            experimental = new { commands = new { commands = new[] { "editor.action.triggerSuggest" } } },
        });
        var item = Item(await CompleteAsync(client, Uri, cursor), "example_db");
        var applied = Edits.Apply(cursor.Text, [item.GetProperty("textEdit")]);
        Assert.Equal(insertReplaceSupport ? "RESTORE SNAPSHOT `example_db`." : "RESTORE SNAPSHOT `example_db`", applied);
        Assert.Equal(insertReplaceSupport, item.TryGetProperty("command", out _));
        if (!insertReplaceSupport)
            return;
        var next = CursorText.Parse(applied + "|");
        await client.OpenAsync(Uri + ".2.sql", next.Text);
        Item(await CompleteAsync(client, Uri + ".2.sql", next), "snap_a");
    }

    [Fact]
    public async Task A_list_cut_at_the_limit_of_names_is_incomplete_so_that_the_client_asks_again()
    {
        var tables = string.Join(", ", Enumerable.Range(0, 1200).Select(i => $"\"t_{i}\": {{}}"));
        File.WriteAllText(Path.Combine(_folder, "starrocks-catalog.json"), $$"""{ "databases": { "db": { "tables": { {{tables}} } } } }""");
        var cursor = CursorText.Parse("BACKUP SNAPSHOT db.s TO r ON (|");
        await using var client = await LspTestClient.StartAsync(LspTestClient.PushCapabilities(), _folder);
        await client.OpenAsync(Uri, cursor.Text);

        var list = await client.RequestAsync("textDocument/completion", new { textDocument = new { uri = Uri }, position = cursor.Position });
        Assert.True(list.GetProperty("isIncomplete").GetBoolean());
        Assert.Equal(1000, list.GetProperty("items").EnumerateArray().Count(i => i.GetProperty("kind").GetInt32() == 7));

        var typed = CursorText.Parse("BACKUP SNAPSHOT db.s TO r ON (t_119|");
        await client.ChangeAsync(Uri, 2, new { text = typed.Text });
        var narrowed = await client.RequestAsync("textDocument/completion", new { textDocument = new { uri = Uri }, position = typed.Position });
        Assert.True(narrowed.GetProperty("isIncomplete").GetBoolean());
        Assert.Contains(narrowed.GetProperty("items").EnumerateArray(), i => i.GetProperty("label").GetString() == "t_1199");
    }

    [Fact]
    public async Task Property_keys_are_snippets_only_for_clients_that_take_snippets()
    {
        var cursor = CursorText.Parse("BACKUP SNAPSHOT example_db.snap1 TO example_repo PROPERTIES (|)");
        await using (var client = await OpenAsync(cursor))
        {
            var timeout = Assert.Single(await CompleteAsync(client, Uri, cursor), i => i.GetProperty("label").GetString()!.Contains("timeout"));
            Assert.Equal(2, timeout.GetProperty("insertTextFormat").GetInt32());
            Assert.Contains("$", timeout.GetProperty("textEdit").GetProperty("newText").GetString());
        }
        await using (var plain = await OpenAsync(cursor, new { }))
        {
            var timeout = Assert.Single(await CompleteAsync(plain, Uri, cursor), i => i.GetProperty("label").GetString()!.Contains("timeout"));
            Assert.Equal(1, timeout.GetProperty("insertTextFormat").GetInt32());
            Assert.DoesNotContain("$", timeout.GetProperty("textEdit").GetProperty("newText").GetString());
        }
    }

    /// <summary>
    /// A key, name or value typed after its quote or backtick is labelled bare and written from after the quote, where the
    /// edit's range starts: Neovim's omnifunc and Emacs' eglot filter by the letters before the cursor and insert the
    /// item's text there, so a quoted label would be filtered out and a quoted text would write a second quote.
    /// </summary>
    [Theory]
    [InlineData("BACKUP SNAPSHOT example_db.snap1 TO example_repo PROPERTIES (\"ti|", "timeout", "timeout\" = \"$1\"")]
    [InlineData("BACKUP SNAPSHOT example_db.snap1 TO example_repo PROPERTIES ('ti|' = '600')", "timeout", "timeout")]
    [InlineData("BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (example_tbl PARTITION (`|", "p1", "p1`")]
    [InlineData("BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (`exa|`)", "example_tbl", "example_tbl")]
    [InlineData("RESTORE SNAPSHOT example_db.snap_a FROM example_repo PROPERTIES (\"backup_timestamp\" = \"|", "2024-01-01-00-00-00", "2024-01-01-00-00-00\"")]
    [InlineData("CREATE REPOSITORY r WITH BROKER ON LOCATION \"|", "s3a://", "s3a://$0\"")]
    public async Task An_item_typed_after_its_quote_is_labelled_bare_and_written_from_after_the_quote(string marked, string label, string newText)
    {
        var cursor = CursorText.Parse(marked);
        await using var client = await OpenAsync(cursor);
        var item = Item(await CompleteAsync(client, Uri, cursor), label);
        Assert.False(item.TryGetProperty("filterText", out _));
        var edit = item.GetProperty("textEdit");
        Assert.Equal(newText, edit.GetProperty("newText").GetString());
        var afterQuote = cursor.Text.LastIndexOfAny(['"', '\'', '`'], cursor.Character - 1) + 1;
        Assert.Equal(afterQuote, edit.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32());
    }

    /// <summary>A name with a hyphen typed bare, which StarRocks reads as a minus: the word as the person sees it is replaced by the name backticked.</summary>
    [Theory]
    [InlineData("CREATE TABLE example_db.`my-tbl` (k INT);\nBACKUP SNAPSHOT example_db.snap1 TO example_repo ON (my-t|", "my-tbl",
        "CREATE TABLE example_db.`my-tbl` (k INT);\nBACKUP SNAPSHOT example_db.snap1 TO example_repo ON (`my-tbl`")]
    [InlineData("CREATE DATABASE `my-db`;\nSHOW BACKUP FROM m|y-db;", "my-db", "CREATE DATABASE `my-db`;\nSHOW BACKUP FROM `my-db`;")]
    public async Task A_name_with_a_hyphen_typed_bare_is_replaced_whole_by_the_name_backticked(string marked, string label, string completed)
    {
        var cursor = CursorText.Parse(marked);
        await using var client = await OpenAsync(cursor);
        var edit = Item(await CompleteAsync(client, Uri, cursor), label).GetProperty("textEdit");
        Assert.Equal(completed, Edits.Apply(cursor.Text, [edit]));
    }

    [Fact]
    public async Task A_client_without_snippets_gets_statement_templates_on_one_line()
    {
        var cursor = CursorText.Parse("|");
        await using var client = await OpenAsync(cursor, new { textDocument = new { completion = new { completionItem = new { snippetSupport = false } } } });
        var items = await CompleteAsync(client, Uri, cursor);
        string Inserted(string label) => Item(items, label).GetProperty("textEdit").GetProperty("newText").GetString()!;
        Assert.Equal("BACKUP SNAPSHOT db.snapshot_name TO example_repo ON (table_name)", Inserted("BACKUP SNAPSHOT … TO …"));
        Assert.Equal("CREATE REPOSITORY repository_name WITH BROKER ON LOCATION \"s3a://bucket/backup\" PROPERTIES (\"aws.s3.access_key\" = \"\", "
            + "\"aws.s3.secret_key\" = \"\", \"aws.s3.endpoint\" = \"\")", Inserted("CREATE REPOSITORY … ON LOCATION …"));
    }

    /// <summary>
    /// A client that reads the list's item defaults (as VS Code does) gets the shared edit range and the plain-text format
    /// once, and each item only what differs; what it inserts, where and how is what a client without them gets.
    /// </summary>
    [Theory]
    [InlineData("BACKUP SNAPSHOT example_db.snap1 TO example_repo PROPERTIES (|", true)] // snippets insert more than their label
    [InlineData("BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (ex|", false)]
    [InlineData("BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (`ex|", true)] // labelled bare, the closing backtick inserted
    public async Task A_client_that_reads_item_defaults_gets_the_range_and_format_once_and_the_same_edits(string marked, bool textsOfTheirOwn)
    {
        var cursor = CursorText.Parse(marked);
        var completionItem = new { snippetSupport = true };
        await using var plain = await OpenAsync(cursor, new { textDocument = new { completion = new { completionItem } } });
        var expected = await CompleteAsync(plain, Uri, cursor);
        await using var defaults = await OpenAsync(cursor, new
        {
            textDocument = new { completion = new { completionItem, completionList = new { itemDefaults = new[] { "editRange", "insertTextFormat", "data" } } } },
        });
        var list = await defaults.RequestAsync("textDocument/completion", new { textDocument = new { uri = Uri }, position = cursor.Position });
        var itemDefaults = list.GetProperty("itemDefaults");
        Assert.Equal(1, itemDefaults.GetProperty("insertTextFormat").GetInt32());
        var range = itemDefaults.GetProperty("editRange");
        var items = list.GetProperty("items").EnumerateArray().ToArray();
        Assert.Equal(expected.Select(i => i.GetProperty("label").GetString()), items.Select(i => i.GetProperty("label").GetString()));
        foreach (var (item, wanted) in items.Zip(expected))
        {
            Assert.False(item.TryGetProperty("textEdit", out _));
            var text = item.TryGetProperty("textEditText", out var given) ? given.GetString() : item.GetProperty("label").GetString();
            var edit = wanted.GetProperty("textEdit");
            Assert.Equal(edit.GetProperty("newText").GetString(), text);
            Assert.Equal(edit.GetProperty("range").GetRawText(), range.GetRawText());
            var format = item.TryGetProperty("insertTextFormat", out var own) ? own.GetInt32() : 1;
            Assert.Equal(wanted.GetProperty("insertTextFormat").GetInt32(), format);
            // Sent only where it differs.
            Assert.NotEqual(item.GetProperty("label").GetString(), given.ValueKind == JsonValueKind.String ? given.GetString() : null);
            Assert.NotEqual(1, own.ValueKind == JsonValueKind.Number ? own.GetInt32() : 0);
        }
        Assert.Equal(textsOfTheirOwn, items.Any(item => item.TryGetProperty("textEditText", out _)));
    }

    /// <summary>A client like VS Code: Markdown, snippets, and documentation fetched item by item.</summary>
    private static object ResolvingCapabilities() => new
    {
        textDocument = new
        {
            completion = new
            {
                completionItem = new
                {
                    snippetSupport = true,
                    documentationFormat = new[] { "markdown", "plaintext" },
                    resolveSupport = new { properties = new[] { "documentation", "detail" } },
                },
            },
        },
    };

    private static JsonElement Item(JsonElement[] items, string label) => Assert.Single(items, i => i.GetProperty("label").GetString() == label);

    [Fact]
    public async Task Documentation_comes_in_the_list_as_Markdown_or_plain_text_for_clients_that_do_not_resolve()
    {
        var cursor = CursorText.Parse("BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (|");
        await using (var client = await OpenAsync(cursor))
        {
            var documentation = Item(await CompleteAsync(client, Uri, cursor), "example_tbl").GetProperty("documentation");
            Assert.Equal("markdown", documentation.GetProperty("kind").GetString());
            Assert.StartsWith("**Table** `example_db.example_tbl`", documentation.GetProperty("value").GetString());
        }
        // The client's order is its preference.
        await using (var plain = await OpenAsync(cursor, new { textDocument = new { completion = new { completionItem = new { documentationFormat = new[] { "plaintext", "markdown" } } } } }))
        {
            var documentation = Item(await CompleteAsync(plain, Uri, cursor), "example_tbl").GetProperty("documentation");
            Assert.Equal("plaintext", documentation.GetProperty("kind").GetString());
            Assert.StartsWith("Table 'example_db.example_tbl'", documentation.GetProperty("value").GetString());
        }
        // A client that states no format gets a bare string, which LSP reads as plain text.
        await using (var unstated = await OpenAsync(cursor, new { }))
        {
            var documentation = Item(await CompleteAsync(unstated, Uri, cursor), "example_tbl").GetProperty("documentation");
            Assert.StartsWith("Table 'example_db.example_tbl'", documentation.GetString());
        }
    }

    [Fact]
    public async Task A_client_that_resolves_documentation_gets_it_item_by_item()
    {
        var cursor = CursorText.Parse("BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (|");
        File.WriteAllText(Path.Combine(_folder, "starrocks-catalog.json"), Catalog);
        await using var client = LspTestClient.Connect();
        var initialize = await client.InitializeAsync(ResolvingCapabilities(), _folder);
        Assert.True(initialize.GetProperty("capabilities").GetProperty("completionProvider").GetProperty("resolveProvider").GetBoolean());
        await client.OpenAsync(Uri, cursor.Text);

        var table = Item(await CompleteAsync(client, Uri, cursor), "example_tbl");
        Assert.False(table.TryGetProperty("documentation", out _));
        var resolved = await client.RequestAsync("completionItem/resolve", table);
        Assert.StartsWith("**Table** `example_db.example_tbl`", resolved.GetProperty("documentation").GetProperty("value").GetString());
        Assert.Equal(table.GetProperty("textEdit").GetRawText(), resolved.GetProperty("textEdit").GetRawText());

        // An item of the list before still resolves (the client may have asked for the next one first); one of a list
        // four lists back comes back as it was sent.
        await CompleteAsync(client, Uri, cursor);
        Assert.True((await client.RequestAsync("completionItem/resolve", table)).TryGetProperty("documentation", out _));
        for (var i = 0; i < 3; i++)
            await CompleteAsync(client, Uri, cursor);
        var stale = await client.RequestAsync("completionItem/resolve", table);
        Assert.False(stale.TryGetProperty("documentation", out _));
        Assert.Equal("example_tbl", stale.GetProperty("label").GetString());
    }

    [Fact]
    public async Task An_item_that_cannot_be_resolved_comes_back_as_it_was_and_bad_params_are_refused()
    {
        var cursor = CursorText.Parse("BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (|");
        await using var client = await OpenAsync(cursor, ResolvingCapabilities());
        var table = Item(await CompleteAsync(client, Uri, cursor), "example_tbl");
        var resultId = table.GetProperty("data").GetProperty("resultId").GetInt64();
        var range = table.GetProperty("textEdit").GetProperty("range");
        object Sent(object? data) => new
        {
            label = "example_tbl", kind = 7, sortText = "0000", insertTextFormat = 1,
            textEdit = new { range, newText = "example_tbl" }, data,
        };
        object?[] unknown = [null, new { resultId, index = 99 }, new { resultId, index = -1 }, new { resultId = resultId + 1, index = 0 }, new { resultId = "first", index = 0 }];
        foreach (var data in unknown)
        {
            var answer = await client.RequestAsync("completionItem/resolve", Sent(data));
            Assert.False(answer.TryGetProperty("documentation", out _));
            Assert.Equal("example_tbl", answer.GetProperty("label").GetString());
        }
        var notAnItem = await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() => client.RequestAsync("completionItem/resolve", new[] { 42 }));
        Assert.Equal(JsonRpcErrorCode.InvalidParams, notAnItem.ErrorCode);
        // Still serving: the list's own item resolves.
        Assert.True((await client.RequestAsync("completionItem/resolve", table)).TryGetProperty("documentation", out _));
    }

    [Fact]
    public async Task Resolve_keeps_what_the_client_sends_back_and_sets_only_the_documentation()
    {
        var cursor = CursorText.Parse("BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (|");
        await using var client = await OpenAsync(cursor, ResolvingCapabilities());
        var table = Item(await CompleteAsync(client, Uri, cursor), "example_tbl");
        var range = table.GetProperty("textEdit").GetProperty("range");
        var sent = new
        {
            label = "example_tbl", documentation = "a client's own words", labelDetails = new { detail = " (table)" },
            textEdit = new { newText = "example_tbl", insert = range, replace = range }, data = table.GetProperty("data"),
        };
        var resolved = await client.RequestAsync("completionItem/resolve", sent);
        Assert.StartsWith("**Table**", resolved.GetProperty("documentation").GetProperty("value").GetString());
        Assert.Equal(" (table)", resolved.GetProperty("labelDetails").GetProperty("detail").GetString());
        Assert.Equal(range.GetRawText(), resolved.GetProperty("textEdit").GetProperty("replace").GetRawText());
    }

    [Fact]
    public async Task Resolve_is_not_offered_to_clients_that_want_documentation_in_the_list()
    {
        await using var client = LspTestClient.Connect();
        var initialize = await client.InitializeAsync(LspTestClient.PushCapabilities());
        Assert.False(initialize.GetProperty("capabilities").GetProperty("completionProvider").GetProperty("resolveProvider").GetBoolean());
    }

    [Fact]
    public async Task Hover_explains_keywords_in_markdown_or_plain_text()
    {
        var cursor = CursorText.Parse("BAC|KUP SNAPSHOT example_db.snap1 TO example_repo;");
        await using (var client = await OpenAsync(cursor))
        {
            var hover = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = cursor.Position });
            Assert.Equal("markdown", hover.GetProperty("contents").GetProperty("kind").GetString());
            Assert.Contains("SHOW BACKUP", hover.GetProperty("contents").GetProperty("value").GetString());
            var range = hover.GetProperty("range");
            Assert.Equal((0, 6), (range.GetProperty("start").GetProperty("character").GetInt32(), range.GetProperty("end").GetProperty("character").GetInt32()));
        }
        // The client's order is its preference.
        await using (var plain = await OpenAsync(cursor, new { textDocument = new { hover = new { contentFormat = new[] { "plaintext", "markdown" } } } }))
        {
            var hover = await plain.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = cursor.Position });
            Assert.Equal("plaintext", hover.GetProperty("contents").GetProperty("kind").GetString());
            Assert.DoesNotContain("**", hover.GetProperty("contents").GetProperty("value").GetString());
        }
        // A client that states no format gets a MarkedString: a bare string, which LSP reads as Markdown.
        await using (var unstated = await OpenAsync(cursor, new { }))
        {
            var hover = await unstated.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = cursor.Position });
            Assert.Equal(JsonValueKind.String, hover.GetProperty("contents").ValueKind);
            Assert.Contains("SHOW BACKUP", hover.GetProperty("contents").GetString());
        }
    }

    [Fact]
    public async Task Hover_on_a_catalog_table_lists_its_partitions()
    {
        var cursor = CursorText.Parse("BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (example_t|bl);");
        await using var client = await OpenAsync(cursor);
        var hover = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = cursor.Position });
        var text = hover.GetProperty("contents").GetProperty("value").GetString();
        Assert.Contains("p1", text);
        Assert.Contains("p2", text);
    }

    [Fact]
    public async Task Hover_on_whitespace_or_other_sql_is_null()
    {
        var cursor = CursorText.Parse("SELECT * FR|OM t;");
        await using var client = await OpenAsync(cursor);
        var hover = await client.RequestAsync("textDocument/hover", new { textDocument = new { uri = Uri }, position = cursor.Position });
        Assert.Equal(JsonValueKind.Null, hover.ValueKind);
    }

    [Fact]
    public async Task Signature_help_marks_the_clause_the_cursor_is_in_by_offsets_or_by_text()
    {
        var cursor = CursorText.Parse("SELECT 1;\nBACKUP SNAPSHOT example_db.snap1 TO example_repo ON (example_tbl, |");
        object Capabilities(bool offsets, string[] formats) => new
        {
            textDocument = new
            {
                signatureHelp = new { signatureInformation = new { documentationFormat = formats, parameterInformation = new { labelOffsetSupport = offsets } } },
            },
        };
        await using (var client = await OpenAsync(cursor, Capabilities(offsets: true, ["markdown", "plaintext"])))
        {
            var help = await client.RequestAsync("textDocument/signatureHelp", new { textDocument = new { uri = Uri }, position = cursor.Position });
            // BACKUP's two forms, the one for databases written (active) and the one for external catalogs.
            Assert.Equal(0, help.GetProperty("activeSignature").GetInt32());
            var signatures = help.GetProperty("signatures").EnumerateArray().ToArray();
            Assert.Equal(2, signatures.Length);
            Assert.StartsWith("BACKUP {ALL EXTERNAL CATALOGS", signatures[1].GetProperty("label").GetString());
            var signature = signatures[0];
            Assert.Equal(help.GetProperty("activeParameter").GetInt32(), signature.GetProperty("activeParameter").GetInt32());
            var label = signature.GetProperty("label").GetString()!;
            Assert.StartsWith("BACKUP [DATABASE db] SNAPSHOT [db.]snapshot TO repository [ON (", label);
            Assert.Equal("markdown", signature.GetProperty("documentation").GetProperty("kind").GetString());
            Assert.Contains("`SHOW BACKUP [FROM db]`", signature.GetProperty("documentation").GetProperty("value").GetString());
            var parameters = signature.GetProperty("parameters").EnumerateArray().ToArray();
            Assert.Equal(5, parameters.Length);
            var active = parameters[help.GetProperty("activeParameter").GetInt32()];
            var offsets = active.GetProperty("label").EnumerateArray().Select(o => o.GetInt32()).ToArray();
            Assert.StartsWith("[ON (table", label[offsets[0]..offsets[1]]);
            Assert.EndsWith("...)]", label[offsets[0]..offsets[1]]);
            Assert.StartsWith("The tables", active.GetProperty("documentation").GetProperty("value").GetString());
        }
        // A client that reads no offsets gets each clause's text; one that states no format, plain text.
        await using (var client = await OpenAsync(cursor, Capabilities(offsets: false, [])))
        {
            var help = await client.RequestAsync("textDocument/signatureHelp", new { textDocument = new { uri = Uri }, position = cursor.Position });
            var signature = help.GetProperty("signatures")[0];
            Assert.Equal(JsonValueKind.String, signature.GetProperty("documentation").ValueKind);
            Assert.Contains("SHOW BACKUP [FROM db]", signature.GetProperty("documentation").GetString());
            Assert.DoesNotContain("`", signature.GetProperty("documentation").GetString());
            var parameters = signature.GetProperty("parameters").EnumerateArray().Select(p => p.GetProperty("label").GetString()!).ToArray();
            Assert.Equal(["[DATABASE db]", "SNAPSHOT [db.]snapshot", "TO repository"], parameters.Take(3));
            Assert.Equal("[ON (", parameters[help.GetProperty("activeParameter").GetInt32()][..5]);
        }
    }

    [Fact]
    public async Task Signature_help_keeps_the_form_the_person_turned_to_until_the_statement_decides()
    {
        var cursor = CursorText.Parse("RESTORE SNAPSHOT snap_a FROM example_repo |");
        await using var client = await OpenAsync(cursor);
        // VS Code, asked again while it shows the second form (the person pressed the down arrow), sends what it shows.
        object Retrigger(object position) => new
        {
            textDocument = new { uri = Uri },
            position,
            context = new { triggerKind = 3, isRetrigger = true, activeSignatureHelp = new { signatures = Array.Empty<object>(), activeSignature = 1 } },
        };
        var undecided = await client.RequestAsync("textDocument/signatureHelp", Retrigger(cursor.Position));
        Assert.Equal(1, undecided.GetProperty("activeSignature").GetInt32());
        Assert.Equal(1, undecided.GetProperty("activeParameter").GetInt32()); // FROM repository, in the external catalogs' form

        var decided = CursorText.Parse("RESTORE SNAPSHOT snap_a FROM example_repo DATABASE example_db |");
        await client.ChangeAsync(Uri, 2, new { text = decided.Text });
        var help = await client.RequestAsync("textDocument/signatureHelp", Retrigger(decided.Position));
        Assert.Equal(0, help.GetProperty("activeSignature").GetInt32());
        Assert.Equal(2, help.GetProperty("activeParameter").GetInt32()); // [DATABASE db [AS new_db]]
    }

    [Fact]
    public async Task Signature_help_outside_the_family_is_null()
    {
        var cursor = CursorText.Parse("BACKUP SNAPSHOT example_db.snap1 TO example_repo;\nSELECT * FROM t WHERE a IN (|");
        await using var client = await OpenAsync(cursor);
        var help = await client.RequestAsync("textDocument/signatureHelp", new { textDocument = new { uri = Uri }, position = cursor.Position });
        Assert.Equal(JsonValueKind.Null, help.ValueKind);
    }
}
