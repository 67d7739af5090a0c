using System.Collections.Immutable;
using System.Text;
using System.Text.Json;

namespace BackupLsp.Language.Catalog;

/// <summary>Why a catalog file could not be read, with a 1-based line and column and the JSON path of the field.</summary>
public sealed record CatalogError(string Message, int Line, int Column, string? JsonPath)
{
    public override string ToString() => JsonPath is null ? $"{Line}:{Column}: {Message}" : $"{Line}:{Column}: {Message} (at {JsonPath})";
}

/// <summary>Either a catalog or the first error in its file.</summary>
public sealed record CatalogLoadResult(StarRocksCatalog? Catalog, CatalogError? Error);

/// <summary>
/// Reads <c>starrocks-catalog.json</c> with a streaming reader, so that every error points at its line and
/// column. Unknown fields are errors (a misspelled field would otherwise silently mean "unknown").
/// </summary>
public static class CatalogLoader
{
    public const string DefaultFileName = "starrocks-catalog.json";

    private static readonly JsonReaderOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    public static CatalogLoadResult Load(string path)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new CatalogLoadResult(null, new CatalogError($"cannot read the catalog file: {e.Message}", 1, 1, null));
        }
        var result = Parse(bytes);
        return result.Catalog is { } catalog ? result with { Catalog = catalog with { FilePath = Path.GetFullPath(path) } } : result;
    }

    public static CatalogLoadResult Parse(string json) => Parse(Encoding.UTF8.GetBytes(json));

    private static CatalogLoadResult Parse(byte[] utf8)
    {
        var reader = new Utf8JsonReader(utf8, Options);
        try
        {
            var catalog = new CatalogReader(new Utf8Positions(utf8)).ReadRoot(ref reader);
            return new CatalogLoadResult(catalog, null);
        }
        catch (CatalogFormatException e)
        {
            var (line, column) = LineAndColumn(utf8, e.ByteOffset);
            return new CatalogLoadResult(null, new CatalogError(e.Message, line, column, e.JsonPath));
        }
        catch (JsonException e)
        {
            var message = e.Message;
            var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
            if (cut > 0)
                message = message[..cut];
            return new CatalogLoadResult(null, new CatalogError($"invalid JSON: {message}",
                (int)(e.LineNumber ?? 0) + 1, (int)(e.BytePositionInLine ?? 0) + 1, null));
        }
    }

    private static (int Line, int Column) LineAndColumn(byte[] utf8, long byteOffset)
    {
        var position = new Utf8Positions(utf8).At(byteOffset);
        return (position.Line + 1, position.Character + 1);
    }
}

internal sealed class CatalogFormatException(string message, string jsonPath, long byteOffset) : Exception(message)
{
    public string JsonPath { get; } = jsonPath;
    public long ByteOffset { get; } = byteOffset;
}
