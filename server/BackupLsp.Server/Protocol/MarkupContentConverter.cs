using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackupLsp.Server.Protocol;

/// <summary>A <see cref="MarkupContent"/> as <c>{"kind", "value"}</c>, or as a bare string when it has no kind.</summary>
public sealed class MarkupContentConverter : JsonConverter<MarkupContent>
{
    public override MarkupContent? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String)
            return new MarkupContent(null, reader.GetString()!);
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException("markup content is neither a string nor an object");
        string? kind = null, value = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            var name = reader.GetString();
            reader.Read();
            if (name == "kind" && reader.TokenType == JsonTokenType.String)
                kind = reader.GetString();
            else if (name == "value" && reader.TokenType == JsonTokenType.String)
                value = reader.GetString();
            else
                reader.Skip();
        }
        return new MarkupContent(kind, value ?? throw new JsonException("markup content has no value"));
    }

    public override void Write(Utf8JsonWriter writer, MarkupContent value, JsonSerializerOptions options)
    {
        if (value.Kind is null)
        {
            writer.WriteStringValue(value.Value);
            return;
        }
        writer.WriteStartObject();
        writer.WriteString("kind", value.Kind);
        writer.WriteString("value", value.Value);
        writer.WriteEndObject();
    }
}
