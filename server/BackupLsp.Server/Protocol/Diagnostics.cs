using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackupLsp.Server.Protocol;

/// <param name="Tags">LSP's diagnostic tags: <see cref="Unnecessary"/> for text that does nothing, which editors fade.</param>
public sealed record Diagnostic(Range Range, int Severity, string Code, string Source, string Message,
    DiagnosticRelatedInformation[]? RelatedInformation = null, int[]? Tags = null)
{
    public const int Unnecessary = 1;
}

public sealed record DiagnosticRelatedInformation(Location Location, string Message);

public sealed record PublishDiagnosticsParams(string Uri, int? Version, DiagnosticList Diagnostics);

public sealed record DocumentDiagnosticParams(TextDocumentIdentifier TextDocument, string? PreviousResultId);

/// <summary>A "full" report carries the items; an "unchanged" one only repeats the result id.</summary>
public sealed record DocumentDiagnosticReport(string Kind, string ResultId, Diagnostic[]? Items)
{
    public static DocumentDiagnosticReport Full(string resultId, Diagnostic[] items) => new("full", resultId, items);

    public static DocumentDiagnosticReport Unchanged(string resultId) => new("unchanged", resultId, null);
}

public sealed record PreviousResultId(string Uri, string Value);

public sealed record WorkspaceDiagnosticParams(PreviousResultId[]? PreviousResultIds);

public sealed record WorkspaceDiagnosticReport(WorkspaceDocumentDiagnosticReport[] Items);

/// <summary>A document's report in a workspace pull: as <see cref="DocumentDiagnosticReport"/>, for a script that is not open.</summary>
public sealed record WorkspaceDocumentDiagnosticReport(string Kind, string Uri, string ResultId, Diagnostic[]? Items)
{
    /// <summary>Null for a document that is not open; the specification has the property always present.</summary>
    [JsonIgnore(Condition = JsonIgnoreCondition.Never)]
    public int? Version => null;

    public static WorkspaceDocumentDiagnosticReport Full(string uri, string resultId, Diagnostic[] items) => new("full", uri, resultId, items);

    public static WorkspaceDocumentDiagnosticReport Unchanged(string uri, string resultId) => new("unchanged", uri, resultId, null);
}

/// <summary>
/// The diagnostics of a publish: records, or the JSON objects they make, already written. A large document's publish
/// is mostly reused JSON (see DiagnosticsJson), which this lets go out without being parsed or built again.
/// </summary>
[JsonConverter(typeof(DiagnosticListConverter))]
public sealed class DiagnosticList
{
    private DiagnosticList(Diagnostic[]? items, IReadOnlyList<byte[][]>? json)
    {
        Items = items;
        Json = json;
    }

    public static readonly DiagnosticList Empty = new([], null);

    /// <summary>The records, when the list was made of them.</summary>
    public Diagnostic[]? Items { get; }

    /// <summary>The JSON objects, in groups, when the list was made of them.</summary>
    public IReadOnlyList<byte[][]>? Json { get; }

    public static DiagnosticList Of(Diagnostic[] items) => new(items, null);

    /// <param name="json">LSP diagnostics, one JSON object each, in groups written one after the other; they are
    /// written as they are, unchecked.</param>
    public static DiagnosticList OfJson(IReadOnlyList<byte[][]> json) => new(null, json);
}

internal sealed class DiagnosticListConverter : JsonConverter<DiagnosticList>
{
    public override DiagnosticList Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        DiagnosticList.Of(JsonSerializer.Deserialize(ref reader, LspJsonContext.Default.DiagnosticArray) ?? []);

    public override void Write(Utf8JsonWriter writer, DiagnosticList value, JsonSerializerOptions options)
    {
        if (value.Items is { } items)
        {
            JsonSerializer.Serialize(writer, items, LspJsonContext.Default.DiagnosticArray);
            return;
        }
        writer.WriteStartArray();
        foreach (var group in value.Json!)
        {
            foreach (var diagnostic in group)
                writer.WriteRawValue(diagnostic, skipInputValidation: true);
        }
        writer.WriteEndArray();
    }
}
