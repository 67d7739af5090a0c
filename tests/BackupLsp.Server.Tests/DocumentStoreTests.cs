using BackupLsp.Language.Analysis;
using BackupLsp.Language.Text;
using BackupLsp.Server.Documents;
using BackupLsp.Server.Protocol;
using Range = BackupLsp.Server.Protocol.Range;

namespace BackupLsp.Server.Tests;

public sealed class DocumentStoreTests
{
    [Fact]
    public void A_burst_of_changes_before_any_analysis_hands_each_the_lines_of_the_text_before_it()
    {
        var store = new DocumentStore(new DocumentAnalyzer(), _ => AnalysisContext.Default, new SynchronizationContext());
        var opened = store.Open(new TextDocumentItem("file:///burst.sql", 1, "SELECT 1;\nBACKUP SNAPSHOT s\rTO r;\r\n"));
        Assert.Null(opened.KnownLines);

        DocumentSnapshot? latest = null;
        TextDocumentContentChangeEvent[][] burst = [
            [new(new Range(new Position(1, 17), new Position(1, 17)), "\nx")],
            [new(new Range(new Position(3, 0), new Position(3, 2)), "FROM")],
            [new(new Range(new Position(0, 0), new Position(0, 0)), "USE db;\r")],
        ];
        for (var i = 0; i < burst.Length; i++)
            latest = store.Change(new VersionedTextDocumentIdentifier("file:///burst.sql", i + 2), burst[i]);

        Assert.Equal("USE db;\rSELECT 1;\nBACKUP SNAPSHOT s\nx\rFROM r;\r\n", latest!.Text.ToString());
        var expected = LineIndex.Create(latest.Text);
        var known = latest.KnownLines!;
        Assert.Equal(Enumerable.Range(0, expected.LineCount).Select(expected.LineStart), Enumerable.Range(0, known.LineCount).Select(known.LineStart));
    }

    [Fact]
    public void A_closed_document_leaves_the_cache_but_for_the_statements_an_open_one_shares()
    {
        var cache = new StatementCache();
        var store = new DocumentStore(new DocumentAnalyzer(cache), _ => AnalysisContext.Default, new SynchronizationContext());
        var open = store.Open(new TextDocumentItem("file:///open.sql", 1, "SHOW BACKUP;\nSHOW RESTORE FROM db1;"));
        var closing = store.Open(new TextDocumentItem("file:///closing.sql", 1, "SHOW BACKUP;\nCANCEL BACKUP FROM db2;"));
        _ = open.Analysis;
        _ = closing.Analysis;
        Assert.Equal(3, cache.Count);

        Assert.True(store.Close("file:///closing.sql"));

        Assert.Equal(2, cache.Count);
        Assert.Same(open.Analysis.Statements[0].Parsed, cache.GetOrParse("SHOW BACKUP"));
        Assert.False(store.Close("file:///closing.sql"));
    }
}
