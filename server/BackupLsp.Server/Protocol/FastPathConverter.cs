using System.Text.Json;
using System.Text.Json.Serialization;
using System.Text.Json.Serialization.Metadata;

namespace BackupLsp.Server.Protocol;

/// <summary>
/// Writes a protocol record with the serialization code LspJsonContext generates for it. That fast path only runs
/// under the context's own options, and StreamJsonRpc's options (which carry its converters) rule it out: for a large
/// document's diagnostics it is about a third faster than the metadata-driven path.
/// </summary>
internal sealed class FastPathConverter<T>(JsonTypeInfo<T> typeInfo) : JsonConverter<T>
{
    public override T? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        JsonSerializer.Deserialize(ref reader, typeInfo);

    public override void Write(Utf8JsonWriter writer, T value, JsonSerializerOptions options) =>
        JsonSerializer.Serialize(writer, value, typeInfo);
}
