namespace BackupLsp.Server.Protocol;

public sealed record Diagnostic(Range Range, int Severity, string Code, string Source, string Message, CodeDescription? CodeDescription = null);

public sealed record CodeDescription(string Href);

public sealed record PublishDiagnosticsParams(string Uri, int? Version, Diagnostic[] Diagnostics);

public sealed record DocumentDiagnosticParams(TextDocumentIdentifier TextDocument, string? Identifier, string? PreviousResultId);

/// <summary>A "full" report carries the items; an "unchanged" one only repeats the result id.</summary>
public sealed record DocumentDiagnosticReport(string Kind, string ResultId, Diagnostic[]? Items)
{
    public static DocumentDiagnosticReport Full(string resultId, Diagnostic[] items) => new("full", resultId, items);

    public static DocumentDiagnosticReport Unchanged(string resultId) => new("unchanged", resultId, null);
}
