using System.Diagnostics;
using System.Text.Json;
using StreamJsonRpc;

namespace BackupLsp.Benchmarks.Lsp;

/// <summary>
/// End-to-end LSP benchmark: launches the server executable over stdio, opens a generated 10,000-statement script
/// and measures what an editor user feels. <c>lsp [--server PATH]</c>; PATH is a native binary or a .dll run by dotnet.
/// </summary>
public static class LspBenchmark
{
    private const int Statements = 10_000;
    private const int Samples = 200;
    private const string Uri = "file:///benchmark/script.sql";

    public static async Task<int> RunAsync(string[] args)
    {
        var server = ServerPath(args);
        if (server is null || !File.Exists(server))
        {
            await Console.Error.WriteLineAsync("server executable not found: build server/BackupLsp.Server in Release or pass --server PATH");
            return 2;
        }
        var text = BenchmarkDocument.Generate(Statements);
        var results = new List<(string Metric, string Value)>();
        await WarmUpClientAsync();

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(StartInfo(server))!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        var diagnostics = new DiagnosticsListener();
        using var rpc = new JsonRpc(new HeaderDelimitedMessageHandler(process.StandardInput.BaseStream, process.StandardOutput.BaseStream, new SystemTextJsonFormatter()));
        rpc.AddLocalRpcTarget(diagnostics);
        rpc.StartListening();
        await rpc.InvokeWithParameterObjectAsync<JsonElement>("initialize", new { processId = Environment.ProcessId, rootUri = (string?)null, capabilities = new { } });
        results.Add(("initialize (process start → response)", Ms(clock.Elapsed)));
        await rpc.NotifyWithParameterObjectAsync("initialized", new { });

        clock.Restart();
        var opened = diagnostics.WaitFor(1);
        await rpc.NotifyWithParameterObjectAsync("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "sql", version = 1, text } });
        var count = await opened;
        results.Add(($"open → diagnostics ({text.Length / 1024} KB, {count} diagnostics)", Ms(clock.Elapsed)));

        var edits = await EditLatenciesAsync(rpc, diagnostics, text);
        results.Add(("edit → diagnostics p50", Ms(Percentile(edits, 0.50))));
        results.Add(("edit → diagnostics p99", Ms(Percentile(edits, 0.99))));

        var completions = await CompletionLatenciesAsync(rpc, text);
        results.Add(("completion p50", Ms(Percentile(completions, 0.50))));
        results.Add(("completion p99", Ms(Percentile(completions, 0.99))));
        results.Add(("peak RSS (VmHWM)", PeakRss(process.Id)));

        await rpc.InvokeAsync<JsonElement>("shutdown");
        await rpc.NotifyAsync("exit");
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Console.WriteLine($"backup-lsp end-to-end benchmark: {server}");
        Console.WriteLine($"| {"metric",-48} | {"value",12} |");
        Console.WriteLine($"|{new string('-', 50)}|{new string('-', 14)}|");
        foreach (var (metric, value) in results)
            Console.WriteLine($"| {metric,-48} | {value,12} |");
        return process.ExitCode;
    }

    /// <summary>Single-character edits inside a backup statement in the middle, alternately typed and deleted.</summary>
    private static async Task<List<TimeSpan>> EditLatenciesAsync(JsonRpc rpc, DiagnosticsListener diagnostics, string text)
    {
        var (line, character) = Position(text, text.IndexOf("TO example_repo", text.Length / 2, StringComparison.Ordinal));
        var latencies = new List<TimeSpan>();
        for (var i = 0; i < Samples; i++)
        {
            var version = i + 2;
            var insert = i % 2 == 0;
            var range = new
            {
                start = new { line, character = character - 1 },
                end = new { line, character = insert ? character - 1 : character },
            };
            var published = diagnostics.WaitFor(version);
            var clock = Stopwatch.StartNew();
            await rpc.NotifyWithParameterObjectAsync("textDocument/didChange", new
            {
                textDocument = new { uri = Uri, version },
                contentChanges = new[] { new { range, text = insert ? "x" : "" } },
            });
            await published;
            latencies.Add(clock.Elapsed);
        }
        return latencies;
    }

    /// <summary>Completion after <c>TO </c> and inside <c>ON (</c> of statements spread over the document.</summary>
    private static async Task<List<TimeSpan>> CompletionLatenciesAsync(JsonRpc rpc, string text)
    {
        var latencies = new List<TimeSpan>();
        var searchFrom = 0;
        for (var i = 0; i < Samples; i++)
        {
            var marker = i % 2 == 0 ? "TO " : "ON (";
            var at = text.IndexOf(marker, searchFrom, StringComparison.Ordinal);
            if (at < 0)
                at = text.IndexOf(marker, StringComparison.Ordinal);
            searchFrom = (at + text.Length / Samples) % text.Length;
            var (line, character) = Position(text, at + marker.Length);
            var clock = Stopwatch.StartNew();
            await rpc.InvokeWithParameterObjectAsync<JsonElement>("textDocument/completion", new
            {
                textDocument = new { uri = Uri },
                position = new { line, character },
            });
            latencies.Add(clock.Elapsed);
        }
        return latencies;
    }

    /// <summary>
    /// The client's own StreamJsonRpc paths, run once in memory against a stand-in server (initialize, a large didOpen
    /// answered by a large publishDiagnostics), so that the client's JIT compilation is not counted as the server's time.
    /// </summary>
    private static async Task WarmUpClientAsync()
    {
        var toServer = new System.IO.Pipelines.Pipe();
        var toClient = new System.IO.Pipelines.Pipe();
        using var server = new JsonRpc(new HeaderDelimitedMessageHandler(toClient.Writer, toServer.Reader, new SystemTextJsonFormatter()));
        server.AddLocalRpcMethod("initialize", new Func<int, string?, JsonElement, int>((processId, rootUri, capabilities) => processId));
        var diagnostic = new { range = new { start = new { line = 1, character = 2 }, end = new { line = 1, character = 4 } }, severity = 1, code = "SRB000", source = "warm-up", message = "A diagnostic of a typical length, repeated to make a publish as large as the benchmark's." };
        server.AddLocalRpcMethod("textDocument/didOpen", new Action<JsonElement>(textDocument =>
            _ = server.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics",
                new { uri = Uri, version = 1, diagnostics = Enumerable.Repeat(diagnostic, 2_000).ToArray() })));
        server.StartListening();
        using var client = new JsonRpc(new HeaderDelimitedMessageHandler(toServer.Writer, toClient.Reader, new SystemTextJsonFormatter()));
        var diagnostics = new DiagnosticsListener();
        client.AddLocalRpcTarget(diagnostics);
        client.StartListening();
        await client.InvokeWithParameterObjectAsync<JsonElement>("initialize", new { processId = 0, rootUri = (string?)null, capabilities = new { } });
        await client.NotifyWithParameterObjectAsync("initialized", new { });
        var published = diagnostics.WaitFor(1);
        await client.NotifyWithParameterObjectAsync("textDocument/didOpen",
            new { textDocument = new { uri = Uri, languageId = "sql", version = 1, text = BenchmarkDocument.Generate(Statements) } });
        await published;
    }

    private static (int Line, int Character) Position(string text, int offset)
    {
        var line = 0;
        var lineStart = 0;
        for (var i = text.IndexOf('\n'); i >= 0 && i < offset; i = text.IndexOf('\n', i + 1))
        {
            line++;
            lineStart = i + 1;
        }
        return (line, offset - lineStart);
    }

    private static TimeSpan Percentile(List<TimeSpan> samples, double fraction)
    {
        var sorted = samples.Order().ToList();
        return sorted[Math.Min(sorted.Count - 1, (int)Math.Ceiling(fraction * sorted.Count) - 1)];
    }

    private static string Ms(TimeSpan elapsed) => $"{elapsed.TotalMilliseconds:F2} ms";

    private static string PeakRss(int pid)
    {
        var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
        return line is null ? "n/a" : $"{long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) / 1024.0:F1} MB";
    }

    private static ProcessStartInfo StartInfo(string server)
    {
        var info = server.EndsWith(".dll", StringComparison.OrdinalIgnoreCase)
            ? new ProcessStartInfo("dotnet") { ArgumentList = { server } }
            : new ProcessStartInfo(server);
        info.ArgumentList.Add("--stdio");
        info.RedirectStandardInput = true;
        info.RedirectStandardOutput = true;
        info.RedirectStandardError = true;
        info.UseShellExecute = false;
        return info;
    }

    /// <summary><c>--server PATH</c>, or the Release JIT build of the repository this benchmark was built from.</summary>
    private static string? ServerPath(string[] args)
    {
        var index = Array.IndexOf(args, "--server");
        if (index >= 0)
            return index + 1 < args.Length ? Path.GetFullPath(args[index + 1]) : null;
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "BackupLsp.sln")))
                return Path.Combine(directory.FullName, "server", "BackupLsp.Server", "bin", "Release", "net10.0", "backup-lsp.dll");
        }
        return null;
    }

    /// <summary>Receives publishDiagnostics and completes the waiter for each version.</summary>
    public sealed class DiagnosticsListener
    {
        private readonly Dictionary<int, TaskCompletionSource<int>> _waiters = [];

        public Task<int> WaitFor(int version)
        {
            lock (_waiters)
                return (_waiters[version] = new TaskCompletionSource<int>(TaskCreationOptions.RunContinuationsAsynchronously)).Task;
        }

        [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
        public void Publish(JsonElement parameters)
        {
            if (!parameters.TryGetProperty("version", out var version) || version.ValueKind != JsonValueKind.Number)
                return;
            lock (_waiters)
            {
                if (_waiters.Remove(version.GetInt32(), out var waiter))
                    waiter.TrySetResult(parameters.GetProperty("diagnostics").GetArrayLength());
            }
        }
    }
}
