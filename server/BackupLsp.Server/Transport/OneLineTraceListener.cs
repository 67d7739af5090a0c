using System.Diagnostics;
using System.Reflection;
using StreamJsonRpc;

namespace BackupLsp.Server.Transport;

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

    public override void TraceEvent(TraceEventCache? eventCache, string source, TraceEventType eventType, int id, string? format, params object?[]? args)
    {
        if (args?.Any(IsRefusal) == true)
            return;
        WriteLine(format is null ? null : args is { Length: > 0 } ? string.Format(format, [.. args.Select(Readable)]) : format);
    }

    /// <summary>
    /// A request the server answered with a refusal the client shows its user (a rename of a catalog's name): an answer,
    /// not an error of the server's, so not logged as one.
    /// </summary>
    private static bool IsRefusal(object? argument) =>
        Unwrapped(argument) is LocalRpcException { ErrorCode: Protocol.LspErrorCodes.RequestFailed };

    private static object? Unwrapped(object? argument)
    {
        if (argument is not Exception exception)
            return argument;
        while (exception is AggregateException { InnerExceptions.Count: 1 } or TargetInvocationException && exception.InnerException is { } inner)
            exception = inner;
        return exception;
    }

    /// <summary>
    /// An exception as it reads best on one line: the one a task or a reflected call wrapped rather than the wrapper, and
    /// an error the server answered on purpose (bad params, say) by its message alone.
    /// </summary>
    private static object? Readable(object? argument) =>
        Unwrapped(argument) switch
        {
            LocalRpcException answered => answered.Message,
            Exception exception => exception.ToString(),
            var other => other,
        };

    public override void TraceData(TraceEventCache? eventCache, string source, TraceEventType eventType, int id, object? data)
    {
        if (!IsRefusal(data))
            WriteLine(Readable(data)?.ToString());
    }

    // An exception's event data goes on with the method and request the line before named: the exception says it all.
    public override void TraceData(TraceEventCache? eventCache, string source, TraceEventType eventType, int id, params object?[]? data)
    {
        if (data?.Any(IsRefusal) == true)
            return;
        WriteLine(data is [Exception exception, ..] ? Readable(exception)?.ToString() : data is null ? null : string.Join(", ", data));
    }

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
