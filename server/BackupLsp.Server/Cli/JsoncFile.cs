using System.Text;
using System.Text.Json;
using BackupLsp.Language.Text;

namespace BackupLsp.Server.Cli;

/// <summary>A file VS Code writes as JSONC, with comments and trailing commas: a folder's settings file, a workspace file.</summary>
internal static class JsoncFile
{
    private static readonly JsonDocumentOptions Jsonc = new() { CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    private const long MaxBytes = 4 * 1024 * 1024;

    /// <summary>
    /// The file's document; none for an empty file, which VS Code takes for an empty one. Or why it cannot be read: not JSON
    /// (with the line where it breaks off), a folder, too large, or a file the user may not read.
    /// </summary>
    /// <param name="kind">What the file is, as a message names it: "settings file".</param>
    public static async Task<(JsonDocument? Document, CheckProblem? Problem)> ReadAsync(string path, string shown, string kind)
    {
        if (Directory.Exists(path))
            return (null, new CheckProblem($"{shown}: it is a folder, not a {kind}", shown));
        try
        {
            // Bounded: such a file is kilobytes, and a link to a device such as /dev/zero would never end.
            if (await Task.Run(() => BoundedFile.ReadAllBytes(path, MaxBytes)) is not { } bytes)
                return (null, new CheckProblem($"{shown}: over {MaxBytes / (1024 * 1024)} MiB, too large for a {kind}", shown));
            var text = Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');
            return string.IsNullOrWhiteSpace(text) ? (null, null) : (JsonDocument.Parse(text, Jsonc), null);
        }
        catch (JsonException e)
        {
            return (null, new CheckProblem($"{shown}: {e.Message}", shown, e.LineNumber is { } line ? (int)line + 1 : null));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return (null, new CheckProblem($"{shown}: {e.Message}", shown));
        }
    }
}
