using System.Text.Json;
using BackupLsp.Server.Tests.Infrastructure;

namespace BackupLsp.Server.Tests;

public sealed class FeatureTests
{
    private const string Uri = "file:///work/features.sql";

    /// <summary>The code actions the server offers for <paramref name="diagnostic"/>, asked for at its range, but for the ignore comment.</summary>
    private static async Task<JsonElement> QuickFixesAsync(LspTestClient client, string uri, JsonElement diagnostic) =>
        WithoutIgnore(await AllQuickFixesAsync(client, uri, diagnostic));

    /// <summary>The code actions the server offers for <paramref name="diagnostic"/>, asked for at its range.</summary>
    private static Task<JsonElement> AllQuickFixesAsync(LspTestClient client, string uri, JsonElement diagnostic) =>
        client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri },
            range = diagnostic.GetProperty("range"),
            context = new { diagnostics = new[] { diagnostic } },
        });

    /// <summary>The code actions asked for, but for the ignore comment every diagnostic that can be silenced offers last.</summary>
    private static async Task<JsonElement> FixesAsync(LspTestClient client, object request) =>
        WithoutIgnore(await client.RequestAsync("textDocument/codeAction", request));

    private static JsonElement WithoutIgnore(JsonElement actions) =>
        JsonSerializer.SerializeToElement(actions.EnumerateArray().Where(action => !action.GetProperty("title").GetString()!.StartsWith("Ignore SRB", StringComparison.Ordinal)));

    [Fact]
    public async Task Code_actions_offer_the_diagnostics_fixes_as_quick_fixes()
    {
        const string text = "BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (t1, t1);";
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, text);
        var diagnostic = Assert.Single((await client.DiagnosticsAsync(Uri, 1)).EnumerateArray());

        var actions = await QuickFixesAsync(client, Uri, diagnostic);

        var action = Assert.Single(actions.EnumerateArray());
        Assert.Equal("quickfix", action.GetProperty("kind").GetString());
        Assert.True(action.GetProperty("isPreferred").GetBoolean());
        Assert.Equal(diagnostic.GetRawText(), Assert.Single(action.GetProperty("diagnostics").EnumerateArray()).GetRawText());
        var edits = action.GetProperty("edit").GetProperty("changes").GetProperty(Uri).EnumerateArray();
        Assert.Equal("BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (t1);", Edits.Apply(text, edits));
    }

    [Fact]
    public async Task A_lone_fix_that_leaves_a_value_to_fill_in_is_not_preferred()
    {
        // Auto fix would add "backup_timestamp" = "" unasked, and the error would be gone with nothing right in its place.
        const string text = "RESTORE SNAPSHOT db1.s FROM r;";
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, text);
        var diagnostic = Assert.Single((await client.DiagnosticsAsync(Uri, 1)).EnumerateArray());

        var actions = await QuickFixesAsync(client, Uri, diagnostic);

        var action = Assert.Single(actions.EnumerateArray());
        Assert.Equal("Add \"backup_timestamp\" (its value to fill in)", action.GetProperty("title").GetString());
        Assert.False(action.GetProperty("isPreferred").GetBoolean());
    }

    [Fact]
    public async Task Of_several_names_to_choose_from_none_is_preferred()
    {
        // An editor's auto fix applies a preferred fix unasked: a repository picked by list order would be another location.
        var folder = Directory.CreateTempSubdirectory("backup-lsp-fixes-").FullName;
        try
        {
            File.WriteAllText(Path.Combine(folder, "starrocks-catalog.json"),
                """{ "repositories": { "ro_repo": { "readOnly": true }, "nightly_repo": {}, "weekly_repo": {} } }""");
            await using var client = await LspTestClient.StartAsync(LspTestClient.PushCapabilities(), folder);
            var uri = new Uri(Path.Combine(folder, "script.sql")).AbsoluteUri;
            await client.OpenAsync(uri, "BACKUP SNAPSHOT db.s TO ro_repo;");
            var diagnostic = Assert.Single((await client.DiagnosticsAsync(uri, 1)).EnumerateArray());

            var actions = await QuickFixesAsync(client, uri, diagnostic);

            Assert.Equal(["Change to nightly_repo", "Change to weekly_repo"], actions.EnumerateArray().Select(a => a.GetProperty("title").GetString()));
            Assert.Equal([false, false], actions.EnumerateArray().Select(a => a.GetProperty("isPreferred").GetBoolean()));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    /// <summary>The duplicate t1 is at 0:57-0:59.</summary>
    [Theory]
    [InlineData(58, 58, true)] // the cursor in it
    [InlineData(57, 57, true)] // at its start
    [InlineData(59, 59, true)] // at its end
    [InlineData(58, 61, true)] // a selection over part of it
    [InlineData(0, 61, true)] // over the whole statement
    [InlineData(56, 56, false)]
    [InlineData(60, 60, false)]
    [InlineData(53, 57, false)] // a selection that ends where it starts
    public async Task Quick_fixes_come_from_the_current_diagnostics_at_the_range_even_when_the_client_sends_none(int start, int end, bool offered)
    {
        // LSP: the diagnostics sent need not reflect the document's state, "the primary parameter ... is the provided range".
        const string text = "BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (t1, t1);";
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, text);
        var diagnostic = Assert.Single((await client.DiagnosticsAsync(Uri, 1)).EnumerateArray());

        var actions = (await FixesAsync(client, new
        {
            textDocument = new { uri = Uri },
            range = Edits.Range(0, start, 0, end),
            context = new { diagnostics = Array.Empty<object>() },
        })).EnumerateArray().ToArray();

        if (!offered)
        {
            Assert.Empty(actions);
            return;
        }
        var action = Assert.Single(actions);
        Assert.Equal(diagnostic.GetRawText(), Assert.Single(action.GetProperty("diagnostics").EnumerateArray()).GetRawText());
        var edits = action.GetProperty("edit").GetProperty("changes").GetProperty(Uri).EnumerateArray();
        Assert.Equal("BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (t1);", Edits.Apply(text, edits));
    }

    [Fact]
    public async Task A_diagnostic_offers_to_ignore_it_on_its_line_last_and_not_preferred_and_the_comment_silences_it()
    {
        const string text = "BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (t1, t1);";
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, text);
        var diagnostic = Assert.Single((await client.DiagnosticsAsync(Uri, 1)).EnumerateArray());

        var actions = (await AllQuickFixesAsync(client, Uri, diagnostic)).EnumerateArray().ToList();
        Assert.Equal(["Remove the duplicate 't1'", "Ignore SRB300 here"], actions.Select(action => action.GetProperty("title").GetString()));
        var ignore = actions[^1];
        Assert.Equal("quickfix", ignore.GetProperty("kind").GetString());
        Assert.False(ignore.TryGetProperty("isPreferred", out var preferred) && preferred.GetBoolean());
        var ignored = Edits.Apply(text, ignore.GetProperty("edit").GetProperty("changes").GetProperty(Uri).EnumerateArray());
        Assert.Equal(text + " -- backup-lsp-ignore SRB300", ignored);

        await client.ChangeAsync(Uri, 2, new { text = ignored });
        Assert.Empty((await client.DiagnosticsAsync(Uri, 2)).EnumerateArray());
        var fixAll = await client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = Uri },
            range = Edits.Range(0, 0, 0, 0),
            context = new { diagnostics = Array.Empty<object>(), only = new[] { "source.fixAll" } },
        });
        Assert.Empty(fixAll.EnumerateArray());
    }

    [Fact]
    public async Task An_ignore_comment_that_silences_nothing_is_a_faded_hint_whose_fix_removes_it()
    {
        const string text = "BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (t1); -- backup-lsp-ignore duplicate-table\nSHOW BACKUP;";
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, text);
        var diagnostic = Assert.Single((await client.DiagnosticsAsync(Uri, 1)).EnumerateArray());
        Assert.Equal("SRB801", diagnostic.GetProperty("code").GetString());
        Assert.Equal(4, diagnostic.GetProperty("severity").GetInt32());
        Assert.Equal([1], diagnostic.GetProperty("tags").EnumerateArray().Select(tag => tag.GetInt32()));

        var action = Assert.Single((await AllQuickFixesAsync(client, Uri, diagnostic)).EnumerateArray());
        Assert.Equal("Remove the unused backup-lsp-ignore comment", action.GetProperty("title").GetString());
        Assert.False(action.TryGetProperty("isPreferred", out var preferred) && preferred.GetBoolean());
        Assert.Equal("BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (t1);\nSHOW BACKUP;",
            Edits.Apply(text, action.GetProperty("edit").GetProperty("changes").GetProperty(Uri).EnumerateArray()));
    }

    [Fact]
    public async Task A_current_diagnostic_sent_back_gets_its_fixes_outside_the_range_too_and_once_inside_it()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, "BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (t1, t1);");
        var diagnostic = Assert.Single((await client.DiagnosticsAsync(Uri, 1)).EnumerateArray());

        async Task<int> CountAsync(object range) => (await FixesAsync(client, new
        {
            textDocument = new { uri = Uri },
            range,
            context = new { diagnostics = new[] { diagnostic, diagnostic } },
        })).GetArrayLength();

        Assert.Equal(1, await CountAsync(Edits.Range(0, 0, 0, 0)));
        Assert.Equal(1, await CountAsync(diagnostic.GetProperty("range")));
    }

    [Fact]
    public async Task A_diagnostic_sent_back_with_its_columns_in_bytes_is_known_by_its_code_lines_and_message()
    {
        // Neovim 0.7 sends back a diagnostic's columns as bytes: two more here, after the two-byte é.
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, "BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (/* é */ t1, t1);");
        var diagnostic = Assert.Single((await client.DiagnosticsAsync(Uri, 1)).EnumerateArray());
        var range = diagnostic.GetProperty("range");
        var (start, end) = (range.GetProperty("start").GetProperty("character").GetInt32(), range.GetProperty("end").GetProperty("character").GetInt32());
        object SentBack(string message) => new
        {
            range = Edits.Range(0, start + 1, 0, end + 1),
            code = diagnostic.GetProperty("code").GetString(),
            message,
        };

        async Task<int> CountAsync(object sent) => (await FixesAsync(client, new
        {
            textDocument = new { uri = Uri },
            range = Edits.Range(0, 0, 0, 0),
            context = new { diagnostics = new[] { sent } },
        })).GetArrayLength();

        Assert.Equal(1, await CountAsync(SentBack(diagnostic.GetProperty("message").GetString()!)));
        Assert.Equal(0, await CountAsync(SentBack("another linter's message")));
    }

    [Fact]
    public async Task A_diagnostic_sent_back_as_published_brings_its_own_fixes_not_those_of_its_twins_on_the_line()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, "BACKUP SNAPSHOT s TO r ON (t1, t1, t1);");
        var diagnostics = (await client.DiagnosticsAsync(Uri, 1)).EnumerateArray().ToList();
        Assert.Equal(2, diagnostics.Count);
        var last = diagnostics.MaxBy(d => d.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32());
        var start = last.GetProperty("range").GetProperty("start").GetProperty("character").GetInt32();
        var actions = await FixesAsync(client, new
        {
            textDocument = new { uri = Uri },
            range = Edits.Range(0, start, 0, start + 2),
            context = new { diagnostics = new[] { last } },
        });
        var action = Assert.Single(actions.EnumerateArray());
        Assert.Equal(last.GetProperty("range").ToString(), action.GetProperty("diagnostics")[0].GetProperty("range").ToString());
    }

    [Fact]
    public async Task A_client_that_declares_versioned_edits_gets_the_fix_for_the_version_it_was_made_on()
    {
        const string text = "BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (t1, t1);";
        var capabilities = new
        {
            workspace = new { workspaceEdit = new { documentChanges = true } },
            textDocument = new { codeAction = new { codeActionLiteralSupport = new { codeActionKind = new { valueSet = new[] { "quickfix" } } } } },
        };
        await using var client = await LspTestClient.StartAsync(capabilities);
        await client.OpenAsync(Uri, text, version: 7);
        var diagnostic = Assert.Single((await client.DiagnosticsAsync(Uri, 7)).EnumerateArray());

        var actions = await QuickFixesAsync(client, Uri, diagnostic);

        var edit = Assert.Single(actions.EnumerateArray()).GetProperty("edit");
        Assert.False(edit.TryGetProperty("changes", out _));
        var change = Assert.Single(edit.GetProperty("documentChanges").EnumerateArray());
        Assert.Equal(Uri, change.GetProperty("textDocument").GetProperty("uri").GetString());
        Assert.Equal(7, change.GetProperty("textDocument").GetProperty("version").GetInt32());
        Assert.Equal("BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (t1);", Edits.Apply(text, change.GetProperty("edits").EnumerateArray()));
    }

    [Fact]
    public async Task A_client_without_code_action_literals_is_offered_no_code_actions()
    {
        // LSP lets such a client take commands only, and these fixes are edits: the capability is not advertised.
        await using var client = LspTestClient.Connect();
        var initialize = await client.InitializeAsync(new { textDocument = new { codeAction = new { dynamicRegistration = false } } });
        Assert.False(initialize.GetProperty("capabilities").TryGetProperty("codeActionProvider", out _));
        await client.OpenAsync(Uri, "BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (t1, t1);");
        var diagnostic = Assert.Single((await client.DiagnosticsAsync(Uri, 1)).EnumerateArray());

        var actions = await QuickFixesAsync(client, Uri, diagnostic);

        Assert.Empty(actions.EnumerateArray());
    }

    [Fact]
    public async Task Another_servers_diagnostics_at_the_place_are_passed_over()
    {
        // VS Code sends every diagnostic in the range; another linter's code may be a number, or absent.
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, "BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (t1, t1);");
        var diagnostic = Assert.Single((await client.DiagnosticsAsync(Uri, 1)).EnumerateArray());
        var range = diagnostic.GetProperty("range");
        object[] sent =
        [
            new { range, message = "numbered", code = 1234, source = "sqlfluff" },
            diagnostic,
            new { range, message = "no code", severity = 2 },
        ];
        var actions = await FixesAsync(client, new
        {
            textDocument = new { uri = Uri },
            range,
            context = new { diagnostics = sent },
        });
        Assert.Equal("Remove the duplicate 't1'", Assert.Single(actions.EnumerateArray()).GetProperty("title").GetString());
    }

    [Fact]
    public async Task Code_actions_ignore_diagnostics_that_no_longer_match()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, "BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (t1, t1);");
        var diagnostic = Assert.Single((await client.DiagnosticsAsync(Uri, 1)).EnumerateArray());
        // Another line: the columns alone may differ for the same diagnostic (a client that counts bytes).
        var moved = JsonSerializer.SerializeToElement(new
        {
            range = Edits.Range(1, 0, 1, 6),
            code = diagnostic.GetProperty("code").GetString(),
            message = diagnostic.GetProperty("message").GetString(),
        });
        var actions = await client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = Uri },
            range = Edits.Range(0, 0, 0, 6),
            context = new { diagnostics = new[] { moved } },
        });
        Assert.Empty(actions.EnumerateArray());

        var onlyRefactorings = await client.RequestAsync("textDocument/codeAction", new
        {
            textDocument = new { uri = Uri },
            range = diagnostic.GetProperty("range"),
            context = new { diagnostics = new[] { diagnostic }, only = new[] { "refactor" } },
        });
        Assert.Empty(onlyRefactorings.EnumerateArray());
    }

    [Theory]
    [InlineData("source.fixAll")]
    [InlineData("source")]
    public async Task Fix_all_applies_every_certain_fix_when_asked_for_by_kind(string kind)
    {
        const string text = """
            BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (t1, t1) PROPERTIES ("type" = "incremental", "timout" = "3600");
            """;
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, text);

        var actions = await FixesAsync(client, new
        {
            textDocument = new { uri = Uri },
            range = Edits.Range(0, 0, 0, 0),
            context = new { diagnostics = Array.Empty<object>(), only = new[] { kind } },
        });

        var action = Assert.Single(actions.EnumerateArray());
        Assert.Equal("source.fixAll.starrocksBackup", action.GetProperty("kind").GetString());
        var edits = action.GetProperty("edit").GetProperty("changes").GetProperty(Uri).EnumerateArray();
        // The did-you-mean for "timout" is a guess: fix all leaves it.
        Assert.Equal("""
            BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (t1) PROPERTIES ("type" = "full", "timout" = "3600");
            """, Edits.Apply(text, edits));
    }

    [Fact]
    public async Task Fix_all_is_offered_only_when_asked_for_and_when_there_is_something_to_fix()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, "BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (t1, t1);");
        await client.OpenAsync("file:///work/guesses-only.sql", """BACKUP SNAPSHOT example_db.snap1 TO example_repo ON (t1) PROPERTIES ("timout" = "3600");""");

        async Task<string[]> KindsAsync(string uri, string[]? only) =>
            [.. (await client.RequestAsync("textDocument/codeAction", new
            {
                textDocument = new { uri },
                range = Edits.Range(0, 0, 0, 0),
                context = new { diagnostics = Array.Empty<object>(), only },
            })).EnumerateArray().Select(action => action.GetProperty("kind").GetString()!)];

        Assert.Empty(await KindsAsync(Uri, null));
        Assert.Empty(await KindsAsync(Uri, ["quickfix"]));
        Assert.Equal(["source.fixAll.starrocksBackup"], await KindsAsync(Uri, ["source.fixAll.starrocksBackup"]));
        Assert.Empty(await KindsAsync("file:///work/guesses-only.sql", ["source.fixAll"]));
    }

    [Fact]
    public async Task Document_symbols_name_each_family_statement()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, """
            SELECT * FROM t;
            BACKUP SNAPSHOT example_db.snap1
            TO example_repo
            ON (example_tbl, example_tbl2);
            RESTORE SNAPSHOT snap2 FROM example_repo DATABASE db2 PROPERTIES ("backup_timestamp" = "2018-05-04-16-45-08");
            CREATE REPOSITORY r1 WITH BROKER ON LOCATION "s3a://bucket/backup";
            SHOW BACKUP FROM example_db;
            """);
        var symbols = (await client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = Uri } })).EnumerateArray().ToArray();
        Assert.Equal(
            ["BACKUP example_db.snap1 → example_repo", "RESTORE db2.snap2 ← example_repo", "CREATE REPOSITORY r1", "SHOW BACKUP FROM example_db"],
            symbols.Select(s => s.GetProperty("name").GetString()));
        Assert.Equal("example_tbl, example_tbl2", symbols[0].GetProperty("detail").GetString());
        Assert.Equal(24, symbols[0].GetProperty("kind").GetInt32());
        var range = symbols[0].GetProperty("range");
        Assert.Equal((1, 3), (range.GetProperty("start").GetProperty("line").GetInt32(), range.GetProperty("end").GetProperty("line").GetInt32()));
        var selection = symbols[0].GetProperty("selectionRange").GetProperty("start");
        Assert.Equal((1, 16), (selection.GetProperty("line").GetInt32(), selection.GetProperty("character").GetInt32()));
    }

    [Fact]
    public async Task Clients_that_declare_no_kind_value_sets_get_only_the_base_kinds()
    {
        // LSP: without a value set a client takes completion kinds Text to Reference (1-18), symbol kinds File to Array (1-18).
        await using var client = await LspTestClient.StartAsync(new { textDocument = new { documentSymbol = new { hierarchicalDocumentSymbolSupport = true } } });
        var cursor = CursorText.Parse("""
            CREATE REPOSITORY r1 WITH BROKER ON LOCATION "s3a://bucket/backup";
            SHOW BACKUP FROM example_db;
            BACKUP SNAPSHOT example_db.snap1 TO |
            """);
        await client.OpenAsync(Uri, cursor.Text);

        var symbols = (await client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = Uri } })).EnumerateArray();
        Assert.Equal([4, 6, 12], symbols.Select(s => s.GetProperty("kind").GetInt32()));
        var found = (await client.RequestAsync("workspace/symbol", new { query = "" })).EnumerateArray();
        Assert.Equal([4, 6, 12], found.Select(s => s.GetProperty("kind").GetInt32()));
        var completion = await client.RequestAsync("textDocument/completion", new { textDocument = new { uri = Uri }, position = cursor.Position });
        var repository = Assert.Single(completion.GetProperty("items").EnumerateArray(), i => i.GetProperty("label").GetString() == "r1");
        Assert.Equal(17, repository.GetProperty("kind").GetInt32());
    }

    [Fact]
    public async Task Clients_without_hierarchy_get_flat_symbol_information()
    {
        await using var client = await LspTestClient.StartAsync(new { });
        await client.OpenAsync(Uri, "DROP REPOSITORY old_repo;");
        var symbol = Assert.Single((await client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = Uri } })).EnumerateArray());
        Assert.Equal("DROP REPOSITORY old_repo", symbol.GetProperty("name").GetString());
        Assert.Equal(Uri, symbol.GetProperty("location").GetProperty("uri").GetString());
    }

    [Fact]
    public async Task Selection_ranges_grow_from_the_token_through_the_statement_for_each_position()
    {
        await using var client = await LspTestClient.StartAsync();
        const string text = "SELECT 1;\nBACKUP SNAPSHOT s TO r\nON (t1 PARTITION (p1, p2));\n\nSHOW REPOSITORIES;";
        await client.OpenAsync(Uri, text);
        var answer = await client.RequestAsync("textDocument/selectionRange", new
        {
            textDocument = new { uri = Uri },
            positions = new[] { new { line = 2, character = 19 }, new { line = 3, character = 0 } },
        });
        var ranges = answer.EnumerateArray().ToArray();
        Assert.Equal(2, ranges.Length);
        var chain = new List<string>();
        for (JsonElement? range = ranges[0]; range is { } at; range = at.TryGetProperty("parent", out var parent) ? parent : null)
        {
            var (start, end) = (at.GetProperty("range").GetProperty("start"), at.GetProperty("range").GetProperty("end"));
            chain.Add($"{start.GetProperty("line").GetInt32()}:{start.GetProperty("character").GetInt32()}-{end.GetProperty("line").GetInt32()}:{end.GetProperty("character").GetInt32()}");
        }
        // p1, the partitions, the PARTITION clause, the table, the ON clause, the statement over two lines.
        Assert.Equal(["2:18-2:20", "2:18-2:24", "2:7-2:25", "2:4-2:25", "2:0-2:26", "1:0-2:26"], chain);
        // Between statements: the empty range at the position, alone.
        Assert.Equal("""{"range":{"start":{"line":3,"character":0},"end":{"line":3,"character":0}}}""", ranges[1].GetRawText());
    }

    [Fact]
    public async Task Inlay_hints_show_the_session_database_where_a_statement_would_name_it()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, "USE db1;\nSHOW BACKUP;\nBACKUP SNAPSHOT s TO r;");
        var hint = Assert.Single((await client.RequestAsync("textDocument/inlayHint", new { textDocument = new { uri = Uri }, range = Edits.Range(0, 0, 3, 0) }))
            .EnumerateArray()).GetRawText();
        Assert.StartsWith("""{"position":{"line":2,"character":16},"label":"db1.","tooltip":""", hint);
        Assert.DoesNotContain("paddingLeft", hint);
    }

    [Fact]
    public async Task Folding_ranges_cover_multi_line_statements_and_comments()
    {
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, "SELECT 1;\nBACKUP SNAPSHOT s\n  TO r\n  ON (t);\nSELECT\n  2;\r\n/* a\nb */\nSHOW REPOSITORIES;");
        var ranges = await client.RequestAsync("textDocument/foldingRange", new { textDocument = new { uri = Uri } });
        Assert.Equal([(1, 3, null), (4, 5, null), (6, 7, "comment")], ranges.EnumerateArray().Select(r =>
            (r.GetProperty("startLine").GetInt32(), r.GetProperty("endLine").GetInt32(), r.TryGetProperty("kind", out var kind) ? kind.GetString() : null)));
    }

    private const string FoldedScript = "-- nightly\n-- jobs\nBACKUP SNAPSHOT sales.s\n  TO r\n  ON (\n    t1,\n    t2\n  );\nSELECT\n  2;\nSHOW BACKUP\n  FROM sales;";

    [Fact]
    public async Task A_client_that_takes_collapsed_text_is_given_a_family_statements_outline_name_for_its_fold()
    {
        await using var client = await LspTestClient.StartAsync(new
        {
            textDocument = new { foldingRange = new { foldingRange = new { collapsedText = true } }, documentSymbol = new { hierarchicalDocumentSymbolSupport = true } },
        });
        await client.OpenAsync(Uri, FoldedScript);

        var ranges = await client.RequestAsync("textDocument/foldingRange", new { textDocument = new { uri = Uri } });
        var symbols = await client.RequestAsync("textDocument/documentSymbol", new { textDocument = new { uri = Uri } });

        // The comment, the ON list and other SQL keep the client's own text: their first line.
        Assert.Equal([(0, null), (2, "BACKUP sales.s → r"), (4, null), (8, null), (10, "SHOW BACKUP FROM sales")], ranges.EnumerateArray().Select(r =>
            (r.GetProperty("startLine").GetInt32(), r.TryGetProperty("collapsedText", out var text) ? text.GetString() : null)));
        Assert.Equal(["BACKUP sales.s → r", "SHOW BACKUP FROM sales"], symbols.EnumerateArray().Select(s => s.GetProperty("name").GetString()));
    }

    [Fact]
    public async Task A_client_that_does_not_declare_collapsed_text_is_given_none()
    {
        // The capability is textDocument.foldingRange.foldingRange.collapsedText (LSP 3.17): one level up declares nothing.
        foreach (var capabilities in new object[] { new { }, new { textDocument = new { foldingRange = new { collapsedText = true } } } })
        {
            await using var client = await LspTestClient.StartAsync(capabilities);
            await client.OpenAsync(Uri, FoldedScript);

            var ranges = (await client.RequestAsync("textDocument/foldingRange", new { textDocument = new { uri = Uri } })).EnumerateArray().ToList();

            Assert.Equal([0, 2, 4, 8, 10], ranges.Select(r => r.GetProperty("startLine").GetInt32()));
            Assert.All(ranges, range => Assert.False(range.TryGetProperty("collapsedText", out _), range.GetRawText()));
        }
    }

    [Fact]
    public async Task Semantic_tokens_classify_keywords_names_strings_and_comments()
    {
        const string text = "SELECT 'x';\nBACKUP SNAPSHOT db.s TO repo ON (t PARTITION (p1)) /* note\nmore */ PROPERTIES (\"timeout\" = \"600\");";
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, text);
        var legend = LegendOf(await LegendAsync());
        var data = (await client.RequestAsync("textDocument/semanticTokens/full", new { textDocument = new { uri = Uri } }))
            .GetProperty("data").EnumerateArray().Select(d => d.GetInt32()).ToArray();
        var tokens = Decode(data, legend, text);
        Assert.Equal(
            [
                ("BACKUP", "keyword"), ("SNAPSHOT", "keyword"), ("db", "namespace"), ("s", "variable"), ("TO", "keyword"),
                ("repo", "type"), ("ON", "keyword"), ("t", "class"), ("PARTITION", "keyword"), ("p1", "enumMember"),
                ("/* note", "comment"), ("more */", "comment"), ("PROPERTIES", "keyword"), ("\"timeout\"", "property"),
                ("=", "operator"), ("\"600\"", "string"),
            ],
            tokens);
    }

    private static async Task<JsonElement> LegendAsync()
    {
        await using var client = LspTestClient.Connect();
        var result = await client.InitializeAsync(new { });
        return result.GetProperty("capabilities").GetProperty("semanticTokensProvider").GetProperty("legend").Clone();
    }

    private static string[] LegendOf(JsonElement legend) => [.. legend.GetProperty("tokenTypes").EnumerateArray().Select(t => t.GetString()!)];

    private static List<(string Text, string Type)> Decode(int[] data, string[] legend, string text)
    {
        var lines = text.Split('\n');
        var tokens = new List<(string, string)>();
        int line = 0, start = 0;
        for (var i = 0; i < data.Length; i += 5)
        {
            start = data[i] == 0 ? start + data[i + 1] : data[i + 1];
            line += data[i];
            tokens.Add((lines[line].Substring(start, data[i + 2]), legend[data[i + 3]]));
        }
        return tokens;
    }
}
