using System.Diagnostics;
using System.Text.Json;

namespace BackupLsp.Benchmarks.Lsp;

/// <summary>
/// End-to-end LSP benchmark: launches the server executable over stdio, opens a generated 10,000-statement script
/// and measures what an editor user feels, over several launches. <c>lsp [--server PATH] [--runs N] [--catalog] [--slowest]</c>;
/// PATH is a native binary or a .dll run by dotnet; <c>--catalog</c> checks the document against a catalog of its names;
/// <c>--slowest</c> prints each launch's slowest edits and completions with their places in the sequence (a p99 of 200
/// is the third slowest: this shows whether the first requests after the open or a collection among them decide it).
/// </summary>
public static class LspBenchmark
{
    private const int Statements = 10_000;
    private const int Samples = 200;
    private const int OutlineSamples = 20;
    private const int DefaultRuns = 10;
    private const string Uri = "file:///benchmark/script.sql";

    private sealed record Measurement(double Initialize, double Open, double OpenProcessorMs, double OpenTouchedMb, int Diagnostics, double EditP50, double EditP99,
        double CompletionP50, double CompletionP99, double PeakRssMb, double HighlightFirst, double HighlightP50, double HighlightP99,
        double PeakRssWithHighlightsMb, double OutlineP50, double OutlineP99);

    /// <summary>What is reported, with the project's targets (set to beat the best SQL language servers measured on the same kind of document).</summary>
    private static readonly (string Name, Func<Measurement, double> Value, string Unit, double? Target)[] Metrics =
    [
        ("initialize (process start → response)", m => m.Initialize, "ms", 30),
        ("open → diagnostics", m => m.Open, "ms", 15),
        // Where the open's time goes: the server's processor time over all its threads, and the memory it touched for the
        // first time (each new page is a fault the kernel serves, which costs more in a virtual machine).
        ("open: server processor time", m => m.OpenProcessorMs, "ms", null),
        ("open: memory first touched", m => m.OpenTouchedMb, "MB", null),
        ("edit → diagnostics p50", m => m.EditP50, "ms", null),
        ("edit → diagnostics p99", m => m.EditP99, "ms", 5),
        ("completion p50", m => m.CompletionP50, "ms", null),
        ("completion p99", m => m.CompletionP99, "ms", 1),
        ("peak RSS (VmHWM)", m => m.PeakRssMb, "MB", 50),
        // Measured after the peak above: they are not among the issue's targets, and their memos would move it.
        ("first highlight (5,000 mentions)", m => m.HighlightFirst, "ms", null),
        ("highlight p50", m => m.HighlightP50, "ms", null),
        ("highlight p99", m => m.HighlightP99, "ms", null),
        ("peak RSS after the highlights", m => m.PeakRssWithHighlightsMb, "MB", null),
        ("outline (documentSymbol, 7,047 symbols) p50", m => m.OutlineP50, "ms", null),
        ("outline (documentSymbol, 7,047 symbols) p99", m => m.OutlineP99, "ms", null),
    ];

    public static async Task<int> RunAsync(string[] args)
    {
        var server = ServerPath(args);
        if (server is null || !File.Exists(server))
        {
            await Console.Error.WriteLineAsync("server executable not found: build server/BackupLsp.Server in Release or pass --server PATH");
            return 2;
        }
        var runs = OptionValue(args, "--runs") is { } value ? int.Parse(value, System.Globalization.CultureInfo.InvariantCulture) : DefaultRuns;
        var text = BenchmarkDocument.Generate(Statements);
        var catalog = Array.IndexOf(args, "--catalog") >= 0 ? Path.Combine(Path.GetTempPath(), $"backup-lsp-benchmark-{Environment.ProcessId}.json") : null;
        if (catalog is not null)
            await File.WriteAllTextAsync(catalog, BenchmarkDocument.Catalog());
        WarmUpScanner();
        var slowest = Array.IndexOf(args, "--slowest") >= 0;
        var measurements = new List<Measurement>();
        try
        {
            for (var run = 0; run < runs; run++)
            {
                var (measurement, exitCode) = await MeasureOnceAsync(server, text, catalog, slowest ? $"launch {run + 1}" : null);
                if (exitCode != 0)
                {
                    await Console.Error.WriteLineAsync($"the server exited with {exitCode} after shutdown and exit");
                    return exitCode;
                }
                measurements.Add(measurement);
            }
        }
        finally
        {
            // Also when a run fails: the temporary catalog is not left behind.
            if (catalog is not null)
                File.Delete(catalog);
        }

        Console.WriteLine($"backup-lsp end-to-end benchmark: {server}");
        Console.WriteLine($"{text.Length / 1024} KB, {Statements:N0} statements, {measurements[0].Diagnostics:N0} diagnostics{(catalog is null ? "" : " against a catalog of its names")}; {runs} launches, {Samples} edits and {Samples} completions each");
        Console.WriteLine($"| {"metric",-40} | {"median",10} | {"range",19} | {"target",10} |");
        Console.WriteLine($"|{new string('-', 42)}|{new string('-', 12)}|{new string('-', 21)}|{new string('-', 12)}|");
        foreach (var (name, read, unit, target) in Metrics)
        {
            var values = measurements.Select(read).Order().ToList();
            var median = values[values.Count / 2];
            var range = $"{values[0]:F2}–{values[^1]:F2} {unit}";
            var goal = target is { } limit ? $"≤ {limit} {unit}" : "";
            Console.WriteLine($"| {name,-40} | {$"{median:F2} {unit}",10} | {range,19} | {goal,10} |");
        }
        return 0;
    }

    /// <param name="slowestOf">When set, the launch's slowest edits and completions are printed under this name.</param>
    private static async Task<(Measurement, int ExitCode)> MeasureOnceAsync(string server, string text, string? catalog, string? slowestOf)
    {
        var clock = Stopwatch.StartNew();
        using var process = Process.Start(StartInfo(server))!;
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        var client = new StdioLspClient(process.StandardInput.BaseStream, new BufferedStream(process.StandardOutput.BaseStream, 64 * 1024));
        var initialize = client.Request("initialize", new
        {
            processId = Environment.ProcessId,
            rootUri = (string?)null,
            // What VS Code declares for completion: Markdown, snippets, documentation fetched item by item, and the list's
            // item defaults (vscode-languageclient's completion feature).
            capabilities = new
            {
                textDocument = new
                {
                    completion = new
                    {
                        completionItem = new
                        {
                            snippetSupport = true,
                            documentationFormat = new[] { "markdown", "plaintext" },
                            resolveSupport = new { properties = new[] { "documentation", "detail", "additionalTextEdits" } },
                        },
                        completionList = new { itemDefaults = new[] { "commitCharacters", "editRange", "insertTextFormat", "insertTextMode", "data" } },
                    },
                    documentSymbol = new { hierarchicalDocumentSymbolSupport = true },
                    publishDiagnostics = new { relatedInformation = true },
                },
            },
            initializationOptions = new { catalogPath = catalog },
        });
        client.Send(initialize.Frame);
        client.ReadResponse(initialize.Id);
        var initialized = clock.Elapsed;
        client.Send(StdioLspClient.Notification("initialized", new { }));

        var open = StdioLspClient.Notification("textDocument/didOpen", new { textDocument = new { uri = Uri, languageId = "sql", version = 1, text } });
        var before = Usage(process.Id);
        clock.Restart();
        client.Send(open);
        var diagnostics = client.ReadPublish(1).Diagnostics;
        var opened = clock.Elapsed;
        var after = Usage(process.Id);

        var edits = EditLatencies(client, text);
        var completions = CompletionLatencies(client, text);
        if (slowestOf is not null)
            Console.WriteLine($"{slowestOf}: slowest edits {Slowest(edits)}; slowest completions {Slowest(completions)}");
        var peakRss = PeakRssMb(process.Id);
        var highlights = HighlightLatencies(client, text);
        var peakRssWithHighlights = PeakRssMb(process.Id);
        var outlines = OutlineLatencies(client);
        var measurement = new Measurement(Ms(initialized), Ms(opened), after.ProcessorMs - before.ProcessorMs,
            (after.MinorFaults - before.MinorFaults) * Environment.SystemPageSize / (1024.0 * 1024.0), diagnostics, Ms(Percentile(edits, 0.50)), Ms(Percentile(edits, 0.99)),
            Ms(Percentile(completions, 0.50)), Ms(Percentile(completions, 0.99)), peakRss,
            Ms(highlights[0]), Ms(Percentile(highlights, 0.50)), Ms(Percentile(highlights, 0.99)), peakRssWithHighlights,
            Ms(Percentile(outlines, 0.50)), Ms(Percentile(outlines, 0.99)));

        var shutdown = client.Request("shutdown", null);
        client.Send(shutdown.Frame);
        client.ReadResponse(shutdown.Id);
        client.Send(StdioLspClient.Notification("exit", null));
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromSeconds(10));
        return (measurement, process.ExitCode);
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
    private static List<TimeSpan> CompletionLatencies(StdioLspClient client, string text) =>
        RequestLatencies(client, text, "textDocument/completion", ["TO ", "ON ("], inMarker: 0);

    /// <summary>The outline of the whole script, asked for again and again as an editor's outline and breadcrumbs do.</summary>
    private static List<TimeSpan> OutlineLatencies(StdioLspClient client)
    {
        var latencies = new List<TimeSpan>();
        for (var i = 0; i < OutlineSamples; i++)
        {
            var request = client.Request("textDocument/documentSymbol", new { textDocument = new { uri = Uri } });
            var clock = Stopwatch.StartNew();
            client.Send(request.Frame);
            client.ReadResponse(request.Id);
            latencies.Add(clock.Elapsed);
        }
        return latencies;
    }

    /// <summary>
    /// Highlights of the repository every BACKUP and RESTORE names (about 5,000 mentions; the first is measured cold) and of
    /// tables spread over the document, alternately.
    /// </summary>
    private static List<TimeSpan> HighlightLatencies(StdioLspClient client, string text) =>
        RequestLatencies(client, text, "textDocument/documentHighlight", ["TO example_repo", "ON (example_tbl_"], inMarker: 2);

    /// <summary>
    /// A request at each of <see cref="Samples"/> places spread over the document, taking the markers in turn: the cursor
    /// stands <paramref name="inMarker"/> characters before the end of the marker's next occurrence.
    /// </summary>
    private static List<TimeSpan> RequestLatencies(StdioLspClient client, string text, string method, string[] markers, int inMarker)
    {
        var latencies = new List<TimeSpan>();
        var searchFrom = 0;
        for (var i = 0; i < Samples; i++)
        {
            var marker = markers[i % markers.Length];
            var at = text.IndexOf(marker, searchFrom, StringComparison.Ordinal);
            if (at < 0)
                at = text.IndexOf(marker, StringComparison.Ordinal);
            searchFrom = (at + text.Length / Samples) % text.Length;
            var (line, character) = Position(text, at + marker.Length - inMarker);
            var request = client.Request(method, new { textDocument = new { uri = Uri }, position = new { line, character } });
            var clock = Stopwatch.StartNew();
            client.Send(request.Frame);
            client.ReadResponse(request.Id); // an error answer fails the run
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

    /// <summary>The five slowest samples, each as its place in the sequence (from 0) and its time.</summary>
    private static string Slowest(List<TimeSpan> samples) =>
        string.Join(", ", samples.Select((elapsed, i) => (elapsed, i)).OrderByDescending(sample => sample.elapsed).Take(5)
            .Select(sample => $"#{sample.i} {Ms(sample.elapsed):F2} ms"));

    private static double Ms(TimeSpan elapsed) => elapsed.TotalMilliseconds;

    /// <summary>The process' peak resident memory, from /proc (NaN where there is none).</summary>
    private static double PeakRssMb(int pid)
    {
        var status = $"/proc/{pid}/status";
        var line = File.Exists(status) ? File.ReadLines(status).FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal)) : null;
        return line is null ? double.NaN : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], System.Globalization.CultureInfo.InvariantCulture) / 1024.0;
    }

    /// <summary>
    /// The server's processor time so far over all its threads (from each thread's schedstat, in nanoseconds), and its minor
    /// page faults (the process's count includes its threads'); NaN and 0 where /proc does not say.
    /// </summary>
    private static (double ProcessorMs, long MinorFaults) Usage(int pid)
    {
        var tasks = $"/proc/{pid}/task";
        if (!Directory.Exists(tasks))
            return (double.NaN, 0);
        var nanoseconds = 0L;
        foreach (var task in Directory.EnumerateDirectories(tasks))
        {
            try
            {
                nanoseconds += long.Parse(File.ReadAllText(Path.Combine(task, "schedstat")).Split(' ')[0], System.Globalization.CultureInfo.InvariantCulture);
            }
            catch (IOException)
            {
                // A thread that ended meanwhile.
            }
        }
        // The fields after the command name, which is in parentheses and may hold spaces: minflt is the 10th field of the line.
        var stat = File.ReadAllText($"/proc/{pid}/stat");
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        return (nanoseconds / 1e6, long.Parse(fields[7], System.Globalization.CultureInfo.InvariantCulture));
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
        if (Array.IndexOf(args, "--server") >= 0)
            return OptionValue(args, "--server") is { } path ? Path.GetFullPath(path) : null;
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "BackupLsp.sln")))
                return Path.Combine(directory.FullName, "server", "BackupLsp.Server", "bin", "Release", "net10.0", "backup-lsp.dll");
        }
        return null;
    }

    private static string? OptionValue(string[] args, string option)
    {
        var index = Array.IndexOf(args, option);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
