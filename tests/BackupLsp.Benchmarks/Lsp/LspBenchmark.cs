using System.Diagnostics;
using System.Text.Json;

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
        WarmUpScanner();

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(StartInfo(server))!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        var client = new StdioLspClient(process.StandardInput.BaseStream, new BufferedStream(process.StandardOutput.BaseStream, 64 * 1024));
        var initialize = client.Request("initialize", new { processId = Environment.ProcessId, rootUri = (string?)null, capabilities = new { } });
        client.Send(initialize.Frame);
        client.ReadResponse(initialize.Id);
        results.Add(("initialize (process start → response)", Ms(clock.Elapsed)));
        client.Send(StdioLspClient.Notification("initialized", new { }));

        var open = StdioLspClient.Notification("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "sql", version = 1, text } });
        clock.Restart();
        client.Send(open);
        var count = client.ReadPublish(1).Diagnostics;
        results.Add(($"open → diagnostics ({text.Length / 1024} KB, {count} diagnostics)", Ms(clock.Elapsed)));

        var edits = EditLatencies(client, text);
        results.Add(("edit → diagnostics p50", Ms(Percentile(edits, 0.50))));
        results.Add(("edit → diagnostics p99", Ms(Percentile(edits, 0.99))));

        var completions = CompletionLatencies(client, text);
        results.Add(("completion p50", Ms(Percentile(completions, 0.50))));
        results.Add(("completion p99", Ms(Percentile(completions, 0.99))));
        results.Add(("peak RSS (VmHWM)", PeakRss(process.Id)));

        var shutdown = client.Request("shutdown", null);
        client.Send(shutdown.Frame);
        client.ReadResponse(shutdown.Id);
        client.Send(StdioLspClient.Notification("exit", null));
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));

        Console.WriteLine($"backup-lsp end-to-end benchmark: {server}");
        Console.WriteLine($"| {"metric",-48} | {"value",12} |");
        Console.WriteLine($"|{new string('-', 50)}|{new string('-', 14)}|");
        foreach (var (metric, value) in results)
            Console.WriteLine($"| {metric,-48} | {value,12} |");
        return process.ExitCode;
    }

    /// <summary>Single-character edits inside a backup statement in the middle, alternately typed and deleted.</summary>
    private static List<TimeSpan> EditLatencies(StdioLspClient client, string text)
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
            var change = StdioLspClient.Notification("textDocument/didChange", new
            {
                textDocument = new { uri = Uri, version },
                contentChanges = new[] { new { range, text = insert ? "x" : "" } },
            });
            var clock = Stopwatch.StartNew();
            client.Send(change);
            client.ReadPublish(version);
            latencies.Add(clock.Elapsed);
        }
        return latencies;
    }

    /// <summary>Completion after <c>TO </c> and inside <c>ON (</c> of statements spread over the document.</summary>
    private static List<TimeSpan> CompletionLatencies(StdioLspClient client, string text)
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
            var completion = client.Request("textDocument/completion", new { textDocument = new { uri = Uri }, position = new { line, character } });
            var clock = Stopwatch.StartNew();
            client.Send(completion.Frame);
            client.ReadResponse(completion.Id);
            latencies.Add(clock.Elapsed);
        }
        return latencies;
    }

    /// <summary>
    /// Runs the client's message scanner over a publish of the benchmark's size until the JIT has optimized it, so that
    /// the client's compilation is not counted as the server's time.
    /// </summary>
    private static void WarmUpScanner()
    {
        var diagnostic = new { range = new { start = new { line = 1, character = 2 }, end = new { line = 1, character = 4 } }, severity = 1, code = "SRB000", source = "warm-up", message = "A diagnostic of a typical length, repeated to make a publish as large as the benchmark's." };
        var publish = JsonSerializer.SerializeToUtf8Bytes(new { jsonrpc = "2.0", method = "textDocument/publishDiagnostics", @params = new { uri = Uri, version = 1, diagnostics = Enumerable.Repeat(diagnostic, 2_000) } });
        for (var round = 0; round < 100; round++)
        {
            if (ScannedMessage.Scan(publish).Diagnostics != 2_000)
                throw new InvalidOperationException("the message scanner miscounted the warm-up publish");
        }
        Thread.Sleep(500);
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
}
