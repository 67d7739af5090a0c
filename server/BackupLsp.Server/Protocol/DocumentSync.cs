using System.Text.Json.Serialization;

namespace BackupLsp.Server.Protocol;

public sealed record DidOpenTextDocumentParams(TextDocumentItem TextDocument);

/// <summary>A change without a range replaces the whole document.</summary>
public sealed record TextDocumentContentChangeEvent(Range? Range, [property: JsonConverter(typeof(DocumentTextConverter))] string Text);

public sealed record DidChangeTextDocumentParams(
    VersionedTextDocumentIdentifier TextDocument, TextDocumentContentChangeEvent[] ContentChanges);

public sealed record DidCloseTextDocumentParams(TextDocumentIdentifier TextDocument);
