using BackupLsp.Server.Documents;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;

namespace BackupLsp.Server.Handlers.TextDocumentSync;

/// <summary>
/// didOpen and didChange (incremental) each make a new snapshot and schedule its diagnostics; didClose forgets the document
/// and clears its diagnostics, or leaves them for its saved file's where those are published (<c>diagnosticMode</c> <c>workspace</c>).
/// </summary>
public sealed class TextDocumentSyncHandler(LanguageServer server)
{
    [JsonRpcMethod("textDocument/didOpen", UseSingleObjectParameterDeserialization = true)]
    public void DidOpen(DidOpenTextDocumentParams request)
    {
        if (!IsServing() || request.TextDocument?.Uri is null)
            return;
        // LSP requires the text: a client that leaves it out gets an empty document, and a line in the log that says why.
        if (request.TextDocument.Text is null)
            server.Log.Warning($"textDocument/didOpen for {request.TextDocument.Uri} has no text: the document is opened empty");
        server.WorkspaceDiagnostics.Opened(request.TextDocument.Uri);
        server.WorkspacePublisher.Opened(request.TextDocument.Uri);
        var snapshot = server.Documents.Open(request.TextDocument);
        server.Diagnostics.Schedule(snapshot);
        if (!server.IsScript(snapshot))
            server.ShowCatalogDiagnosticsWhereSeen();
        // An open script is left out of the workspace's report.
        server.WorkspaceChanges.Changed();
    }

    [JsonRpcMethod("textDocument/didChange", UseSingleObjectParameterDeserialization = true)]
    public void DidChange(DidChangeTextDocumentParams request)
    {
        if (!IsServing() || request.TextDocument?.Uri is null)
            return;
        // A notification applies whole or not at all: its version is that of all its changes, and those after a bad one
        // are relative to a text the server cannot make.
        if (TextChanges.Malformation(request.ContentChanges) is { } problem)
            server.Log.Error($"textDocument/didChange for {request.TextDocument.Uri}: {problem}; "
                + (server.Documents.Find(request.TextDocument.Uri) is { } current ? $"the document stays at version {current.Version}" : "the document is not open"));
        else if (server.Documents.Change(request.TextDocument, request.ContentChanges) is not { } snapshot)
            // VS Code sends the revert of a file closed unsaved after its didClose: not worth a warning.
            server.Log.Info($"ignored a didChange for a document that is not open: {request.TextDocument.Uri}");
        // A catalog is what is saved: an edit of its document changes none of its diagnostics.
        else if (server.IsScript(snapshot))
            server.Diagnostics.Schedule(snapshot);
    }

    [JsonRpcMethod("textDocument/didClose", UseSingleObjectParameterDeserialization = true)]
    public void DidClose(DidCloseTextDocumentParams request)
    {
        if (!IsServing() || request.TextDocument?.Uri is null)
            return;
        var wasScript = server.Documents.Find(request.TextDocument.Uri) is { } closing && server.IsScript(closing);
        if (server.Documents.Close(request.TextDocument.Uri))
        {
            // In a workspace reported to a client that is pushed to, the saved file's diagnostics replace the document's.
            if (wasScript && server.WorkspacePublisher.Closed(request.TextDocument.Uri))
                server.Diagnostics.Forget(request.TextDocument.Uri);
            else
                server.Diagnostics.Clear(request.TextDocument.Uri);
            if (!wasScript)
                server.ShowCatalogDiagnosticsWhereSeen();
            server.WorkspaceDiagnostics.Closed(request.TextDocument.Uri);
            server.WorkspaceChanges.Changed();
            server.SemanticTokenResults.Forget(request.TextDocument.Uri);
        }
    }

    /// <summary>Notifications cannot answer with an error: outside the running state they are logged and dropped.</summary>
    private bool IsServing()
    {
        if (!server.IsRunning)
            server.Log.Warning("ignored a document notification outside initialize..shutdown");
        return server.IsRunning;
    }
}
