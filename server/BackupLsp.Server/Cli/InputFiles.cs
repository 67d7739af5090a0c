using BackupLsp.Language.Text;
using BackupLsp.Server.Files;

namespace BackupLsp.Server.Cli;

/// <param name="Bytes">Standard input's bytes, which <c>--fix -</c> must give back as they were where it fixes nothing.</param>
internal sealed record InputFile(string Path, string Text, byte[]? Bytes = null);

/// <summary>
/// The scripts named on the command line: files, *.sql under directories (found as workspace symbol search finds them,
/// <see cref="ScriptFolders"/>), or standard input; each once (by full path, a link followed), in the order first named.
/// </summary>
internal sealed record InputFiles(IReadOnlyList<InputFile> Files, IReadOnlyList<string> Errors)
{
    public const string StdinName = "<stdin>";

    /// <summary>
    /// The scripts that could be read, and a problem for each path that could not (or a folder with no script): one bad
    /// path does not keep the others from being checked. A file that is not valid UTF-8 is warned of on <paramref name="stderr"/>.
    /// </summary>
    /// <param name="scriptsUnder">How a directory is walked (<see cref="ScriptFolders.ScriptsUnder"/>; a test passes a walk
    /// that meets a folder it cannot list, which a privileged user's walk never does).</param>
    /// <param name="foldersMayHoldNone">A folder without scripts is passed over rather than a problem (a workspace file's folders).</param>
    public static async Task<InputFiles> ReadAsync(IReadOnlyList<string> paths, Stream? stdin, TextWriter stderr, long maxFileBytes = CheckOptions.DefaultMaxFileBytes,
        Func<string, Action<string, Exception>, IEnumerable<string>>? scriptsUnder = null, bool foldersMayHoldNone = false)
    {
        scriptsUnder ??= (folder, unlistable) => ScriptFolders.ScriptsUnder(folder, unlistable);
        var files = new List<InputFile>();
        var errors = new List<string>();
        var seen = new HashSet<string>(FileUris.PathComparer);
        foreach (var given in paths)
        {
            var path = FileLinks.AsTheShellReadsIt(given);
            if (given == "-")
            {
                if (!seen.Add(StdinName))
                    continue;
                if (stdin is null)
                {
                    errors.Add(ClosedStandardInput.Message);
                    continue;
                }
                // Decoded as a file is: its byte order mark, and a warning when it is not valid UTF-8.
                if (BoundedFile.ReadAllBytes(stdin, maxFileBytes) is not { } bytes)
                {
                    errors.Add($"standard input is too large to check: {FileSizeLimit.OverTheLimit(maxFileBytes)}");
                    continue;
                }
                var (input, validInput, inputEncoding) = ScriptText.Read(bytes);
                if (Utf16WithoutByteOrderMark(input) is { } inputGuess)
                {
                    errors.Add($"standard input looks like {inputGuess} without a byte order mark: {Utf16Advice}");
                    continue;
                }
                if (!validInput)
                    await stderr.WriteLineAsync($"backup-lsp check: warning: standard input is not valid {inputEncoding}: its invalid bytes are read as U+FFFD");
                files.Add(new InputFile(StdinName, input, bytes));
                continue;
            }
            // A link named here is followed; links met inside a directory are not (ScriptFolders).
            List<string> found;
            string? unlistable = null;
            if (Directory.Exists(path))
                found = [.. scriptsUnder(path, (folder, e) => unlistable ??= $"cannot read folder {folder}: {e.Message}").Where(IsFile).Select(Tidy)];
            else if (File.Exists(path))
                found = [Tidy(path)];
            else if (FileOnTheWay(given) is { } file)
            {
                errors.Add($"not a directory: {given} ({file} is a file)");
                continue;
            }
            else
            {
                // The command line reaches .NET decoded as UTF-8: a name that is not valid UTF-8 arrives with U+FFFD in it.
                errors.Add($"no such file or directory: {given}"
                    + (given.Contains('\uFFFD') ? " (if the name is not valid UTF-8, .NET cannot open the file by it: rename it)"
                        // A quoted pattern reaches the check as it was typed: the shell expands one, the check does not.
                        : given.IndexOfAny(['*', '?', '[']) >= 0 ? " (a pattern such as *.sql is expanded by the shell, not here: leave it unquoted, or name the folder to check every .sql file under it)"
                        : ""));
                continue;
            }
            // As ESLint does for a pattern that matches nothing: a CI step pointed at the wrong folder must not pass,
            // whatever else it names.
            if (found.Count == 0 && unlistable is null)
            {
                if (!foldersMayHoldNone)
                    errors.Add($"no .sql files found in {given}");
                continue;
            }
            foreach (var file in found.Where(file => seen.Add(Identity(file))))
            {
                try
                {
                    if (new FileInfo(file).Length is var length && length > maxFileBytes)
                    {
                        errors.Add($"{file} is too large to check: {length:N0} bytes, {FileSizeLimit.OverTheLimit(maxFileBytes)}");
                        continue;
                    }
                    // A device or a pipe reports no size: only reading finds how much it holds.
                    if (ScriptText.Read(file, maxFileBytes) is not var (text, valid, encoding))
                    {
                        errors.Add($"{file} is too large to check: {FileSizeLimit.OverTheLimit(maxFileBytes)}");
                        continue;
                    }
                    if (Utf16WithoutByteOrderMark(text) is { } guess)
                    {
                        errors.Add($"{file} looks like {guess} without a byte order mark: {Utf16Advice}");
                        continue;
                    }
                    if (!valid)
                        await stderr.WriteLineAsync($"backup-lsp check: warning: {file} is not valid {encoding}: its invalid bytes are read as U+FFFD");
                    files.Add(new InputFile(file, text));
                }
                // .NET reads a file name that is not valid UTF-8 with U+FFFD for its bad bytes, a name no file has.
                catch (FileNotFoundException) when (file.Contains('\uFFFD'))
                {
                    errors.Add($"cannot read {file}: its name is not valid UTF-8, which .NET cannot open a file by: rename it");
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    errors.Add($"cannot read {file}: {e.Message}");
                }
            }
            // As an unreadable file: a folder whose scripts went unchecked must not pass for a clean one.
            if (unlistable is not null)
                errors.Add(unlistable);
        }
        return new InputFiles(files, errors);
    }

    /// <summary>
    /// What a walk takes for a script: a file, not a FIFO (whose reader waits until something writes to it, for ever in CI),
    /// a socket or a device, left out as links are. Named on the command line, one is read (<c>&lt;(...)</c> is a pipe).
    /// </summary>
    private static bool IsFile(string path) => !(OperatingSystem.IsLinux() && LinuxFileCalls.IsSpecialFile(path));

    /// <summary>The first folder named in <paramref name="given"/> that is a file (<c>ok.sql</c> in <c>ok.sql/x</c>), as it was written.</summary>
    private static string? FileOnTheWay(string given)
    {
        var parents = new Stack<string>();
        for (var parent = Path.GetDirectoryName(Path.TrimEndingDirectorySeparator(given)); !string.IsNullOrEmpty(parent); parent = Path.GetDirectoryName(parent))
            parents.Push(parent);
        foreach (var parent in parents)
        {
            var path = FileLinks.AsTheShellReadsIt(parent);
            if (File.Exists(path))
                return parent;
            if (!Directory.Exists(path))
                return null;
        }
        return null;
    }

    private const string Utf16Advice = "save it as UTF-8, or as UTF-16 with a byte order mark";

    /// <summary>
    /// "UTF-16LE" or "UTF-16BE" when the text, read as UTF-8, has a NUL in every other character of its start: UTF-16
    /// without a byte order mark, whose every ASCII letter brings a zero byte. Read so, it would give nothing but an
    /// unexpected U+0000 for each letter; a script has no NUL of its own.
    /// </summary>
    private static string? Utf16WithoutByteOrderMark(string text)
    {
        var pairs = Math.Min(text.Length, 4096) / 2;
        if (pairs == 0)
            return null;
        int nulFirst = 0, nulSecond = 0;
        for (var i = 0; i < pairs; i++)
        {
            nulFirst += text[2 * i] == '\0' ? 1 : 0;
            nulSecond += text[2 * i + 1] == '\0' ? 1 : 0;
        }
        // Most of the pairs, not all: a letter beyond ASCII has no zero byte.
        return nulSecond * 4 >= pairs * 3 ? "UTF-16LE" : nulFirst * 4 >= pairs * 3 ? "UTF-16BE" : null;
    }

    /// <summary>
    /// A path as the reports name it, without <c>.</c> segments, doubled separators or a folder's <c>..</c>
    /// (<c>./scripts//old/../a.sql</c> is <c>scripts/a.sql</c>): a file has one name, and so one fingerprint, however its
    /// folder was typed (a <c>..</c> after a link is gone already: <see cref="FileLinks.AsTheShellReadsIt"/>).
    /// </summary>
    private static string Tidy(string path)
    {
        var rooted = path.StartsWith('/');
        var segments = new List<string>();
        foreach (var segment in path.Split('/'))
        {
            if (segment is "" or ".")
                continue;
            if (segment == ".." && segments.Count > 0 && segments[^1] != "..")
                segments.RemoveAt(segments.Count - 1);
            else if (!(segment == ".." && rooted && segments.Count == 0))
                segments.Add(segment);
        }
        var tidy = (rooted ? "/" : "") + string.Join('/', segments);
        return tidy.Length == 0 ? "." : tidy;
    }

    /// <summary>
    /// The file a path names, every link on the way followed (the file's own, and a folder's above it): a script named
    /// twice, once through a link, is checked once.
    /// </summary>
    private static string Identity(string file)
    {
        var full = Path.GetFullPath(file);
        try
        {
            return FileLinks.RealPath(full);
        }
        catch (IOException)
        {
            return full;
        }
    }
}
