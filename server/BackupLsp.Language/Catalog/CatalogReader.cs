using System.Collections.Immutable;
using System.Text.Json;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Catalog;

/// <summary>
/// The catalog file's shape, read field by field; see the catalog specification. Each repository, database, table and
/// snapshot keeps where its name is written, so that a script's name can lead to it.
/// </summary>
internal sealed class CatalogReader(Utf8Positions positions)
{
    public StarRocksCatalog ReadRoot(ref Utf8JsonReader reader)
    {
        reader.Read();
        string? defaultDatabase = null;
        long defaultDatabaseAt = 0;
        ImmutableSortedDictionary<string, RepositoryInfo>? repositories = null;
        ImmutableSortedDictionary<string, DatabaseInfo>? databases = null;
        ReadObject(ref reader, "$", (ref Utf8JsonReader r, string field, string path) =>
        {
            switch (field)
            {
                case "$schema": ReadString(ref r, path); break;
                case "defaultDatabase": defaultDatabase = ReadString(ref r, path); defaultDatabaseAt = r.TokenStartIndex; break;
                case "repositories": repositories = ReadMap(ref r, path, ReadRepository); break;
                case "databases": databases = ReadMap(ref r, path, ReadDatabase); break;
                default: return false;
            }
            return true;
        });
        // Past the object's end the reader throws on anything but comments and white space: invalid JSON, placed there.
        reader.Read();
        // A listed set of databases is complete: a default outside it would leave every statement that names no
        // database unchecked, silently.
        if (defaultDatabase is not null && databases is not null && !databases.ContainsKey(defaultDatabase))
            throw new CatalogFormatException($"defaultDatabase \"{defaultDatabase}\" is not among the databases listed"
                + (databases.IsEmpty ? "" : $" ({string.Join(", ", databases.Keys.Take(5))}{(databases.Count > 5 ? ", ..." : "")})"),
                "$.defaultDatabase", defaultDatabaseAt);
        return new StarRocksCatalog(defaultDatabase, repositories, databases);
    }

    private RepositoryInfo ReadRepository(ref Utf8JsonReader reader, string name, LinePositionSpan declared, string path)
    {
        string? location = null;
        var readOnly = false;
        ImmutableArray<SnapshotInfo>? snapshots = null;
        ReadObject(ref reader, path, (ref Utf8JsonReader r, string field, string fieldPath) =>
        {
            switch (field)
            {
                case "location": location = ReadString(ref r, fieldPath); break;
                case "readOnly": readOnly = ReadBoolean(ref r, fieldPath); break;
                case "snapshots": snapshots = ReadArray(ref r, fieldPath, ReadSnapshot); break;
                default: return false;
            }
            return true;
        });
        return new RepositoryInfo(name, location, readOnly, snapshots, declared);
    }

    private SnapshotInfo ReadSnapshot(ref Utf8JsonReader reader, string path)
    {
        string? name = null;
        LinePositionSpan declared = default;
        string? timestamp = null;
        var start = reader.TokenStartIndex;
        ReadObject(ref reader, path, (ref Utf8JsonReader r, string field, string fieldPath) =>
        {
            switch (field)
            {
                case "name":
                    name = ReadString(ref r, fieldPath);
                    declared = Written(ref r);
                    break;
                case "timestamp": timestamp = ReadString(ref r, fieldPath); break;
                default: return false;
            }
            return true;
        });
        return new SnapshotInfo(name ?? throw new CatalogFormatException("a snapshot needs a \"name\"", path, start), timestamp, declared);
    }

    private DatabaseInfo ReadDatabase(ref Utf8JsonReader reader, string name, LinePositionSpan declared, string path)
    {
        ImmutableSortedDictionary<string, TableInfo>? tables = null;
        ImmutableArray<string>? views = null, materializedViews = null, functions = null;
        ReadObject(ref reader, path, (ref Utf8JsonReader r, string field, string fieldPath) =>
        {
            switch (field)
            {
                case "tables": tables = ReadMap(ref r, fieldPath, ReadTable); break;
                case "views": views = ReadStrings(ref r, fieldPath); break;
                case "materializedViews": materializedViews = ReadStrings(ref r, fieldPath); break;
                case "functions": functions = ReadStrings(ref r, fieldPath); break;
                default: return false;
            }
            return true;
        });
        return new DatabaseInfo(name, tables, views, materializedViews, functions, declared);
    }

    private static TableInfo ReadTable(ref Utf8JsonReader reader, string name, LinePositionSpan declared, string path)
    {
        ImmutableArray<string>? partitions = null, temporaryPartitions = null;
        string? comment = null;
        ReadObject(ref reader, path, (ref Utf8JsonReader r, string field, string fieldPath) =>
        {
            switch (field)
            {
                case "partitions": partitions = ReadStrings(ref r, fieldPath); break;
                case "temporaryPartitions": temporaryPartitions = ReadStrings(ref r, fieldPath); break;
                case "comment": comment = ReadString(ref r, fieldPath); break;
                default: return false;
            }
            return true;
        });
        return new TableInfo(name, partitions, temporaryPartitions, comment, declared);
    }

    private delegate bool FieldReader(ref Utf8JsonReader reader, string field, string path);

    private delegate T MapValueReader<T>(ref Utf8JsonReader reader, string key, LinePositionSpan declared, string path);

    private delegate T ItemReader<T>(ref Utf8JsonReader reader, string path);

    /// <summary>Reads an object; the callback reads each known field's value and returns false for an unknown field.</summary>
    private static void ReadObject(ref Utf8JsonReader reader, string path, FieldReader readField)
    {
        Expect(ref reader, JsonTokenType.StartObject, "an object", path);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = reader.GetString()!;
            var fieldStart = reader.TokenStartIndex;
            var fieldPath = $"{path}.{field}";
            // JSON readers keep the last of two equal keys: the first would be dropped without a word.
            if (!seen.Add(field))
                throw new CatalogFormatException($"field \"{field}\" is given twice", fieldPath, fieldStart);
            reader.Read();
            if (!readField(ref reader, field, fieldPath))
                throw new CatalogFormatException($"unknown field \"{field}\"", fieldPath, fieldStart);
        }
    }

    private ImmutableSortedDictionary<string, T> ReadMap<T>(ref Utf8JsonReader reader, string path, MapValueReader<T> readValue)
    {
        var map = ImmutableSortedDictionary.CreateBuilder<string, T>(StringComparer.Ordinal);
        Expect(ref reader, JsonTokenType.StartObject, "an object keyed by name", path);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            var keyStart = reader.TokenStartIndex;
            var keyPath = $"{path}.{key}";
            if (key.Length == 0)
                throw new CatalogFormatException("a name must not be empty", keyPath, keyStart);
            if (map.ContainsKey(key))
                throw new CatalogFormatException($"\"{key}\" is listed twice", keyPath, keyStart);
            var declared = Written(ref reader);
            reader.Read();
            map[key] = readValue(ref reader, key, declared, keyPath);
        }
        return map.ToImmutable();
    }

    private static ImmutableArray<T> ReadArray<T>(ref Utf8JsonReader reader, string path, ItemReader<T> readItem)
    {
        Expect(ref reader, JsonTokenType.StartArray, "an array", path);
        var items = ImmutableArray.CreateBuilder<T>();
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
            items.Add(readItem(ref reader, $"{path}[{items.Count}]"));
        return items.ToImmutable();
    }

    /// <summary>Where the current string or property name is written, quotes included (the reader reads one buffer, so its
    /// raw bytes, escapes and all, are the token).</summary>
    private LinePositionSpan Written(ref Utf8JsonReader reader) =>
        positions.Span(reader.TokenStartIndex, reader.TokenStartIndex + reader.ValueSpan.Length + 2);

    private static ImmutableArray<string> ReadStrings(ref Utf8JsonReader reader, string path) =>
        ReadArray(ref reader, path, ReadString);

    private static string ReadString(ref Utf8JsonReader reader, string path)
    {
        Expect(ref reader, JsonTokenType.String, "a string", path);
        return reader.GetString()!;
    }

    private static bool ReadBoolean(ref Utf8JsonReader reader, string path)
    {
        if (reader.TokenType is not (JsonTokenType.True or JsonTokenType.False))
            throw new CatalogFormatException($"expected true or false, found {Describe(reader.TokenType)}", path, reader.TokenStartIndex);
        return reader.GetBoolean();
    }

    private static void Expect(ref Utf8JsonReader reader, JsonTokenType type, string what, string path)
    {
        if (reader.TokenType != type)
            throw new CatalogFormatException($"expected {what}, found {Describe(reader.TokenType)}", path, reader.TokenStartIndex);
    }

    private static string Describe(JsonTokenType type) => type switch
    {
        JsonTokenType.StartObject => "an object",
        JsonTokenType.StartArray => "an array",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => "nothing",
    };
}
