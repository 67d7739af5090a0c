namespace BackupLsp.Server.Cli;

internal sealed record InputFile(string Path, string Text);

/// <summary>The scripts named on the command line: files, *.sql under directories, or standard input.</summary>
internal sealed record InputFiles(IReadOnlyList<InputFile> Files, string? Error)
{
    public const string StdinName = "<stdin>";

    public static async Task<InputFiles> ReadAsync(IReadOnlyList<string> paths, TextReader stdin)
    {
        var files = new List<InputFile>();
        foreach (var path in paths)
        {
            if (path == "-")
            {
                files.Add(new InputFile(StdinName, await stdin.ReadToEndAsync()));
                continue;
            }
            IEnumerable<string> found;
            if (Directory.Exists(path))
                found = Directory.EnumerateFiles(path, "*.sql", SearchOption.AllDirectories).Order(StringComparer.Ordinal);
            else if (File.Exists(path))
                found = [path];
            else
                return new InputFiles([], $"no such file or directory: {path}");
            foreach (var file in found)
            {
                try
                {
                    files.Add(new InputFile(file, await File.ReadAllTextAsync(file)));
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    return new InputFiles([], $"cannot read {file}: {e.Message}");
                }
            }
        }
        return new InputFiles(files, null);
    }
}
