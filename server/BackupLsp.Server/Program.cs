using System.Text;
using BackupLsp.Server.Cli;
using BackupLsp.Server.Hosting;

// `backup-lsp check ...` runs the command-line check, `backup-lsp catalog ...` makes a catalog file; --help and --version
// answer and exit; the arguments LSP clients launch a server with (none, --stdio, ...) serve the Language Server Protocol on
// standard input and output; anything else is a usage error (CommandLine).
var (command, error) = CommandLine.Parse(args);
// The reports (JSON, SARIF) and catalogs must be UTF-8 whatever the locale's charset (.NET would follow ISO-8859-1, say).
if (command != Command.Serve)
    Console.OutputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
switch (command)
{
    case Command.Check:
        return await WritingOutput(() => CheckCommand.RunAsync(args[1..], ClosedStandardInput.IsClosed() ? null : Console.OpenStandardInput(),
            Console.Out, Console.Error));
    case Command.Catalog:
        return await WritingOutput(() => CatalogCommand.RunAsync(args[1..], Console.Out, Console.Error));
    case Command.Help:
        return await WritingOutput(() => Answer(Console.Out, ToolInfo.Usage, 0));
    case Command.Version:
        return await WritingOutput(() => Answer(Console.Out, ToolInfo.VersionLine, 0));
    case Command.Mistyped:
        return await WritingOutput(() => Answer(Console.Error, $"backup-lsp: {error}\nTry 'backup-lsp --help' for usage.", CheckCommand.UsageOrIoError));
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
    // .NET reports a closed standard output (EBADF) as access denied, around the I/O error.
    catch (Exception e) when (e is IOException || e is UnauthorizedAccessException { InnerException: IOException })
    {
        // Standard error may be what failed: then the exit code says it alone.
        try
        {
            await Console.Error.WriteLineAsync($"backup-lsp: cannot write the output: {(e.InnerException ?? e).Message}");
        }
        catch (Exception unwritable) when (unwritable is IOException or UnauthorizedAccessException)
        {
        }
        return CheckCommand.UsageOrIoError;
    }
}

static async Task<int> Answer(TextWriter writer, string text, int exitCode)
{
    await writer.WriteLineAsync(text);
    await writer.FlushAsync();
    return exitCode;
}
