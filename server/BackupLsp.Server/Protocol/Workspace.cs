using System.Text.Json;
using System.Text.Json.Serialization;

namespace BackupLsp.Server.Protocol;

public sealed record ConfigurationParams(ConfigurationItem[] Items);

public sealed record ConfigurationItem(string? ScopeUri, string Section);

public sealed record DidChangeConfigurationParams(JsonElement? Settings);

public sealed record RegistrationParams(Registration[] Registrations);

public sealed record Registration(string Id, string Method, RegistrationOptions RegisterOptions);

public sealed record UnregistrationParams(Unregistration[] Unregisterations);

public sealed record Unregistration(string Id, string Method);

/// <summary>
/// The options of the registrations the server makes, in one record (its null fields are left out): the watchers of
/// <c>workspace/didChangeWatchedFiles</c>, the section of <c>workspace/didChangeConfiguration</c>.
/// </summary>
public sealed record RegistrationOptions(FileSystemWatcher[]? Watchers = null, string? Section = null);

/// <param name="GlobPattern">A glob string, or a <see cref="RelativePattern"/> (LSP 3.17) for a folder outside the workspace.</param>
public sealed record FileSystemWatcher(JsonElement GlobPattern);

/// <summary>A pattern matched in <see cref="BaseUri"/>: a client watches files outside its workspace folders only through one.</summary>
public sealed record RelativePattern(string BaseUri, string Pattern);

public sealed record DidChangeWatchedFilesParams(FileEvent[] Changes);

public sealed record FileEvent(string Uri, int Type);

public sealed record DidChangeWorkspaceFoldersParams(WorkspaceFoldersChangeEvent? Event);

public sealed record WorkspaceFoldersChangeEvent(WorkspaceFolder[]? Added, WorkspaceFolder[]? Removed);

public sealed record ShowMessageParams(int Type, string Message);

public sealed record LogMessageParams(int Type, string Message);

public static class MessageType
{
    public const int Error = 1;
    public const int Warning = 2;
    public const int Info = 3;
}

/// <summary>
/// The <c>starrocksBackup/status</c> notification: what the status bar shows. Each catalog file in use, for the status
/// bar to show the one of the active editor's folder.
/// </summary>
public sealed record StatusParams(CatalogFileStatus[] Catalogs);

/// <summary>
/// A catalog file in use: the catalog read from it (null: none, the file missing or never read whole), and its error.
/// The fields are always sent, null included.
/// </summary>
public sealed record CatalogFileStatus(
    string Path,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] CatalogStatus? Catalog,
    [property: JsonIgnore(Condition = JsonIgnoreCondition.Never)] string? CatalogError);

public sealed record CatalogStatus(string Path, int Repositories, int Databases, int Tables);

/// <summary>A message the transport could not deliver as sent, and the JSON-RPC error it gets (see MessageSanitizer).</summary>
public sealed record MalformedMessageParams(string Reason, int Code);
