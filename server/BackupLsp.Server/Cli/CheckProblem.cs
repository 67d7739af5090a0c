namespace BackupLsp.Server.Cli;

/// <summary>
/// A problem that kept part of the input from being checked; where it lies in a file a report can point at (a settings
/// or catalog file that cannot be read), that file and the line, if known.
/// </summary>
internal sealed record CheckProblem(string Message, string? File = null, int? Line = null);
