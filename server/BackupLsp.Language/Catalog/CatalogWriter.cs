using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace BackupLsp.Language.Catalog;

/// <summary>Writes a catalog in the file format <see cref="CatalogLoader"/> reads; an unknown (null) list is left out.</summary>
public static class CatalogWriter
{
    private static readonly JsonWriterOptions Options = new()
    {
        Indented = true,
        // Names are the user's own: written as they are, not as \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    public static string ToJson(StarRocksCatalog catalog)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Options))
        {
            writer.WriteStartObject();
            if (catalog.DefaultDatabase is { } defaultDatabase)
                writer.WriteString("defaultDatabase", defaultDatabase);
            if (catalog.Repositories is { } repositories)
            {
                writer.WriteStartObject("repositories");
                foreach (var repository in repositories.Values)
                    WriteRepository(writer, repository);
                writer.WriteEndObject();
            }
            if (catalog.Databases is { } databases)
            {
                writer.WriteStartObject("databases");
                foreach (var database in databases.Values)
                    WriteDatabase(writer, database);
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static void WriteRepository(Utf8JsonWriter writer, RepositoryInfo repository)
    {
        writer.WriteStartObject(repository.Name);
        if (repository.Location is { } location)
            writer.WriteString("location", location);
        writer.WriteBoolean("readOnly", repository.ReadOnly);
        if (repository.Snapshots is { } snapshots)
        {
            writer.WriteStartArray("snapshots");
            foreach (var snapshot in snapshots)
            {
                writer.WriteStartObject();
                writer.WriteString("name", snapshot.Name);
                if (snapshot.Timestamp is { } timestamp)
                    writer.WriteString("timestamp", timestamp);
                writer.WriteEndObject();
            }
            writer.WriteEndArray();
        }
        writer.WriteEndObject();
    }

    private static void WriteDatabase(Utf8JsonWriter writer, DatabaseInfo database)
    {
        writer.WriteStartObject(database.Name);
        if (database.Tables is { } tables)
        {
            writer.WriteStartObject("tables");
            foreach (var table in tables.Values)
            {
                writer.WriteStartObject(table.Name);
                WriteNames(writer, "partitions", table.Partitions);
                WriteNames(writer, "temporaryPartitions", table.TemporaryPartitions);
                if (table.Comment is { Length: > 0 } comment)
                    writer.WriteString("comment", comment);
                writer.WriteEndObject();
            }
            writer.WriteEndObject();
        }
        WriteNames(writer, "views", database.Views);
        WriteNames(writer, "materializedViews", database.MaterializedViews);
        WriteNames(writer, "functions", database.Functions);
        writer.WriteEndObject();
    }

    private static void WriteNames(Utf8JsonWriter writer, string field, IEnumerable<string>? names)
    {
        if (names is not { } present)
            return;
        writer.WriteStartArray(field);
        foreach (var name in present)
            writer.WriteStringValue(name);
        writer.WriteEndArray();
    }
}
