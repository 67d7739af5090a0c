using System.Text.Json;

namespace BackupLsp.Benchmarks.Lsp;

/// <summary>
/// What the benchmark needs from one message the server sent: its id or method, and for a publishDiagnostics its
/// version and number of diagnostics. <see cref="Scan"/> reads every token of the body, so a message that is not
/// well-formed JSON fails the run, but it allocates nothing per token: the figures stay the server's, not a client
/// library's (a StreamJsonRpc client spent about 4 ms turning a 455 KB publish into objects).
/// </summary>
public readonly record struct ScannedMessage(int? Id, string? Method, int? Version, int Diagnostics, bool IsError)
{
    public bool IsPublishDiagnostics => Method == "textDocument/publishDiagnostics";

    private enum Field { Other, Id, Method, Params, Error, Version, Diagnostics }

    public static ScannedMessage Scan(ReadOnlySpan<byte> body)
    {
        var reader = new Utf8JsonReader(body, new JsonReaderOptions { MaxDepth = 256 });
        int? id = null, version = null;
        string? method = null;
        var diagnostics = 0;
        var isError = false;
        var topLevel = Field.Other;
        var inParams = Field.Other;
        while (reader.Read())
        {
            switch (reader.TokenType)
            {
                case JsonTokenType.PropertyName when reader.CurrentDepth == 1:
                    topLevel = reader.ValueTextEquals("id"u8) ? Field.Id
                        : reader.ValueTextEquals("method"u8) ? Field.Method
                        : reader.ValueTextEquals("params"u8) ? Field.Params
                        : reader.ValueTextEquals("error"u8) ? Field.Error
                        : Field.Other;
                    isError |= topLevel == Field.Error;
                    break;
                case JsonTokenType.PropertyName when reader.CurrentDepth == 2 && topLevel == Field.Params:
                    inParams = reader.ValueTextEquals("version"u8) ? Field.Version
                        : reader.ValueTextEquals("diagnostics"u8) ? Field.Diagnostics
                        : Field.Other;
                    break;
                case JsonTokenType.Number when reader.CurrentDepth == 1 && topLevel == Field.Id:
                    id = reader.GetInt32();
                    break;
                case JsonTokenType.String when reader.CurrentDepth == 1 && topLevel == Field.Method:
                    method = reader.GetString();
                    break;
                case JsonTokenType.Number when reader.CurrentDepth == 2 && inParams == Field.Version:
                    version = reader.GetInt32();
                    break;
                case JsonTokenType.StartObject when reader.CurrentDepth == 3 && inParams == Field.Diagnostics:
                    diagnostics++;
                    break;
            }
        }
        return new ScannedMessage(id, method, version, diagnostics, isError);
    }
}
