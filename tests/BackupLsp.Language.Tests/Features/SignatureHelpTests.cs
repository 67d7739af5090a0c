using BackupLsp.Language.Analysis;
using BackupLsp.Language.Facts;
using BackupLsp.Language.Features;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Tests.Features;

public sealed class SignatureHelpTests
{
    /// <summary>The active form's syntax line with the active clause between « and », or null where there is no help.</summary>
    private static string? Shown(string marked)
    {
        var (analysis, offset) = FeatureTestInput.Parse(marked);
        if (SignatureHelpService.At(analysis, offset) is not { } help)
            return null;
        var signature = help.Signatures[help.ActiveSignature];
        var active = signature.Clauses.IsEmpty ? null : signature.Clauses[signature.ActiveClause];
        return active is null
            ? signature.Syntax
            : $"{signature.Syntax[..active.Start]}«{signature.Syntax[active.Start..active.End]}»{signature.Syntax[active.End..]}";
    }

    private const string Backup =
        "BACKUP [DATABASE db] SNAPSHOT [db.]snapshot TO repository [ON (table [PARTITION (p, ...)] | VIEW v | MATERIALIZED VIEW mv | FUNCTION f | ALL TABLES ..., ...)] [PROPERTIES (\"key\" = \"value\", ...)]";

    [Theory]
    [InlineData("BACKUP |", "«[DATABASE db]» SNAPSHOT")]
    [InlineData("BACKUP DATABASE example_db |", "«[DATABASE db]» SNAPSHOT")]
    [InlineData("BACKUP SNAPSHOT example_db.|", "«SNAPSHOT [db.]snapshot» TO")]
    [InlineData("BACKUP SNAPSHOT example_db.s1 TO |", "«TO repository» [ON")]
    [InlineData("BACKUP SNAPSHOT example_db.s1 T|O example_repo", "«TO repository» [ON")]
    [InlineData("BACKUP SNAPSHOT example_db.s1 TO|", "«TO repository» [ON")]
    [InlineData("BACKUP SNAPSHOT example_db.s1 TO example_repo ON (|", "«[ON (table [PARTITION (p, ...)]")]
    [InlineData("BACKUP SNAPSHOT example_db.s1 TO example_repo ON (example_tbl PARTITION (p1, |", "«[ON (table [PARTITION (p, ...)]")]
    [InlineData("BACKUP SNAPSHOT example_db.s1 TO example_repo ON (example_tbl) PROPERTIES (\"type\" = \"full\", |", "«[PROPERTIES (\"key\" = \"value\", ...)]»")]
    [InlineData("backup snapshot example_db.s1 to example_repo on (example_tbl) properties (|)", "«[PROPERTIES (\"key\" = \"value\", ...)]»")]
    // Once ON's list is closed, what comes next is PROPERTIES; inside the list, or after a PARTITION list closed in it, ON.
    [InlineData("BACKUP SNAPSHOT example_db.s1 TO example_repo ON (example_tbl) |", "«[PROPERTIES (\"key\" = \"value\", ...)]»")]
    [InlineData("BACKUP SNAPSHOT example_db.s1 TO example_repo ON (example_tbl)|", "«[PROPERTIES (\"key\" = \"value\", ...)]»")]
    [InlineData("BACKUP SNAPSHOT example_db.s1 TO example_repo ON (example_tbl PARTITION (p1) |", "«[ON (table [PARTITION (p, ...)]")]
    [InlineData("BACKUP SNAPSHOT example_db.s1 TO example_repo ON (example_tbl PARTITION (p1)) |", "«[PROPERTIES (\"key\" = \"value\", ...)]»")]
    public void A_backup_marks_the_clause_the_cursor_is_in(string marked, string expected)
    {
        var shown = Shown(marked);
        Assert.NotNull(shown);
        Assert.Equal(Backup, shown.Replace("«", "").Replace("»", ""));
        Assert.Contains(expected, shown);
    }

    [Theory]
    // A keyword after a dot, or inside parentheses, is a name or part of a list: no clause starts there.
    [InlineData("BACKUP SNAPSHOT example_db.`to` TO example_repo ON (`on`, `properties`|", "«[ON (")]
    [InlineData("RESTORE SNAPSHOT example_db.s1 FROM example_repo ON (example_tbl AS `from`|", "«[ON (")]
    [InlineData("RESTORE SNAPSHOT example_db.s1 FROM example_repo DATABASE example_db AS copy_db |", "«[DATABASE db [AS new_db]]»")]
    [InlineData("RESTORE SNAPSHOT example_db.s1 FROM |", "«FROM repository»")]
    [InlineData("RESTORE SNAPSHOT example_db.s1 FROM example_repo ON (example_tbl AS t2) |", "«PROPERTIES (\"backup_timestamp\" = \"...\", ...)»")]
    [InlineData("SHOW SNAPSHOT ON example_repo WHERE (SNAPSHOT = 's1') |", "«[WHERE SNAPSHOT")]
    [InlineData("CREATE READ ONLY REPOSITORY r WITH BROKER ON LOCATION \"s3a://b/|\"", "«ON LOCATION \"location\"»")]
    [InlineData("CREATE REPOSITORY r |", "«WITH BROKER [broker]»")]
    [InlineData("DROP SNAPSHOT s1 ON example_repo |", "«ON repository» [FORCE]")]
    [InlineData("SHOW SNAPSHOT ON example_repo WHERE SNAPSHOT IN (|", "«[WHERE SNAPSHOT = 'name' [AND TIMESTAMP = 'time'] | WHERE SNAPSHOT IN ('a', ...)]»")]
    // The IN of a condition does not take SHOW BACKUP back to its {FROM | IN} clause.
    [InlineData("SHOW BACKUP FROM example_db WHERE State IN |", "«[WHERE condition]»")]
    [InlineData("SHOW RESTORE IN example_db |", "«[{FROM | IN} db]»")]
    [InlineData("SHOW REPOSITORIES LIMIT |", "«[LIMIT count [OFFSET skipped]]»")]
    [InlineData("CANCEL BACKUP FROM |", "CANCEL BACKUP { «{FROM | IN} db» | FOR EXTERNAL CATALOG }")]
    [InlineData("CANCEL RESTORE FOR |", "CANCEL RESTORE { {FROM | IN} db | «FOR EXTERNAL CATALOG» }")]
    [InlineData("DROP REPOSITORY |", "DROP REPOSITORY name")]
    [InlineData("DROP SNAPSHOT s1 ON example_repo /* drops it */|", "«ON repository» [FORCE]")]
    [InlineData("DROP SNAPSHOT s1 ON example_repo -- drops it\n|", "«ON repository» [FORCE]")]
    public void Each_statement_of_the_family_marks_its_clauses(string marked, string expected) =>
        Assert.Contains(expected, Shown(marked));

    [Theory]
    [InlineData("SELECT * FROM t WHERE a IN (|")]
    [InlineData("BACKUP SNAPSHOT example_db.s1 TO example_repo;|")]
    [InlineData("BACKUP SNAPSHOT example_db.s1 TO example_repo; |")]
    [InlineData("SHOW BACKUP FROM example_db\\G |")]
    [InlineData("BACKUP SNAPSHOT example_db.s1 TO example_repo -- a comment|")]
    [InlineData("BACKUP SNAPSHOT example_db.s1 TO /* the repository| */ example_repo")]
    [InlineData("BACKUP SNAPSHOT example_db.s1 TO example_repo /* unclosed|")]
    [InlineData("|")]
    public void Other_sql_and_places_outside_a_statement_get_no_help(string marked) => Assert.Null(Shown(marked));

    [Theory]
    // BACKUP and RESTORE have a second form, for external catalogs: the one the statement is written in is active.
    [InlineData("BACKUP EXTERNAL CATALOG (|", "BACKUP «{ALL EXTERNAL CATALOGS | EXTERNAL CATALOG (catalog, ...)}» SNAPSHOT")]
    [InlineData("BACKUP ALL EXTERNAL CATALOGS SNAPSHOT s1 TO |", "} SNAPSHOT snapshot «TO repository» [PROPERTIES")]
    [InlineData("RESTORE SNAPSHOT s1 FROM example_repo EXTERNAL CATALOG (hive AS |", "FROM repository «{ALL EXTERNAL CATALOGS | EXTERNAL CATALOG (catalog [AS new_name], ...)}» PROPERTIES")]
    [InlineData("RESTORE SNAPSHOT s1 FROM example_repo | EXTERNAL CATALOG (hive)", "«FROM repository» {ALL EXTERNAL")]
    [InlineData("RESTORE SNAPSHOT s1 FROM example_repo |", "«FROM repository» [DATABASE")]
    public void A_statement_for_external_catalogs_is_shown_in_that_form(string marked, string expected) =>
        Assert.Contains(expected, Shown(marked));

    [Theory]
    [InlineData("RESTORE SNAPSHOT s1 FROM example_repo |", false)]
    [InlineData("BACKUP SNAPSHOT example_db.s1 TO example_repo |", false)]
    [InlineData("RESTORE SNAPSHOT s1 FROM example_repo DATABASE example_db |", true)]
    [InlineData("BACKUP SNAPSHOT example_db.s1 TO example_repo ON (|", true)]
    [InlineData("BACKUP ALL EXTERNAL CATALOGS |", true)]
    [InlineData("CREATE REPOSITORY r |", true)]
    public void The_form_is_decided_once_the_statement_says_a_clause_only_one_form_has(string marked, bool decided)
    {
        var (analysis, offset) = FeatureTestInput.Parse(marked);
        Assert.Equal(decided, SignatureHelpService.At(analysis, offset)?.FormDecided);
    }

    [Fact]
    public void Each_form_is_offered_with_its_own_active_clause()
    {
        var (analysis, offset) = FeatureTestInput.Parse("RESTORE SNAPSHOT s1 FROM example_repo DATABASE example_db ON (|");
        var help = SignatureHelpService.At(analysis, offset);
        Assert.NotNull(help);
        Assert.Equal(0, help.ActiveSignature);
        Assert.Equal([LanguageFacts.Statements[StatementKind.Restore].Syntax, LanguageFacts.ExternalCatalogForms[StatementKind.Restore].Syntax],
            help.Signatures.Select(s => s.Syntax));
        // ON (the fourth clause of the database form) opens none of the external form's: there the cursor is past FROM.
        Assert.Equal([3, 1], help.Signatures.Select(s => s.ActiveClause));
    }

    [Theory]
    [InlineData("BACKUP ALL EXTERNAL CATALOGS SNAPSHOT |")]
    [InlineData("RESTORE SNAPSHOT | FROM example_repo ALL EXTERNAL CATALOGS")]
    public void The_external_catalog_forms_name_their_snapshot_without_a_database(string marked)
    {
        var (analysis, offset) = FeatureTestInput.Parse(marked);
        var help = SignatureHelpService.At(analysis, offset);
        Assert.NotNull(help);
        string Snapshot(StatementSignature signature) =>
            signature.Clauses.Single(c => signature.Syntax[c.Start..c.End].Contains("SNAPSHOT")).PlainText!;
        Assert.StartsWith("Names the snapshot by itself: no db. prefix", Snapshot(help.Signatures[1]));
        Assert.Contains("db.snapshot", Snapshot(help.Signatures[0]));
    }

    [Theory]
    // Releases before 4.1 parse SHOW RESTORE's WHERE and ignore it, and take no WHERE after SHOW BACKUP; before 3.0 SHOW
    // SNAPSHOT's filter ignores an IN; every release ignores a SHOW SNAPSHOT condition of another kind.
    [InlineData("3.3", "SHOW RESTORE FROM example_db WHERE |", "Ignored by StarRocks 3.3: SHOW RESTORE lists the jobs whatever the condition says.")]
    [InlineData(null, "SHOW RESTORE WHERE |", "earlier releases accept the condition of SHOW RESTORE and ignore it")]
    [InlineData("4.1", "SHOW RESTORE WHERE |", "Filters the result.")]
    [InlineData("3.3", "SHOW BACKUP WHERE |", "StarRocks 4.1 and later: earlier releases fail the statement")]
    [InlineData("3.3", "SHOW SNAPSHOT ON example_repo WHERE |", "it ignores any other condition (LIKE, BETWEEN, IS NULL, a value, a call...)")]
    [InlineData("2.5", "SHOW SNAPSHOT ON example_repo WHERE |", "it ignores any other condition (an IN too, which 3.0 and later take;")]
    public void A_shows_where_clause_says_what_the_configured_release_does_with_it(string? version, string marked, string expected)
    {
        var options = AnalysisOptions.Default with { Version = StarRocksVersion.TryParse(version, out var parsed) ? parsed : null };
        var (analysis, offset) = FeatureTestInput.Parse(marked, FeatureTestInput.WithCatalog with { Options = options });
        var signature = SignatureHelpService.At(analysis, offset)!.Signatures[0];
        var where = signature.Clauses[signature.ActiveClause];
        Assert.StartsWith("[WHERE", signature.Syntax[where.Start..where.End]);
        Assert.Contains(expected, where.PlainText);
    }

    [Fact]
    public void Every_form_has_its_clauses_in_order_and_each_clause_its_documentation()
    {
        foreach (var kind in Enum.GetValues<StatementKind>().Where(k => k != StatementKind.Other))
        {
            var (analysis, offset) = FeatureTestInput.Parse(Starts[kind] + " |");
            var help = SignatureHelpService.At(analysis, offset);
            Assert.NotNull(help);
            Assert.Equal(LanguageFacts.Statements[kind].Syntax, help.Signatures[0].Syntax);
            Assert.Equal(LanguageFacts.Statements[kind].Summary.Replace("`", ""), help.Signatures[0].PlainText);
            Assert.Equal(LanguageFacts.ExternalCatalogForms.ContainsKey(kind) ? 2 : 1, help.Signatures.Length);
            foreach (var signature in help.Signatures)
            {
                var previousEnd = 0;
                foreach (var clause in signature.Clauses)
                {
                    Assert.True(clause.Start >= previousEnd && clause.End > clause.Start, $"{kind}: clauses overlap or are empty");
                    // A client that does not read offsets finds the parameter by its text: it must stand once in the line.
                    var label = signature.Syntax[clause.Start..clause.End];
                    Assert.Equal(signature.Syntax.IndexOf(label, StringComparison.Ordinal), signature.Syntax.LastIndexOf(label, StringComparison.Ordinal));
                    Assert.Equal(label.Count(c => c is '[' or '{'), label.Count(c => c is ']' or '}'));
                    Assert.False(string.IsNullOrEmpty(clause.Markdown), $"{kind}: {label} has no documentation");
                    previousEnd = clause.End;
                }
            }
        }
    }

    private static readonly Dictionary<StatementKind, string> Starts = new()
    {
        [StatementKind.Backup] = "BACKUP",
        [StatementKind.Restore] = "RESTORE",
        [StatementKind.CreateRepository] = "CREATE REPOSITORY",
        [StatementKind.DropRepository] = "DROP REPOSITORY",
        [StatementKind.DropSnapshot] = "DROP SNAPSHOT",
        [StatementKind.ShowRepositories] = "SHOW REPOSITORIES",
        [StatementKind.ShowSnapshot] = "SHOW SNAPSHOT",
        [StatementKind.ShowBackup] = "SHOW BACKUP",
        [StatementKind.ShowRestore] = "SHOW RESTORE",
        [StatementKind.CancelBackup] = "CANCEL BACKUP",
        [StatementKind.CancelRestore] = "CANCEL RESTORE",
    };
}
