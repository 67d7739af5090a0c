using BackupLsp.Server.Cli;
using BackupLsp.Server.Hosting;

// `backup-lsp check ...` runs the command-line check, `backup-lsp catalog ...` makes a catalog file; --help and --version
// answer and exit; the arguments LSP clients launch a server with (none, --stdio, ...) serve the Language Server Protocol on
// standard input and output; anything else is a usage error (CommandLine).
var (command, error) = CommandLine.Parse(args);
switch (command)
{
    case Command.Check:
        return await WritingOutput(() => CheckCommand.RunAsync(args[1..], Console.OpenStandardInput(), Console.Out, Console.Error));
    case Command.Catalog:
        return await WritingOutput(() => CatalogCommand.RunAsync(args[1..], Console.Out, Console.Error));
    case Command.Help:
        Console.WriteLine(ToolInfo.Usage);
        return 0;
    case Command.Version:
        Console.WriteLine($"backup-lsp {ToolInfo.Version}");
        return 0;
    case Command.Mistyped:
        await Console.Error.WriteLineAsync($"backup-lsp: {error}\n\n{ToolInfo.Usage}");
        return CheckCommand.UsageOrIoError;
    default:
        return await LanguageServerHost.RunStdioAsync();
}

// Output that cannot be written (a full disk, a closed pipe) is an I/O problem like any other: exit 2, with a message.
static async Task<int> WritingOutput(Func<Task<int>> run)
{
    try
    {
        var exitCode = await run();
        await Console.Out.FlushAsync();
        return exitCode;
    }
    catch (IOException e)
    {
        await Console.Error.WriteLineAsync($"backup-lsp: cannot write the output: {e.Message}");
        return CheckCommand.UsageOrIoError;
    }
}
