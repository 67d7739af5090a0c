using System.Collections.Immutable;
using BackupLsp.Server.Files;

namespace BackupLsp.Server.Configuration;

/// <summary>
/// The settings of each workspace folder (VS Code's resource-scoped values, from the folder's own settings) and the
/// unscoped ones: those of the documents outside every folder, and of a folder the client gave none of its own.
/// </summary>
public sealed record WorkspaceSettings(ServerSettings Unscoped, ImmutableDictionary<string, ServerSettings> ByFolder)
{
    /// <summary>The same settings for every folder, as a client that pushes them or cannot be asked per folder gives them.</summary>
    public static WorkspaceSettings Of(ServerSettings unscoped) => new(unscoped, ImmutableDictionary.Create<string, ServerSettings>(FileUris.PathComparer));

    /// <summary>The settings of a folder (null: outside every folder).</summary>
    public ServerSettings For(string? folder) => folder is not null && ByFolder.TryGetValue(folder, out var settings) ? settings : Unscoped;

    /// <summary>Only the folders' settings among <paramref name="folders"/>: a removed folder added again waits for its own.</summary>
    public WorkspaceSettings Within(ImmutableArray<string> folders) =>
        this with { ByFolder = ByFolder.RemoveRange(ByFolder.Keys.Except(folders, FileUris.PathComparer)) };
}
