namespace BackupLsp.Server.Tests.Infrastructure;

/// <summary>For what the server does without a message the test could wait for: a log line, a request to refresh.</summary>
internal static class Wait
{
    /// <summary>
    /// Polls until <paramref name="condition"/> holds or <paramref name="timeout"/> (the test timeout unless given) passes;
    /// the caller asserts it after.
    /// </summary>
    public static async Task UntilAsync(Func<bool> condition, TimeSpan? timeout = null)
    {
        for (var end = DateTime.UtcNow + (timeout ?? LspTestClient.Timeout); !condition() && DateTime.UtcNow < end;)
            await Task.Delay(10);
    }
}
