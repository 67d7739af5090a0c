using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackupLsp.Server.Protocol;

// The LSP 3.17 structures this server reads or writes, and nothing more. Property names are camelCased by
// LspJsonContext; null properties are left out.

public sealed record Position(int Line, int Character);

public sealed record Range(Position Start, Position End);

public sealed record TextDocumentIdentifier(string Uri);

public sealed record VersionedTextDocumentIdentifier(string Uri, int Version);

public sealed record TextDocumentItem(string Uri, int Version, [property: JsonConverter(typeof(DocumentTextConverter))] string Text, string? LanguageId = null);

public sealed record TextDocumentPositionParams(TextDocumentIdentifier TextDocument, Position Position);

public sealed record TextDocumentParams(TextDocumentIdentifier TextDocument);

public sealed record TextEdit(Range Range, string NewText);

/// <summary>Edits of one document: with the version they were made for (<see cref="DocumentChanges"/>) when the client takes that.</summary>
public sealed record WorkspaceEdit(Dictionary<string, TextEdit[]>? Changes, TextDocumentEdit[]? DocumentChanges)
{
    /// <summary>
    /// A client that takes versioned edits gets the version the edits were computed on, so it refuses them if the
    /// document changed since; others get the plain map of the URI to its edits.
    /// </summary>
    public static WorkspaceEdit Of(string uri, int version, TextEdit[] edits, bool versioned) => versioned
        ? new WorkspaceEdit(null, [new TextDocumentEdit(new VersionedTextDocumentIdentifier(uri, version), edits)])
        : new WorkspaceEdit(new Dictionary<string, TextEdit[]> { [uri] = edits }, null);
}

public sealed record TextDocumentEdit(VersionedTextDocumentIdentifier TextDocument, TextEdit[] Edits);

/// <summary>
/// LSP's MarkupContent. Without a <see cref="Kind"/> it is written as a bare string, which is what a client that states
/// no format takes: plain text as completion documentation, a MarkedString (Markdown) as hover contents.
/// </summary>
[JsonConverter(typeof(MarkupContentConverter))]
public sealed record MarkupContent(string? Kind, string Value)
{
    public const string Markdown = "markdown";
    public const string PlainText = "plaintext";
}

public sealed record WorkspaceFolder(string Uri, string? Name);

/// <summary>The error codes the server returns besides those StreamJsonRpc produces itself.</summary>
public static class LspErrorCodes
{
    public const int ParseError = -32700;
    public const int InvalidRequest = -32600;
    public const int MethodNotFound = -32601;
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
