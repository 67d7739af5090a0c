using BackupLsp.Benchmarks.Lsp;
using BackupLsp.Benchmarks.Pipeline;
using BenchmarkDotNet.Running;

// `lsp [--server PATH]` runs the end-to-end language-server benchmark; anything else goes to BenchmarkDotNet
// (e.g. `--filter *Pipeline*`).
return args.Length > 0 && args[0] == "lsp"
    ? await LspBenchmark.RunAsync(args[1..])
    : RunBenchmarkDotNet(args);

static int RunBenchmarkDotNet(string[] args)
{
    BenchmarkSwitcher.FromAssembly(typeof(PipelineBenchmarks).Assembly).Run(args);
    return 0;
}
