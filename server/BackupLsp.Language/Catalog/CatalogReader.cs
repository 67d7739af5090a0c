using System.Collections.Immutable;
using System.Text.Json;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Catalog;

/// <summary>
/// The catalog file's shape, read field by field; see the catalog specification. Each repository, database, table, view,
/// materialized view, function and snapshot keeps where its name is written, so that a script's name can lead to it (a
/// partition is looked up in the file when asked: <see cref="CatalogLoader.FindPartition(string, string, string, bool, string)"/>).
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
        ReadObject(ref reader, "$", ["$schema", "defaultDatabase", "repositories", "databases"], (ref Utf8JsonReader r, string field, string path) =>
        {
            switch (field)
            {
                case "$schema": ReadString(ref r, path); break;
                case "defaultDatabase": defaultDatabase = ReadName(ref r, path); defaultDatabaseAt = r.TokenStartIndex; break;
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
        ReadObject(ref reader, path, ["location", "readOnly", "snapshots"], (ref Utf8JsonReader r, string field, string fieldPath) =>
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
        ReadObject(ref reader, path, ["name", "timestamp"], (ref Utf8JsonReader r, string field, string fieldPath) =>
        {
            switch (field)
            {
                case "name":
                    name = ReadName(ref r, fieldPath);
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
        var viewsDeclared = ImmutableDictionary.CreateBuilder<string, LinePositionSpan>(StringComparer.Ordinal);
        var functionsDeclared = ImmutableDictionary.CreateBuilder<string, LinePositionSpan>(StringComparer.OrdinalIgnoreCase);
        // Tables, views and materialized views share one set of names (StarRocks looks a name up among the three alike).
        string? Clash(string name, string kind) =>
            (tables?.ContainsKey(name) == true ? "a table" : views?.Contains(name) == true ? "a view"
                : materializedViews?.Contains(name) == true ? "a materialized view" : null) is { } other
                ? $"\"{name}\" is both {other} and {kind}: a database's tables, views and materialized views share one set of names"
                : null;
        ReadObject(ref reader, path, ["tables", "views", "materializedViews", "functions"], (ref Utf8JsonReader r, string field, string fieldPath) =>
        {
            switch (field)
            {
                case "tables": tables = ReadMap(ref r, fieldPath, ReadTable, name => Clash(name, "a table")); break;
                case "views": views = ReadNames(ref r, fieldPath, StringComparer.Ordinal, name => Clash(name, "a view"), viewsDeclared); break;
                case "materializedViews":
                    materializedViews = ReadNames(ref r, fieldPath, StringComparer.Ordinal, name => Clash(name, "a materialized view"), viewsDeclared);
                    break;
                case "functions": functions = ReadNames(ref r, fieldPath, StringComparer.OrdinalIgnoreCase, written: functionsDeclared); break;
                default: return false;
            }
            return true;
        });
        return new DatabaseInfo(name, tables, views, materializedViews, functions, declared)
        {
            ViewsDeclared = viewsDeclared.ToImmutable(),
            FunctionsDeclared = functionsDeclared.ToImmutable(),
        };
    }

    private TableInfo ReadTable(ref Utf8JsonReader reader, string name, LinePositionSpan declared, string path)
    {
        ImmutableArray<string>? partitions = null, temporaryPartitions = null;
        string? comment = null;
        // A table's partitions and temporary partitions share one set of names, compared in any case.
        string? Clash(string name, ImmutableArray<string>? others, string kind) =>
            others?.Contains(name, StringComparer.OrdinalIgnoreCase) == true
                ? $"\"{name}\" is both a partition and a temporary partition: a table's partitions and temporary partitions share one set of names ({kind})"
                : null;
        ReadObject(ref reader, path, ["partitions", "temporaryPartitions", "comment"], (ref Utf8JsonReader r, string field, string fieldPath) =>
        {
            switch (field)
            {
                case "partitions": partitions = ReadNames(ref r, fieldPath, StringComparer.OrdinalIgnoreCase, name => Clash(name, temporaryPartitions, "in any case")); break;
                case "temporaryPartitions": temporaryPartitions = ReadNames(ref r, fieldPath, StringComparer.OrdinalIgnoreCase, name => Clash(name, partitions, "in any case")); break;
                case "comment": comment = ReadString(ref r, fieldPath); break;
                default: return false;
            }
            return true;
        });
        return new TableInfo(name, partitions is { } listed ? [.. listed] : null, temporaryPartitions is { } temporary ? [.. temporary] : null, comment, declared);
    }

    private delegate bool FieldReader(ref Utf8JsonReader reader, string field, string path);

    private delegate T MapValueReader<T>(ref Utf8JsonReader reader, string key, LinePositionSpan declared, string path);

    private delegate T ItemReader<T>(ref Utf8JsonReader reader, string path);

    /// <summary>
    /// Reads an object; the callback reads each known field's value and returns false for an unknown field, which is told
    /// with the one of <paramref name="fields"/> likely meant, else all of them.
    /// </summary>
    private static void ReadObject(ref Utf8JsonReader reader, string path, string[] fields, FieldReader readField)
    {
        Expect(ref reader, JsonTokenType.StartObject, "an object", path);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var field = reader.GetString()!;
            var fieldStart = reader.TokenStartIndex;
            var fieldPath = Member(path, field);
            // JSON readers keep the last of two equal keys: the first would be dropped without a word.
            if (!seen.Add(field))
                throw new CatalogFormatException($"field \"{field}\" is given twice", fieldPath, fieldStart);
            reader.Read();
            if (!readField(ref reader, field, fieldPath))
                throw new CatalogFormatException(EditDistance.Suggest(field, fields, caseMatters: true) is { } meant
                    ? $"unknown field \"{field}\": did you mean \"{meant}\"?"
                    : $"unknown field \"{field}\" (the fields here: {string.Join(", ", fields)})", fieldPath, fieldStart);
        }
    }

    /// <param name="clash">Why a key may not be there (another object has its name), if it may not.</param>
    private ImmutableSortedDictionary<string, T> ReadMap<T>(ref Utf8JsonReader reader, string path, MapValueReader<T> readValue,
        Func<string, string?>? clash = null)
    {
        var map = ImmutableSortedDictionary.CreateBuilder<string, T>(StringComparer.Ordinal);
        Expect(ref reader, JsonTokenType.StartObject, "an object keyed by name", path);
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var key = reader.GetString()!;
            var keyStart = reader.TokenStartIndex;
            var keyPath = Member(path, key);
            if (key.Length == 0)
                throw new CatalogFormatException("a name must not be empty", keyPath, keyStart);
            if (map.ContainsKey(key))
                throw new CatalogFormatException($"\"{key}\" is listed twice", keyPath, keyStart);
            if (clash?.Invoke(key) is { } why)
                throw new CatalogFormatException(why, keyPath, keyStart);
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

    /// <summary>
    /// A list of names, none empty, none twice (as <paramref name="comparer"/> compares them: partitions and functions in any
    /// case), none that <paramref name="clash"/> refuses.
    /// </summary>
    /// <param name="written">Where each name is written, kept if given.</param>
    private ImmutableArray<string> ReadNames(ref Utf8JsonReader reader, string path, StringComparer comparer, Func<string, string?>? clash = null,
        IDictionary<string, LinePositionSpan>? written = null)
    {
        var seen = new HashSet<string>(comparer);
        return ReadArray(ref reader, path, (ref Utf8JsonReader r, string itemPath) =>
        {
            var start = r.TokenStartIndex;
            var name = ReadName(ref r, itemPath);
            if (!seen.Add(name))
                throw new CatalogFormatException(seen.Contains(name, StringComparer.Ordinal)
                    ? $"\"{name}\" is listed twice" : $"\"{name}\" is listed twice, in another case (these names are compared in any case)", itemPath, start);
            if (clash?.Invoke(name) is { } why)
                throw new CatalogFormatException(why, itemPath, start);
            written?.Add(name, Written(ref r));
            return name;
        });
    }

    private static string ReadName(ref Utf8JsonReader reader, string path)
    {
        var name = ReadString(ref reader, path);
        return name.Length > 0 ? name : throw new CatalogFormatException("a name must not be empty", path, reader.TokenStartIndex);
    }

    /// <summary>
    /// The JSON path of a member: <c>$.databases.sales</c>, or in brackets where the name is not a plain word
    /// (<c>$.databases['a.b']</c>, <c>$.repositories['']</c>), so that the path reads one way only.
    /// </summary>
    private static string Member(string path, string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] is '_' or '$') && name.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '$')
            ? $"{path}.{name}"
            : $"{path}['{name.Replace("\\", "\\\\").Replace("'", "\\'")}']";

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
