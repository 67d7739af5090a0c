using BackupLsp.Language.Catalog;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Tests.Catalog;

public sealed class CatalogLoaderTests
{
    private const string Valid = """
        {
          "$schema": "./starrocks-catalog.schema.json",
          // comments and trailing commas are tolerated
          "defaultDatabase": "example_db",
          "repositories": {
            "example_repo": { "location": "s3a://bucket/backup", "readOnly": false,
                              "snapshots": [ { "name": "snapshot_label1", "timestamp": "2018-05-04-16-45-08" } ] },
            "s3_repo": { "readOnly": true },
          },
          "databases": {
            "example_db": {
              "tables": { "example_tbl": { "partitions": ["p1", "p2"], "temporaryPartitions": ["tp1"], "comment": "orders" },
                          "example_tbl2": {} },
              "views": ["v_orders"], "materializedViews": ["mv_daily"], "functions": ["my_udf"]
            }
          }
        }
        """;

    private static CatalogError ErrorOf(string json) =>
        CatalogLoader.Parse(json) is { Catalog: null, Error: { } error } ? error : throw new Xunit.Sdk.XunitException("expected an error");

    [Fact]
    public void A_valid_file_gives_every_name()
    {
        var result = CatalogLoader.Parse(Valid);
        Assert.Null(result.Error);
        var catalog = result.Catalog!;
        Assert.Equal("example_db", catalog.DefaultDatabase);
        Assert.False(catalog.FindRepository("example_repo")!.ReadOnly);
        Assert.True(catalog.FindRepository("s3_repo")!.ReadOnly);
        var snapshot = Assert.Single(catalog.FindRepository("example_repo")!.Snapshots!.Value);
        Assert.Equal(("snapshot_label1", "2018-05-04-16-45-08"), (snapshot.Name, snapshot.Timestamp));
        var database = catalog.FindDatabase("example_db")!;
        var table = database.Tables!["example_tbl"];
        Assert.True(table.HasPartition("P1"));
        Assert.True(table.HasTemporaryPartition("TP1"));
        Assert.Equal("orders", table.Comment);
        Assert.Equal("v_orders", Assert.Single(database.Views!.Value));
        Assert.Equal("mv_daily", Assert.Single(database.MaterializedViews!.Value));
        Assert.Equal("my_udf", Assert.Single(database.Functions!.Value));
        Assert.Equal(2, catalog.TableCount);
    }

    [Fact]
    public void Absent_lists_are_unknown_not_empty()
    {
        var catalog = CatalogLoader.Parse("""{ "repositories": { "r": {} }, "databases": { "d": { "tables": { "t": {} } } } }""").Catalog!;
        Assert.Null(catalog.DefaultDatabase);
        Assert.Null(catalog.FindRepository("r")!.Snapshots);
        var database = catalog.FindDatabase("d")!;
        Assert.Null(database.Views);
        Assert.Null(database.MaterializedViews);
        Assert.Null(database.Functions);
        Assert.Null(database.Tables!["t"].Partitions);
        Assert.True(database.Tables!["t"].HasPartition("anything"));
        Assert.Null(CatalogLoader.Parse("{}").Catalog!.Databases);
    }

    [Fact]
    public void Each_name_keeps_where_the_file_writes_it()
    {
        // Positions as LSP counts them: a CRLF and a lone CR each end a line; é is one UTF-16 unit, 😀 two.
        var json = "{ \"repositories\": {\r\n  \"é\": { \"snapshots\": [ { \"name\": \"s😀\" } ] },\r  \"r\\u0032\": {} },\n"
            + "  \"databases\": { \"😀db\": { \"tables\": { \"t\": {} } } } }";
        var catalog = CatalogLoader.Parse(json).Catalog!;

        static string At(LinePositionSpan? span) => $"{span!.Value.Start}-{span.Value.End}";
        var repository = catalog.FindRepository("é")!;
        Assert.Equal("1:2-1:5", At(repository.Declared));
        Assert.Equal("1:34-1:39", At(repository.Snapshots!.Value[0].Declared));
        Assert.Equal("2:2-2:11", At(catalog.FindRepository("r2")!.Declared));
        var database = catalog.FindDatabase("😀db")!;
        Assert.Equal("3:17-3:23", At(database.Declared));
        Assert.Equal("3:39-3:42", At(database.Tables!["t"].Declared));
    }

    [Fact]
    public void A_loaded_file_names_its_path()
    {
        var folder = Directory.CreateTempSubdirectory();
        try
        {
            var path = Path.Combine(folder.FullName, CatalogLoader.DefaultFileName);
            File.WriteAllText(path, "{}");
            Assert.Equal(path, CatalogLoader.Load(path).Catalog!.FilePath);
            Assert.Null(CatalogLoader.Parse("{}").Catalog!.FilePath);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public void Names_are_case_sensitive()
    {
        var catalog = CatalogLoader.Parse("""{ "repositories": { "Repo": {} } }""").Catalog!;
        Assert.NotNull(catalog.FindRepository("Repo"));
        Assert.Null(catalog.FindRepository("repo"));
    }

    [Fact]
    public void A_json_syntax_error_has_its_line_and_column()
    {
        var error = ErrorOf("{\n  \"defaultDatabase\": \"db\"\n  \"databases\": {}\n}");
        Assert.StartsWith("invalid JSON", error.Message);
        Assert.Equal(3, error.Line);
        Assert.Equal(3, error.Column);
    }

    [Fact]
    public void An_unknown_field_names_its_path_and_position()
    {
        var error = ErrorOf("{\n  \"databases\": {\n    \"db\": { \"tabels\": {} }\n  }\n}");
        Assert.Equal("unknown field \"tabels\": did you mean \"tables\"?", error.Message);
        Assert.Equal("$.databases.db.tabels", error.JsonPath);
        Assert.Equal(3, error.Line);
        Assert.Equal(13, error.Column);
        Assert.Contains("$.databases.db.tabels", error.ToString());
    }

    [Fact]
    public void A_name_listed_twice_is_an_error_at_the_second()
    {
        // A JSON reader keeps the second: the first table's partitions would be dropped without a word.
        var error = ErrorOf("{\n  \"databases\": { \"db\": { \"tables\": {\n    \"t\": { \"partitions\": [\"p1\"] },\n    \"t\": {}\n  } } }\n}");
        Assert.Equal("\"t\" is listed twice", error.Message);
        Assert.Equal("$.databases.db.tables.t", error.JsonPath);
        Assert.Equal(4, error.Line);
        Assert.Equal(5, error.Column);
    }

    [Fact]
    public void A_field_given_twice_is_an_error()
    {
        var error = ErrorOf("""{ "defaultDatabase": "a", "defaultDatabase": "b" }""");
        Assert.Equal("field \"defaultDatabase\" is given twice", error.Message);
        Assert.Equal("$.defaultDatabase", error.JsonPath);
    }

    [Fact]
    public void A_value_of_the_wrong_type_says_what_was_expected()
    {
        var error = ErrorOf("""{ "repositories": { "r": { "readOnly": "yes" } } }""");
        Assert.Equal("expected true or false, found a string", error.Message);
        Assert.Equal("$.repositories.r.readOnly", error.JsonPath);

        var partitions = ErrorOf("""{ "databases": { "d": { "tables": { "t": { "partitions": "p1" } } } } }""");
        Assert.Equal("expected an array, found a string", partitions.Message);
        Assert.Equal("$.databases.d.tables.t.partitions", partitions.JsonPath);
    }

    [Theory]
    [InlineData("""{ "defaultDatabase": true }""", "expected a string, found a boolean", "$.defaultDatabase")]
    [InlineData("""{ "defaultDatabase": null }""", "expected a string, found null", "$.defaultDatabase")]
    [InlineData("""{ "databases": { "d": { "views": { "v": 1 } } } }""", "expected an array, found an object", "$.databases.d.views")]
    [InlineData("""{ "databases": { "d": { "functions": [ 7 ] } } }""", "expected a string, found a number", "$.databases.d.functions[0]")]
    [InlineData("""{ "repositories": { "": {} } }""", "a name must not be empty", "$.repositories['']")]
    [InlineData("""{ "databases": { "a.b": { "x": 1 } } }""", "unknown field \"x\" (the fields here: tables, views, materializedViews, functions)", "$.databases['a.b'].x")]
    [InlineData("""{ "repositories": { "r": { "readonly": true } } }""", "unknown field \"readonly\": did you mean \"readOnly\"?", "$.repositories.r.readonly")]
    [InlineData("""{ "defaultDatabase": "" }""", "a name must not be empty", "$.defaultDatabase")]
    [InlineData("""{ "repositories": { "r": { "snapshots": [{ "name": "" }] } } }""", "a name must not be empty", "$.repositories.r.snapshots[0].name")]
    [InlineData("""{ "databases": { "d": { "views": ["v", "v"] } } }""", "\"v\" is listed twice", "$.databases.d.views[1]")]
    [InlineData("""{ "databases": { "d": { "functions": ["f", "F"] } } }""", "\"F\" is listed twice, in another case (these names are compared in any case)", "$.databases.d.functions[1]")]
    [InlineData("""{ "databases": { "d": { "tables": { "t": { "partitions": ["p1", "P1"] } } } } }""", "\"P1\" is listed twice, in another case (these names are compared in any case)", "$.databases.d.tables.t.partitions[1]")]
    [InlineData("""{ "databases": { "d": { "tables": { "t": { "partitions": ["p1"], "temporaryPartitions": ["P1"] } } } } }""", "\"P1\" is both a partition and a temporary partition: a table's partitions and temporary partitions share one set of names (in any case)", "$.databases.d.tables.t.temporaryPartitions[0]")]
    [InlineData("""{ "databases": { "d": { "tables": { "v": {} }, "views": ["v"] } } }""", "\"v\" is both a table and a view: a database's tables, views and materialized views share one set of names", "$.databases.d.views[0]")]
    [InlineData("""{ "databases": { "d": { "materializedViews": ["m"], "tables": { "m": {} } } } }""", "\"m\" is both a materialized view and a table: a database's tables, views and materialized views share one set of names", "$.databases.d.tables.m")]
    public void A_value_that_cannot_be_one_says_why_and_where(string json, string message, string path)
    {
        var error = ErrorOf(json);
        Assert.Equal(message, error.Message);
        Assert.Equal(path, error.JsonPath);
    }

    [Fact]
    public void Content_after_the_catalog_object_is_an_error_there_and_comments_are_not()
    {
        var error = ErrorOf("{ \"defaultDatabase\": \"db\" }\n{ }");
        Assert.StartsWith("invalid JSON", error.Message);
        Assert.Equal((2, 1), (error.Line, error.Column));
        Assert.Equal("db", CatalogLoader.Parse("{ \"defaultDatabase\": \"db\" }\n// dumped nightly\n").Catalog!.DefaultDatabase);
    }

    [Fact]
    public void A_snapshot_needs_a_name() =>
        Assert.Equal("$.repositories.r.snapshots[0]", ErrorOf("""{ "repositories": { "r": { "snapshots": [ { "timestamp": "x" } ] } } }""").JsonPath);

    [Theory]
    [InlineData("")]
    [InlineData("   \n")]
    public void An_empty_file_is_an_error(string json) =>
        Assert.StartsWith("the file is empty", ErrorOf(json).Message);

    [Fact]
    public void A_default_database_outside_the_databases_listed_is_an_error_where_it_is_written()
    {
        var error = ErrorOf("{ \"databases\": { \"sales\": {} },\n  \"defaultDatabase\": \"salse\" }");
        Assert.Equal("defaultDatabase \"salse\" is not among the databases listed (sales)", error.Message);
        Assert.Equal(("$.defaultDatabase", 2, 22), (error.JsonPath, error.Line, error.Column));
        Assert.Equal("salse", CatalogLoader.Parse("""{ "defaultDatabase": "salse" }""").Catalog!.DefaultDatabase);
    }

    [Fact]
    public void A_file_that_is_not_an_object_is_an_error() =>
        Assert.Equal("expected an object, found an array", ErrorOf("[]").Message);

    [Fact]
    public void A_missing_file_is_an_error_not_an_exception()
    {
        var result = CatalogLoader.Load(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString("N"), CatalogLoader.DefaultFileName));
        Assert.Null(result.Catalog);
        Assert.StartsWith("cannot read the catalog file", result.Error!.Message);
    }

    [Fact]
    public void A_file_over_the_size_limit_is_an_error()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("catalog-tests-").FullName, CatalogLoader.DefaultFileName);
        File.WriteAllText(path, "{ \"defaultDatabase\": \"d\" }");
        try
        {
            Assert.Equal("d", CatalogLoader.Load(path, maxFileBytes: 26).Catalog?.DefaultDatabase);
            Assert.Equal("the catalog file is too large: over the limit of 25 bytes", CatalogLoader.Load(path, maxFileBytes: 25).Error!.Message);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public void A_device_that_never_ends_is_read_only_to_the_limit()
    {
        // It reports no size: reading it whole ran the process out of memory.
        if (!File.Exists("/dev/zero"))
            return;
        Assert.Equal("the catalog file is too large: over the limit of 1,000,000 bytes", CatalogLoader.Load("/dev/zero", maxFileBytes: 1_000_000).Error!.Message);
    }

    private static CatalogLoadResult LoadBytes(byte[] bytes)
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("catalog-tests-").FullName, CatalogLoader.DefaultFileName);
        File.WriteAllBytes(path, bytes);
        try
        {
            return CatalogLoader.Load(path);
        }
        finally
        {
            Directory.Delete(Path.GetDirectoryName(path)!, recursive: true);
        }
    }

    [Fact]
    public void A_byte_order_mark_is_skipped()
    {
        var result = LoadBytes([0xEF, 0xBB, 0xBF, .. "{ \"defaultDatabase\": \"d\" }"u8]);
        Assert.Equal("d", result.Catalog?.DefaultDatabase);
        var error = LoadBytes([0xEF, 0xBB, 0xBF, .. "{ \"x\": 1 }"u8]).Error!;
        Assert.Equal((1, 3), (error.Line, error.Column));
    }

    [Fact]
    public void A_file_in_another_encoding_is_an_error_at_its_first_foreign_byte()
    {
        // "é" in Latin-1 on the second line.
        var error = LoadBytes([.. "{\n  \"defaultDatabase\": \"caf"u8, 0xE9, .. "\" }"u8]).Error!;
        Assert.Equal("the file is not UTF-8 (byte 0xE9): save it as UTF-8", error.Message);
        Assert.Equal((2, 26), (error.Line, error.Column));
    }

    [Fact]
    public void A_json_syntax_error_is_placed_in_utf16_columns()
    {
        // The reader counts the two-byte "é" as two columns; editors count one.
        var error = ErrorOf("{ \"defaultDatabase\": \"café\" x }");
        Assert.StartsWith("invalid JSON", error.Message);
        Assert.Equal((1, 29), (error.Line, error.Column));
    }

    [Fact]
    public void A_string_that_is_not_text_is_an_error_at_it()
    {
        var error = ErrorOf("{ \"defaultDatabase\": \"\\uD800\" }");
        Assert.StartsWith("invalid text", error.Message);
        Assert.Equal((1, 22), (error.Line, error.Column));
    }

    [Fact]
    public void A_folder_is_not_a_catalog_file()
    {
        var folder = Directory.CreateTempSubdirectory("catalog-tests-").FullName;
        try
        {
            Assert.Equal("this is a folder, not a catalog file", CatalogLoader.Load(folder).Error!.Message);
        }
        finally
        {
            Directory.Delete(folder);
        }
    }
}
