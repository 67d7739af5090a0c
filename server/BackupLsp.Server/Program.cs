using BackupLsp.Server.Cli;
using BackupLsp.Server.Hosting;

// `backup-lsp check ...` runs the command-line check, `backup-lsp catalog ...` makes a catalog file; --help and --version answer and exit; anything else (no
// arguments, or --stdio as vscode-languageclient passes it) serves the Language Server Protocol on standard input and output.
switch (args)
{
    case ["check", ..]:
        return await CheckCommand.RunAsync(args[1..], Console.In, Console.Out, Console.Error);
    case ["catalog", ..]:
        return await CatalogCommand.RunAsync(args[1..], Console.Out, Console.Error);
    case ["--help" or "-h" or "help"]:
        Console.WriteLine(ToolInfo.Usage);
        return 0;
    case ["--version"]:
        Console.WriteLine($"backup-lsp {ToolInfo.Version}");
        return 0;
    default:
        return await LanguageServerHost.RunStdioAsync(args);
}
