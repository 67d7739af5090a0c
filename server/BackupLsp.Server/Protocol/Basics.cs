using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackupLsp.Server.Protocol;

// The LSP 3.17 structures this server reads or writes, and nothing more. Property names are camelCased by
// LspJsonContext; null properties are left out.

public sealed record Position(int Line, int Character);

public sealed record Range(Position Start, Position End);

public sealed record TextDocumentIdentifier(string Uri);

public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

public sealed record TextDocumentItem(string Uri, string? LanguageId, int Version, [property: JsonConverter(typeof(DocumentTextConverter))] string Text);

public sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

public sealed record TextDocumentParams(TextDocumentIdentifier TextDocument);

public sealed record TextEdit(Range Range, string NewText);

public sealed record WorkspaceEdit(Dictionary<string, TextEdit[]> Changes);

public sealed record MarkupContent(string Kind, string Value)
{
    public const string Markdown = "markdown";
    public const string PlainText = "plaintext";
}

public sealed record WorkspaceFolder(string Uri, string? Name);

/// <summary>The error codes the server returns besides those StreamJsonRpc produces itself.</summary>
public static class LspErrorCodes
{
    public const int InvalidRequest = -32600;
    public const int InvalidParams = -32602;
    public const int ServerNotInitialized = -32002;
    public const int RequestFailed = -32803;
}

internal static class JsonElementExtensions
{
    /// <summary>The named child object or value, when present and not null.</summary>
    public static JsonElement? Child(this JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var child) &&
        child.ValueKind is not (JsonValueKind.Null or JsonValueKind.Undefined)
            ? child
            : null;
}
