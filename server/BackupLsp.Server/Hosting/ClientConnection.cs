using System.Diagnostics.CodeAnalysis;
using BackupLsp.Server.Transport;

namespace BackupLsp.Server.Hosting;

/// <summary>
/// The server's requests and notifications to the client. Every parameter object is a protocol record whose
/// serialization LspJsonContext generates, so StreamJsonRpc's reflection-based parameter overloads are safe
/// under trimming and Native AOT here; the suppressions say so once, in this one place.
/// </summary>
public sealed class ClientConnection(LspJsonRpc rpc)
{
    private const string Justification = "Parameters are protocol records with source-generated serialization metadata.";

    public bool IsConnected => !rpc.IsDisposed;

    /// <summary>Completes when all but <paramref name="left"/> of the client's requests received so far have been answered.</summary>
    public Task WhenAnswered(int left = 0) => rpc.WhenAnswered(left);

    /// <summary>JSON-RPC's answer to a message whose id could not be read: an error with a null id.</summary>
    public Task RespondWithoutIdAsync(int code, string message) => rpc.RespondWithoutIdAsync(code, message);

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = Justification)]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = Justification)]
    public Task NotifyAsync(string method, object parameters) => rpc.NotifyWithParameterObjectAsync(method, parameters);

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = Justification)]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = Justification)]
    public Task<TResult> RequestAsync<TResult>(string method, object? parameters) => rpc.InvokeWithParameterObjectAsync<TResult>(method, parameters);

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = Justification)]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = Justification)]
    public Task RequestAsync(string method, object? parameters) => rpc.InvokeWithParameterObjectAsync(method, parameters);
}
