using System.Diagnostics;

namespace BackupLsp.Server.Hosting;

/// <summary>
/// StreamJsonRpc's error events on stderr, one line each. A request whose params cannot be read is the client's mistake,
/// already answered with an error; StreamJsonRpc reports it with the exception's stack trace, then the exception again.
/// A line that only repeats the end of the line before is dropped, and so is an event with nothing to say.
/// </summary>
internal sealed class OneLineTraceListener(TextWriter stderr) : TraceListener
{
    private readonly Lock _gate = new();
    private string _last = "";

    public override void TraceEvent(TraceEventCache? eventCache, string source, TraceEventType eventType, int id, string? message) =>
        WriteLine(message);

    public override void TraceEvent(TraceEventCache? eventCache, string source, TraceEventType eventType, int id, string? format, params object?[]? args) =>
        WriteLine(format is null ? null : args is { Length: > 0 } ? string.Format(format, args) : format);

    public override void TraceData(TraceEventCache? eventCache, string source, TraceEventType eventType, int id, object? data) =>
        WriteLine(data?.ToString());

    public override void TraceData(TraceEventCache? eventCache, string source, TraceEventType eventType, int id, params object?[]? data) =>
        WriteLine(data is null ? null : string.Join(", ", data));

    /// <summary>Only the base class's event headers would come here: every event is written whole by <see cref="WriteLine"/>.</summary>
    public override void Write(string? message)
    {
    }

    public override void WriteLine(string? message)
    {
        var line = message?.Split('\n', 2)[0].TrimEnd() ?? "";
        lock (_gate)
        {
            if (line.Length == 0 || _last.EndsWith(line, StringComparison.Ordinal))
                return;
            _last = line;
            stderr.WriteLine($"[backup-lsp rpc] {line}");
        }
    }
}
