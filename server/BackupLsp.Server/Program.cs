using BackupLsp.Server.Cli;
using BackupLsp.Server.Hosting;

// `backup-lsp check ...` runs the command-line check; anything else (no arguments, or --stdio as
// vscode-languageclient passes it) serves the Language Server Protocol on standard input and output.
return args.Length > 0 && args[0] == "check"
    ? await CheckCommand.RunAsync(args[1..], Console.In, Console.Out, Console.Error)
    : await LanguageServerHost.RunStdioAsync(args);
