using System.Text.Json;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Tests.Features;

namespace BackupLsp.Language.Tests.Catalog;

public sealed class CatalogWriterTests
{
    [Fact]
    public void A_written_catalog_holds_what_was_read()
    {
        var written = CatalogWriter.ToJson(FeatureTestInput.Catalog);
        using var original = JsonDocument.Parse(FeatureTestInput.CatalogJson);
        using var again = JsonDocument.Parse(written);
        Assert.True(SameJson(original.RootElement, again.RootElement), written);
        Assert.Equal(written, CatalogWriter.ToJson(CatalogLoader.Parse(written).Catalog!));
    }

    [Fact]
    public void Names_are_written_as_they_are_and_unknown_lists_are_left_out()
    {
        var catalog = CatalogLoader.Parse("""{ "databases": { "销售": { "tables": { "my \"table\"": { "comment": "<b>&</b>" } } } } }""").Catalog!;
        var written = CatalogWriter.ToJson(catalog);
        Assert.Contains("\"销售\"", written);
        Assert.Contains("\"<b>&</b>\"", written);
        Assert.DoesNotContain("views", written);
        Assert.DoesNotContain("partitions", written);
        Assert.Equal("my \"table\"", CatalogLoader.Parse(written).Catalog!.FindDatabase("销售")!.Tables!.Keys.Single());
    }

    /// <summary>Equal JSON values, whatever the order of object members.</summary>
    private static bool SameJson(JsonElement a, JsonElement b) => (a.ValueKind, b.ValueKind) switch
    {
        (JsonValueKind.Object, JsonValueKind.Object) =>
            a.EnumerateObject().Count() == b.EnumerateObject().Count()
            && a.EnumerateObject().All(p => b.TryGetProperty(p.Name, out var other) && SameJson(p.Value, other)),
        (JsonValueKind.Array, JsonValueKind.Array) =>
            a.GetArrayLength() == b.GetArrayLength() && a.EnumerateArray().Zip(b.EnumerateArray()).All(pair => SameJson(pair.First, pair.Second)),
        _ => a.ValueKind == b.ValueKind && a.GetRawText() == b.GetRawText(),
    };
}
