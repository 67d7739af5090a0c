using System.Buffers;
using System.Collections.Immutable;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Catalog;

/// <summary>Why a catalog file could not be read, with a 1-based line and column and the JSON path of the field.</summary>
/// <param name="OfTheFile">Whether the error is of the file as a whole (missing, a folder, too large), which no place in it shows.</param>
public sealed record CatalogError(string Message, int Line, int Column, string? JsonPath, bool OfTheFile = false)
{
    /// <summary><c>line:col: message</c>, or the message alone for an error of the file as a whole.</summary>
    public override string ToString() =>
        OfTheFile ? Message : JsonPath is null ? $"{Line}:{Column}: {Message}" : $"{Line}:{Column}: {Message} (at {JsonPath})";

    /// <summary>The error in the file at <paramref name="path"/>: <c>path:line:col: message</c>, or <c>path: message</c>.</summary>
    public string In(string path) => OfTheFile ? $"{path}: {Message}" : $"{path}:{this}";
}

/// <summary>Either a catalog or the first error in its file.</summary>
public sealed record CatalogLoadResult(StarRocksCatalog? Catalog, CatalogError? Error)
{
    /// <summary>A hash of the bytes read (null where none could be), by which a file read again can be told unchanged.</summary>
    public string? ContentHash { get; init; }
}

/// <summary>
/// Reads <c>starrocks-catalog.json</c> with a streaming reader, so that every error points at its line and
/// column. Unknown fields are errors (a misspelled field would otherwise silently mean "unknown").
/// </summary>
public static partial class CatalogLoader
{
    public const string DefaultFileName = "starrocks-catalog.json";

    private static readonly JsonReaderOptions Options = new()
    {
        CommentHandling = JsonCommentHandling.Skip,
        AllowTrailingCommas = true,
    };

    /// <summary>The largest catalog file read; a cluster's names take a small fraction of it.</summary>
    public const long MaxFileBytes = 256 * 1024 * 1024;

    public static CatalogLoadResult Load(string path, long maxFileBytes = MaxFileBytes)
    {
        if (Directory.Exists(path))
            return new CatalogLoadResult(null, new CatalogError("this is a folder, not a catalog file", 1, 1, null, OfTheFile: true));
        byte[] bytes;
        try
        {
            if (BoundedFile.ReadAllBytes(path, maxFileBytes) is not { } read)
                return new CatalogLoadResult(null, new CatalogError($"the catalog file is too large: over the limit of {maxFileBytes:N0} bytes", 1, 1, null, OfTheFile: true));
            bytes = read;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new CatalogLoadResult(null, new CatalogError($"cannot read the catalog file: {e.Message}", 1, 1, null, OfTheFile: true));
        }
        var result = Parse(bytes) with { ContentHash = Convert.ToHexString(SHA256.HashData(bytes)) };
        return result.Catalog is { } catalog ? result with { Catalog = catalog with { FilePath = Path.GetFullPath(path) } } : result;
    }

    public static CatalogLoadResult Parse(string json) => Parse(Encoding.UTF8.GetBytes(json));

    private static CatalogLoadResult Parse(byte[] utf8)
    {
        // Editors on Windows often start UTF-8 files with a byte order mark, which editors do not count as a character.
        if (utf8.AsSpan().StartsWith(Utf8Bom))
            utf8 = utf8[Utf8Bom.Length..];
        if (FirstInvalidUtf8Byte(utf8) is { } invalid)
        {
            var (line, column) = LineAndColumn(utf8, invalid);
            return new CatalogLoadResult(null, new CatalogError(
                $"the file is not UTF-8 (byte 0x{utf8[invalid]:X2}): save it as UTF-8", line, column, null));
        }
        if (utf8.AsSpan().IndexOfAnyExcept(" \t\r\n"u8) < 0)
            return new CatalogLoadResult(null, new CatalogError("the file is empty: a catalog is a JSON object, such as { \"repositories\": {} }", 1, 1, null));
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
            var (line, column) = LineAndColumn(utf8, ByteOffset(utf8, e.LineNumber ?? 0, e.BytePositionInLine ?? 0));
            return new CatalogLoadResult(null, new CatalogError($"invalid JSON: {message}", line, column, null));
        }
        catch (InvalidOperationException e)
        {
            // A string the reader cannot turn into text, such as an escaped lone surrogate ("\uD800").
            var (line, column) = LineAndColumn(utf8, reader.TokenStartIndex);
            return new CatalogLoadResult(null, new CatalogError($"invalid text: {e.Message}", line, column, null));
        }
    }

    private static ReadOnlySpan<byte> Utf8Bom => [0xEF, 0xBB, 0xBF];

    private static int? FirstInvalidUtf8Byte(byte[] utf8)
    {
        if (Utf8.IsValid(utf8))
            return null;
        Span<char> chars = stackalloc char[1024];
        for (var offset = 0; ;)
        {
            var status = Utf8.ToUtf16(utf8.AsSpan(offset), chars, out var read, out _, replaceInvalidSequences: false);
            offset += read;
            if (status != OperationStatus.DestinationTooSmall)
                return offset;
        }
    }

    /// <summary>
    /// The byte offset of the JSON reader's position, which counts lines by LF only and columns in bytes: errors are
    /// given in the file's lines and UTF-16 columns, as every other position.
    /// </summary>
    private static long ByteOffset(byte[] utf8, long line, long bytePositionInLine)
    {
        var offset = 0;
        for (var i = 0L; i < line && offset < utf8.Length; i++)
        {
            var lineFeed = utf8.AsSpan(offset).IndexOf((byte)'\n');
            offset = lineFeed < 0 ? utf8.Length : offset + lineFeed + 1;
        }
        return offset + bytePositionInLine;
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
