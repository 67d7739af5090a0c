using BackupLsp.Language.Features;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;
using StreamJsonRpc;

namespace BackupLsp.Server.Handlers.SignatureHelp;

/// <summary>
/// <c>textDocument/signatureHelp</c>: the syntax of the family statement at the cursor (BACKUP's and RESTORE's also in their
/// form for external catalogs, the one written active), one parameter per clause, the clause the cursor is in active. Parameters are given by their offsets in the label where the client reads offsets,
/// else by their text (each clause's text is found once in its line); documentation in the client's preferred format,
/// plain text where it states none. Null outside the family's statements, so another SQL extension's help shows there.
/// Asked again while it shows a form the person turned to, that form stays active until the statement's words decide.
/// </summary>
public sealed class SignatureHelpHandler(LanguageServer server)
{
    [JsonRpcMethod("textDocument/signatureHelp", UseSingleObjectParameterDeserialization = true)]
    public Task<Protocol.SignatureHelp?> SignatureHelpAsync(SignatureHelpParams request, CancellationToken cancellationToken) =>
        server.ReadAsync<Protocol.SignatureHelp?>(request.TextDocument, null, (_, analysis) =>
        {
            if (analysis.ToRequestedOffset(request.Position) is not { } offset || SignatureHelpService.At(analysis, offset) is not { } help)
                return null;
            var client = server.Client;
            var markdown = client.SignatureDocumentationFormat == MarkupContent.Markdown;
            MarkupContent? Documentation(string? markdownText, string? plainText) => (markdown ? markdownText : plainText) is { } text
                ? new MarkupContent(client.SignatureDocumentationFormat, text)
                : null;
            SignatureInformation Information(StatementSignature signature) => new(signature.Syntax,
                Documentation(signature.Markdown, signature.PlainText),
                [.. signature.Clauses.Select(clause => new ParameterInformation(
                    client.SignatureLabelOffsets ? new[] { clause.Start, clause.End } : signature.Syntax[clause.Start..clause.End],
                    Documentation(clause.Markdown, clause.PlainText)))],
                signature.ActiveClause);
            // While the statement's words fit either form, the one the person turned to stays in view.
            var active = !help.FormDecided && request.Context?.ActiveSignatureHelp?.ActiveSignature is { } shown && shown >= 0 && shown < help.Signatures.Length
                ? shown
                : help.ActiveSignature;
            return new Protocol.SignatureHelp([.. help.Signatures.Select(Information)], active, help.Signatures[active].ActiveClause);
        }, cancellationToken, afterSettings: true);
}
