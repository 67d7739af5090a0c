using System.Text.Json;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Catalog;

public static partial class CatalogLoader
{
    /// <summary>
    /// Where the catalog file writes a table's partition (or, with <paramref name="temporary"/>, temporary partition), in any
    /// case, read from the file as it is now: a cluster's partitions outnumber its other names by far, so the catalog keeps
    /// no place for each (16 bytes a partition, 64 MB for 4,000 tables of 1,000), and the one asked for is looked up when
    /// asked. Null where the file cannot be read, does not parse that far, or does not list it there.
    /// </summary>
    public static LinePositionSpan? FindPartition(string path, string database, string table, bool temporary, string partition)
    {
        byte[]? bytes;
        try
        {
            bytes = BoundedFile.ReadAllBytes(path, MaxFileBytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
        return bytes is null ? null : FindPartition(bytes, database, table, temporary, partition);
    }

    /// <summary>The same, in the file's bytes.</summary>
    internal static LinePositionSpan? FindPartition(byte[] utf8, string database, string table, bool temporary, string partition)
    {
        // Positions are counted as the loader counts them: without a byte order mark.
        if (utf8.AsSpan().StartsWith(Utf8Bom))
            utf8 = utf8[Utf8Bom.Length..];
        var reader = new Utf8JsonReader(utf8, Options);
        try
        {
            if (!reader.Read() || !Enter(ref reader, "databases") || !Enter(ref reader, database) || !Enter(ref reader, "tables")
                || !Enter(ref reader, table) || !Enter(ref reader, temporary ? "temporaryPartitions" : "partitions") || reader.TokenType != JsonTokenType.StartArray)
                return null;
            while (reader.Read() && reader.TokenType == JsonTokenType.String)
                if (string.Equals(reader.GetString(), partition, StringComparison.OrdinalIgnoreCase))
                    return new Utf8Positions(utf8).Span(reader.TokenStartIndex, reader.TokenStartIndex + reader.ValueSpan.Length + 2);
            return null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>
    /// From the start of an object, to the value of its member <paramref name="name"/> (as written, once unescaped); false
    /// where the value is no object or array, or the object has no such member.
    /// </summary>
    private static bool Enter(ref Utf8JsonReader reader, string name)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            return false;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var found = reader.ValueTextEquals(name);
            reader.Read();
            if (found)
                return reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray;
            reader.Skip();
        }
        return false;
    }
}
