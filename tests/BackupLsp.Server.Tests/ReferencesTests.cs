using System.Text.Json;
using BackupLsp.Server.Tests.Infrastructure;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace BackupLsp.Server.Tests;

/// <summary>textDocument/definition, textDocument/references and textDocument/documentHighlight over the protocol.</summary>
public sealed class ReferencesTests
{
    private const string Uri = "file:///work/references.sql";

    // The emoji before the repository is two UTF-16 code units: ranges count them so.
    private static readonly CursorText Script = CursorText.Parse("""
        CREATE REPOSITORY nightly_repo WITH BROKER ON LOCATION "s3a://bucket/nightly";
        /* 😀 */ BACKUP SNAPSHOT example_db.snap1 TO nightly_re|po ON (example_tbl);
        SELECT nightly_repo FROM audit_log;
        SHOW SNAPSHOT ON nightly_repo WHERE SNAPSHOT = 'snap1';
        """);

    private static async Task<LspTestClient> OpenedAsync()
    {
        var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, Script.Text);
        return client;
    }

    private static object At(CursorText text) => new { textDocument = new { uri = Uri }, position = text.Position };

    private static (int Line, int Start, int End) Span(JsonElement range) => (
        range.GetProperty("start").GetProperty("line").GetInt32(),
        range.GetProperty("start").GetProperty("character").GetInt32(),
        range.GetProperty("end").GetProperty("character").GetInt32());

    [Fact]
    public async Task Highlights_mark_the_creation_as_a_write_and_the_uses_as_reads()
    {
        await using var client = await OpenedAsync();

        var highlights = (await client.RequestAsync("textDocument/documentHighlight", At(Script))).EnumerateArray().ToArray();

        Assert.Equal([(0, 18, 30), (1, 45, 57), (3, 17, 29)], highlights.Select(h => Span(h.GetProperty("range"))));
        Assert.Equal([3, 2, 2], highlights.Select(h => h.GetProperty("kind").GetInt32()));
    }

    [Fact]
    public async Task Highlights_mark_a_drop_as_a_write_and_leave_it_out_of_the_definitions()
    {
        var script = CursorText.Parse("""
            CREATE REPOSITORY nightly WITH BROKER ON LOCATION "s3a://bucket/nightly";
            SHOW SNAPSHOT ON nightly;
            DROP REPOSITORY night|ly;
            """);
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, script.Text);
        var at = new { textDocument = new { uri = Uri }, position = script.Position };

        var highlights = (await client.RequestAsync("textDocument/documentHighlight", at)).EnumerateArray().ToArray();
        var definition = await client.RequestAsync("textDocument/definition", at);

        Assert.Equal([3, 2, 3], highlights.Select(h => h.GetProperty("kind").GetInt32()));
        Assert.Equal((0, 18, 25), Span(Assert.Single(definition.EnumerateArray()).GetProperty("range")));
    }

    [Fact]
    public async Task Highlights_mark_the_new_name_of_a_rename_as_a_write_and_its_old_name_as_a_read()
    {
        var script = CursorText.Parse("""
            CREATE TABLE daily (k INT);
            ALTER TABLE daily RENAME daily_old;
            BACKUP SNAPSHOT s1 TO nightly ON (dai|ly_old);
            """);
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, script.Text);
        var at = new { textDocument = new { uri = Uri }, position = script.Position };

        var highlights = (await client.RequestAsync("textDocument/documentHighlight", at)).EnumerateArray().ToArray();
        var definition = await client.RequestAsync("textDocument/definition", at);

        Assert.Equal([(0, 13, 18), (1, 12, 17), (1, 25, 34), (2, 34, 43)], highlights.Select(h => Span(h.GetProperty("range"))));
        Assert.Equal([3, 2, 3, 2], highlights.Select(h => h.GetProperty("kind").GetInt32()));
        Assert.Equal((0, 13, 18), Span(Assert.Single(definition.EnumerateArray()).GetProperty("range")));
    }

    [Fact]
    public async Task A_partition_goes_to_the_create_table_that_declares_it()
    {
        var script = CursorText.Parse("""
            CREATE TABLE daily (k DATE) PARTITION BY RANGE (k) (PARTITION p1 VALUES LESS THAN ("2024-01-01"));
            BACKUP SNAPSHOT s1 TO nightly ON (daily PARTITION (P|1));
            """);
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, script.Text);
        var at = new { textDocument = new { uri = Uri }, position = script.Position };

        var highlights = (await client.RequestAsync("textDocument/documentHighlight", at)).EnumerateArray().ToArray();
        var definition = await client.RequestAsync("textDocument/definition", at);

        Assert.Equal([(0, 62, 64), (1, 51, 53)], highlights.Select(h => Span(h.GetProperty("range"))));
        Assert.Equal([3, 2], highlights.Select(h => h.GetProperty("kind").GetInt32()));
        Assert.Equal((0, 62, 64), Span(Assert.Single(definition.EnumerateArray()).GetProperty("range")));
    }

    [Fact]
    public async Task References_leave_the_declaration_out_when_asked()
    {
        await using var client = await OpenedAsync();

        var all = await client.RequestAsync("textDocument/references",
            new { textDocument = new { uri = Uri }, position = Script.Position, context = new { includeDeclaration = true } });
        var uses = await client.RequestAsync("textDocument/references",
            new { textDocument = new { uri = Uri }, position = Script.Position, context = new { includeDeclaration = false } });

        Assert.Equal([(0, 18, 30), (1, 45, 57), (3, 17, 29)], all.EnumerateArray().Select(l => Span(l.GetProperty("range"))));
        Assert.All(all.EnumerateArray(), l => Assert.Equal(Uri, l.GetProperty("uri").GetString()));
        Assert.Equal([(1, 45, 57), (3, 17, 29)], uses.EnumerateArray().Select(l => Span(l.GetProperty("range"))));
    }

    [Fact]
    public async Task Definition_goes_to_the_statement_that_makes_the_object()
    {
        await using var client = await OpenedAsync();

        var repository = await client.RequestAsync("textDocument/definition", At(Script));
        var snapshot = await client.RequestAsync("textDocument/definition",
            new { textDocument = new { uri = Uri }, position = new { line = 3, character = 50 } });
        var table = await client.RequestAsync("textDocument/definition",
            new { textDocument = new { uri = Uri }, position = new { line = 1, character = 66 } });

        Assert.Equal((0, 18, 30), Span(Assert.Single(repository.EnumerateArray()).GetProperty("range")));
        Assert.Equal((1, 36, 41), Span(Assert.Single(snapshot.EnumerateArray()).GetProperty("range")));
        Assert.Empty(table.EnumerateArray());
    }

    [Fact]
    public async Task Definition_of_a_table_a_restore_brings_back_under_an_alias_goes_to_the_alias()
    {
        var script = CursorText.Parse("""
            RESTORE SNAPSHOT example_db.nightly FROM r ON (orders AS orders_2024) PROPERTIES ("backup_timestamp" = "x");
            BACKUP SNAPSHOT example_db.s1 TO r ON (orders_20|24);
            """);
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, script.Text);

        var definition = await client.RequestAsync("textDocument/definition", new { textDocument = new { uri = Uri }, position = script.Position });

        Assert.Equal((0, 57, 68), Span(Assert.Single(definition.EnumerateArray()).GetProperty("range")));
    }

    [Fact]
    public async Task Other_sql_keywords_and_unopened_documents_get_empty_answers()
    {
        await using var client = await OpenedAsync();
        var unopened = new { textDocument = new { uri = "file:///work/never-opened.sql" }, position = new { line = 0, character = 0 } };

        foreach (var method in new[] { "textDocument/definition", "textDocument/references", "textDocument/documentHighlight" })
        {
            Assert.Empty((await client.RequestAsync(method, new { textDocument = new { uri = Uri }, position = new { line = 2, character = 10 } })).EnumerateArray());
            Assert.Empty((await client.RequestAsync(method, new { textDocument = new { uri = Uri }, position = new { line = 0, character = 2 } })).EnumerateArray());
            Assert.Empty((await client.RequestAsync(method, unopened)).EnumerateArray());
            // StreamJsonRpc's client raises -32602 as RemoteMethodNotFoundException, carrying the code.
            var missing = await Assert.ThrowsAsync<RemoteMethodNotFoundException>(() => client.RequestAsync(method, new { textDocument = new { uri = Uri } }));
            Assert.Equal(JsonRpcErrorCode.InvalidParams, missing.ErrorCode);
        }
    }

    [Fact]
    public async Task Rename_is_prepared_on_a_name_and_changes_every_mention()
    {
        await using var client = await OpenedAsync();

        var prepared = await client.RequestAsync("textDocument/prepareRename", At(Script));
        var onKeyword = await client.RequestAsync("textDocument/prepareRename",
            new { textDocument = new { uri = Uri }, position = new { line = 1, character = 12 } });
        var edit = await client.RequestAsync("textDocument/rename",
            new { textDocument = new { uri = Uri }, position = Script.Position, newName = "order" });

        Assert.Equal("nightly_repo", prepared.GetProperty("placeholder").GetString());
        Assert.Equal((1, 45, 57), Span(prepared.GetProperty("range")));
        Assert.Equal(JsonValueKind.Null, onKeyword.ValueKind);
        var renamed = Edits.Apply(Script.Text, edit.GetProperty("changes").GetProperty(Uri).EnumerateArray());
        Assert.Equal(Script.Text.Replace("SELECT nightly_repo", "SELECT kept").Replace("nightly_repo", "`order`").Replace("SELECT kept", "SELECT nightly_repo"),
            renamed);
    }

    [Fact]
    public async Task A_catalog_is_highlighted_found_defined_and_renamed_wherever_the_script_names_it_and_default_catalog_is_not_renamed()
    {
        var script = CursorText.Parse("""
            CREATE EXTERNAL CATALOG hive PROPERTIES ("type" = "hive");
            SET CATALOG hi|ve;
            USE 'CATALOG hive';
            RESTORE SNAPSHOT s1 FROM r EXTERNAL CATALOG (hive AS hive_copy) PROPERTIES ("backup_timestamp" = "x");
            USE hive_copy.sales;
            DROP CATALOG hive;
            SET CATALOG default_catalog;
            """);
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, script.Text);
        object Position(int line, int character) => new { textDocument = new { uri = Uri }, position = new { line, character } };
        var at = new { textDocument = new { uri = Uri }, position = script.Position };

        var highlights = (await client.RequestAsync("textDocument/documentHighlight", at)).EnumerateArray().ToArray();
        var references = await client.RequestAsync("textDocument/references", new { at.textDocument, at.position, context = new { includeDeclaration = false } });
        var definition = await client.RequestAsync("textDocument/definition", at);
        var aliasDefinition = await client.RequestAsync("textDocument/definition", Position(4, 6));
        var defaultDefinition = await client.RequestAsync("textDocument/definition", Position(6, 15));
        var edit = await client.RequestAsync("textDocument/rename", new { at.textDocument, at.position, newName = "lake" });
        var refused = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.RequestAsync("textDocument/prepareRename", Position(6, 15)));

        Assert.Equal([(0, 24, 28), (1, 12, 16), (2, 13, 17), (3, 45, 49), (5, 13, 17)], highlights.Select(h => Span(h.GetProperty("range"))));
        Assert.Equal([3, 2, 2, 2, 3], highlights.Select(h => h.GetProperty("kind").GetInt32()));
        Assert.Equal([(1, 12, 16), (2, 13, 17), (3, 45, 49), (5, 13, 17)], references.EnumerateArray().Select(r => Span(r.GetProperty("range"))));
        Assert.Equal((0, 24, 28), Span(Assert.Single(definition.EnumerateArray()).GetProperty("range")));
        Assert.Equal((3, 53, 62), Span(Assert.Single(aliasDefinition.EnumerateArray()).GetProperty("range")));
        Assert.Empty(defaultDefinition.EnumerateArray());
        Assert.Equal("""
            CREATE EXTERNAL CATALOG lake PROPERTIES ("type" = "hive");
            SET CATALOG lake;
            USE 'CATALOG lake';
            RESTORE SNAPSHOT s1 FROM r EXTERNAL CATALOG (lake AS hive_copy) PROPERTIES ("backup_timestamp" = "x");
            USE hive_copy.sales;
            DROP CATALOG lake;
            SET CATALOG default_catalog;
            """, Edits.Apply(script.Text, edit.GetProperty("changes").GetProperty(Uri).EnumerateArray()));
        Assert.Equal(-32803, refused.ErrorCode);
        Assert.Equal("'default_catalog' is the cluster's own catalog: renaming it in the script would not rename it in the cluster.", refused.Message);
    }

    [Fact]
    public async Task A_client_that_declares_versioned_edits_gets_the_rename_for_the_version_it_was_made_on()
    {
        await using var client = await LspTestClient.StartAsync(new { workspace = new { workspaceEdit = new { documentChanges = true } } });
        await client.OpenAsync(Uri, Script.Text, version: 3);

        var edit = await client.RequestAsync("textDocument/rename",
            new { textDocument = new { uri = Uri }, position = Script.Position, newName = "archive" });

        var change = Assert.Single(edit.GetProperty("documentChanges").EnumerateArray());
        Assert.Equal(3, change.GetProperty("textDocument").GetProperty("version").GetInt32());
        Assert.Equal(Script.Text.Replace("SELECT nightly_repo", "SELECT kept").Replace("nightly_repo", "archive").Replace("SELECT kept", "SELECT nightly_repo"),
            Edits.Apply(Script.Text, change.GetProperty("edits").EnumerateArray()));
    }

    [Fact]
    public async Task A_name_that_cannot_be_written_is_refused_with_the_reason()
    {
        await using var client = await OpenedAsync();

        var refused = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.RequestAsync("textDocument/rename",
            new { textDocument = new { uri = Uri }, position = Script.Position, newName = "it's" }));
        // Off any name, or past the last line: an error saying why, not null, which LSP reads as a rename needing no change.
        var offName = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.RequestAsync("textDocument/rename",
            new { textDocument = new { uri = Uri }, position = new { line = 2, character = 10 }, newName = "x" }));
        var pastTheEnd = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.RequestAsync("textDocument/rename",
            new { textDocument = new { uri = Uri }, position = new { line = 50, character = 3 }, newName = "x" }));

        Assert.Equal(-32803, refused.ErrorCode);
        Assert.Contains("quote", refused.Message);
        Assert.Equal(-32803, offName.ErrorCode);
        Assert.StartsWith("There is no name to rename here", offName.Message);
        Assert.Equal(-32803, pastTheEnd.ErrorCode);
        Assert.DoesNotContain("request failed", client.ServerStderr);
    }

    [Fact]
    public async Task A_partition_name_starrocks_refuses_is_refused_with_its_rule_and_nothing_is_written()
    {
        var script = CursorText.Parse("""
            CREATE TABLE example_db.tt (a INT, dt DATE) PARTITION BY RANGE (dt) (PARTITION p1 VALUES LESS THAN ("2024-01-01"));
            BACKUP SNAPSHOT example_db.s TO example_repo ON (tt PARTITION (p|1));
            """);
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, script.Text);

        var refused = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.RequestAsync("textDocument/rename",
            new { textDocument = new { uri = Uri }, position = script.Position, newName = "p-1" }));
        var taken = await client.RequestAsync("textDocument/rename", new { textDocument = new { uri = Uri }, position = script.Position, newName = "p_1" });

        Assert.Equal(-32803, refused.ErrorCode);
        Assert.Equal("StarRocks refuses 'p-1' as a partition name: a letter, or `_` and a letter or digit, then up to 63 ASCII letters, digits or `_`, "
            + "and not starting with `placeholder_`.", refused.Message);
        Assert.Equal(script.Text.Replace("p1", "p_1"), Edits.Apply(script.Text, taken.GetProperty("changes").GetProperty(Uri).EnumerateArray()));
    }

    [Fact]
    public async Task A_database_named_in_a_show_filter_by_db_name_is_highlighted_found_and_renamed_there_inside_the_quotes()
    {
        var script = CursorText.Parse("""
            CREATE DATABASE newdb;
            BACKUP SNAPSHOT new|db.s TO example_repo;
            SHOW BACKUP WHERE DbName = "newdb";
            SHOW RESTORE WHERE 'newdb' = DbName;
            """);
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, script.Text);
        var inFilter = new { textDocument = new { uri = Uri }, position = new { line = 2, character = 30 } };

        var highlights = await client.RequestAsync("textDocument/documentHighlight", inFilter);
        var references = await client.RequestAsync("textDocument/references", new { inFilter.textDocument, inFilter.position, context = new { includeDeclaration = true } });
        var edit = await client.RequestAsync("textDocument/rename", new { textDocument = new { uri = Uri }, position = script.Position, newName = "archive_db" });

        (int, int, int)[] mentions = [(0, 16, 21), (1, 16, 21), (2, 28, 33), (3, 20, 25)];
        Assert.Equal(mentions, highlights.EnumerateArray().Select(h => Span(h.GetProperty("range"))));
        Assert.Equal(mentions, references.EnumerateArray().Select(r => Span(r.GetProperty("range"))));
        Assert.Equal(script.Text.Replace("newdb", "archive_db"), Edits.Apply(script.Text, edit.GetProperty("changes").GetProperty(Uri).EnumerateArray()));
    }

    [Fact]
    public async Task A_name_no_rename_can_reach_everywhere_is_refused_before_the_new_name_is_asked()
    {
        var script = CursorText.Parse("""
            CREATE REPOSITORY night|ly WITH BROKER ON LOCATION "s3a://bucket/nightly";
            BACKUP SNAPSHOT example_db.s1 TO nightly ON (example_tbl PARTITON (p1));
            """);
        await using var client = await LspTestClient.StartAsync();
        await client.OpenAsync(Uri, script.Text);

        var refused = await Assert.ThrowsAsync<RemoteInvocationException>(() => client.RequestAsync("textDocument/prepareRename",
            new { textDocument = new { uri = Uri }, position = script.Position }));

        Assert.Equal(-32803, refused.ErrorCode);
        Assert.Equal("[nightly] also appears on line 2, in a statement that does not parse: a rename would leave it behind. "
            + "Fix the syntax error on line 2 first.", refused.Message);
        // An answer the client shows its user, not an error of the server's: nothing on stderr, which clients show as errors.
        Assert.DoesNotContain("prepareRename", client.ServerStderr);
    }

    [Fact]
    public async Task Definition_and_references_of_a_catalog_partition_temporary_partition_or_function_lead_to_its_entry_in_the_catalog_file()
    {
        var folder = Directory.CreateTempSubdirectory("backup-lsp-tests-").FullName;
        try
        {
            var catalogPath = Path.Combine(folder, "starrocks-catalog.json");
            File.WriteAllText(catalogPath, """
                {
                  "repositories": { "example_repo": {} },
                  "databases": { "example_db": {
                    "tables": { "example_tbl": { "partitions": ["p0", "p1"], "temporaryPartitions": ["tp1"] } },
                    "functions": ["my_udf"] } }
                }
                """);
            await using var client = await LspTestClient.StartWithFoldersAsync(LspTestClient.PushCapabilities(), folder);
            var uri = new Uri(Path.Combine(folder, "script.sql")).AbsoluteUri;
            var script = CursorText.Parse("""
                BACKUP SNAPSHOT example_db.s1 TO example_repo ON (example_tbl PARTITION (P|1), FUNCTION my_udf);
                ALTER TABLE example_db.example_tbl DROP TEMPORARY PARTITION tp1;
                """);
            await client.OpenAsync(uri, script.Text);
            async Task<(string?, (int, int, int))[]> Locations(string method, int line, int character) =>
                [.. (await client.RequestAsync(method, new { textDocument = new { uri }, position = new { line, character }, context = new { includeDeclaration = true } }))
                    .EnumerateArray().Select(l => (l.GetProperty("uri").GetString(), Span(l.GetProperty("range"))))];

            var catalogUri = new Uri(catalogPath).AbsoluteUri;
            Assert.Equal([(catalogUri, (3, 54, 58))], await Locations("textDocument/definition", script.Line, script.Character));
            Assert.Equal([(uri, (0, 73, 75)), (catalogUri, (3, 54, 58))], await Locations("textDocument/references", 0, 74));
            Assert.Equal([(catalogUri, (3, 85, 90))], await Locations("textDocument/definition", 1, 61));
            Assert.Equal([(catalogUri, (4, 18, 26))], await Locations("textDocument/definition", 0, 89));
            Assert.Equal([(uri, (0, 87, 93)), (catalogUri, (4, 18, 26))], await Locations("textDocument/references", 0, 89));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Fact]
    public async Task Definition_and_references_with_the_declaration_lead_into_the_catalog_file_of_the_document()
    {
        var folder = Directory.CreateTempSubdirectory("backup-lsp-tests-").FullName;
        try
        {
            var catalogPath = Path.Combine(folder, "starrocks-catalog.json");
            File.WriteAllText(catalogPath, """
                {
                  "repositories": { "nightly_repo": {} },
                  "databases": { "example_db": { "tables": { "example_tbl": {} } } }
                }
                """);
            await using var client = await LspTestClient.StartWithFoldersAsync(LspTestClient.PushCapabilities(), folder);
            var uri = new Uri(Path.Combine(folder, "script.sql")).AbsoluteUri;
            await client.OpenAsync(uri, Script.Text);
            // The script creates a repository the catalog lists, which StarRocks refuses; both are its definitions.
            Assert.Equal(["SRB406"], DocumentSyncTests.Codes(await client.DiagnosticsAsync(uri, 1)));

            var table = (await client.RequestAsync("textDocument/definition",
                new { textDocument = new { uri }, position = new { line = 1, character = 66 } })).EnumerateArray().ToArray();
            var repository = (await client.RequestAsync("textDocument/definition",
                new { textDocument = new { uri }, position = Script.Position })).EnumerateArray().ToArray();

            var tableAt = new { line = 1, character = 66 };
            var withDeclaration = await client.RequestAsync("textDocument/references",
                new { textDocument = new { uri }, position = tableAt, context = new { includeDeclaration = true } });
            var withoutDeclaration = await client.RequestAsync("textDocument/references",
                new { textDocument = new { uri }, position = tableAt, context = new { includeDeclaration = false } });

            var catalogUri = new Uri(catalogPath).AbsoluteUri;
            Assert.Equal([(catalogUri, (2, 45, 58))], table.Select(l => (l.GetProperty("uri").GetString(), Span(l.GetProperty("range")))));
            Assert.Equal([(uri, (0, 18, 30)), (catalogUri, (1, 20, 34))],
                repository.Select(l => (l.GetProperty("uri").GetString(), Span(l.GetProperty("range")))));
            Assert.Equal([(uri, (1, 62, 73)), (catalogUri, (2, 45, 58))],
                withDeclaration.EnumerateArray().Select(l => (l.GetProperty("uri").GetString(), Span(l.GetProperty("range")))));
            Assert.Equal([(uri, (1, 62, 73))], withoutDeclaration.EnumerateArray().Select(l => (l.GetProperty("uri").GetString(), Span(l.GetProperty("range")))));

            // Broken, the file keeps its last good catalog in use, whose places in it may have moved: none is given.
            File.WriteAllText(catalogPath, "{ \"tabels\": {},\n" + File.ReadAllText(catalogPath)[1..]);
            await client.NotifyAsync("workspace/didChangeWatchedFiles", new { changes = new[] { new { uri = catalogUri, type = 2 } } });
            // The statuses since the start, up to the one that tells the error.
            JsonElement status;
            do
                status = await client.CatalogStatusAsync();
            while (status.GetProperty("catalogError").ValueKind == JsonValueKind.Null);
            var whileBroken = await client.RequestAsync("textDocument/definition", new { textDocument = new { uri }, position = Script.Position });
            Assert.Equal([(uri, (0, 18, 30))], whileBroken.EnumerateArray().Select(l => (l.GetProperty("uri").GetString(), Span(l.GetProperty("range")))));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }
}
