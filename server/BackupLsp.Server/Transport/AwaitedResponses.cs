using System.Collections.Concurrent;
using StreamJsonRpc;

namespace BackupLsp.Server.Transport;

/// <summary>
/// The ids of the server's requests to the client that no response has come for yet. StreamJsonRpc closes the
/// connection over a response to any other id (a second answer, or one to a request never sent), so the
/// <see cref="MessageSanitizer"/> lets through only the first response to each of these.
/// </summary>
public sealed class AwaitedResponses
{
    private readonly ConcurrentDictionary<RequestId, byte> _ids = new();

    public void Add(RequestId id) => _ids.TryAdd(id, 0);

    /// <summary>Whether <paramref name="id"/> was awaited; it no longer is.</summary>
    public bool TryTake(RequestId id) => _ids.TryRemove(id, out _);
}
