using BackupLsp.Language.Analysis;
using BackupLsp.Server.Files;
using BackupLsp.Server.Handlers.Diagnostics;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;

namespace BackupLsp.Server.Configuration;

/// <summary>
/// Tells the user what loading a catalog file found: a good load is logged; a failure is logged, shown when the file breaks
/// (not again while it stays broken, whatever the error: a file saved again as it is edited has its diagnostic), and
/// becomes a diagnostic at the error's line and column inside that file, pushed whether or not the file is open (clients
/// show it in their problem lists) until a good load or a drop clears it. It is pushed under the file's URI as the client
/// spelled it once the client has opened the file, but not while a client that pulls diagnostics has it open: that
/// client pulls it, and would show a push beside it twice.
/// </summary>
/// <param name="openDocumentOf">The URI of the client's open document that is a catalog file, by the catalog's path; null when none is open.</param>
/// <param name="clientPulls">Whether the client pulls the diagnostics of its open documents.</param>
public sealed class CatalogReporter(ClientConnection connection, ServerLog log, Func<string, string?> openDocumentOf, Func<bool> clientPulls)
{
    /// <summary>The diagnostics of each catalog file that fails to load, and the URI they are pushed under (null: none, the client pulls them).</summary>
    private readonly Dictionary<string, (Protocol.Diagnostic[] Diagnostics, string? PushedTo)> _fileDiagnostics = new(FileUris.PathComparer);

    /// <summary>Each catalog file's URI as the client spelled it when it last had the file open.</summary>
    private readonly Dictionary<string, string> _clientUris = new(FileUris.PathComparer);
    private readonly Dictionary<string, string> _shownErrors = new(FileUris.PathComparer);

    /// <summary>The default catalog files found missing and logged so, until one is read.</summary>
    private readonly HashSet<string> _toldMissing = new(FileUris.PathComparer);
    private List<CatalogSource>? _held;

    /// <summary>
    /// Keeps the messages of the reports from now on until <see cref="ShowHeld"/>: the catalogs initialize loaded may be
    /// replaced by the ones the client's settings name, and an error in a file no longer used is not the user's concern.
    /// </summary>
    public void HoldMessages() => _held ??= [];

    /// <summary>Shows the held messages of the catalogs still <paramref name="inUse"/> that still fail to load.</summary>
    public void ShowHeld(Func<CatalogSource, bool> inUse)
    {
        var held = _held ?? [];
        _held = null;
        foreach (var source in held.Distinct().Where(inUse))
            if (source.Error is { } error)
                Show(error);
    }

    public void Report(CatalogSource source, CatalogReload reload)
    {
        if (reload.Error is { } error)
        {
            var shown = _shownErrors.GetValueOrDefault(source.Path);
            if (shown != error)
            {
                log.Error($"catalog: {error}" + (source.Catalog is null ? "" : $" (still using the last good catalog from {source.Path})"));
                // Shown when the file breaks, not again at each save while it stays broken (its diagnostic follows the edits).
                if (_held is not null)
                    _held.Add(source);
                else if (shown is null)
                    Show(error);
            }
            _shownErrors[source.Path] = error;
        }
        else
        {
            // A broken file put back as it was is said to be good again, though the catalog in use does not change.
            var mended = _shownErrors.Remove(source.Path);
            if ((reload.CatalogChanged || mended) && source.Catalog is { } catalog)
                log.Info($"catalog: {source.Path}: {Counted(catalog.Repositories?.Count ?? 0, "repository", "repositories")}, {Counted(catalog.Databases?.Count ?? 0, "database", "databases")}, {Counted(catalog.TableCount, "table", "tables")}");
            // No catalog where one is looked for by default: said once, as `check` notes it, since nothing else shows it.
            if (source.Catalog is null && _toldMissing.Add(source.Path))
                log.Info($"catalog: no {source.Path}, so repositories, databases, tables, partitions and snapshots are not checked for existence (put one there, or name one with catalogPath: the starrocksBackup.catalogPath setting, or in initializationOptions)");
            else if (source.Catalog is not null)
                _toldMissing.Remove(source.Path);
        }
        PublishFileDiagnostics(source);
    }

    private void Show(string error) =>
        _ = connection.NotifyAsync("window/showMessage", new ShowMessageParams(MessageType.Error, $"StarRocks catalog: {error}"));

    /// <summary>A catalog no longer used keeps no diagnostic in the client.</summary>
    public void Forget(CatalogSource source)
    {
        _shownErrors.Remove(source.Path);
        if (_fileDiagnostics.Remove(source.Path, out var shown) && shown.PushedTo is { } uri)
            Publish(uri, []);
    }

    /// <summary>The diagnostics of a catalog file, for a client that pulls them: they agree with those pushed.</summary>
    public Protocol.Diagnostic[] DiagnosticsOf(string path) => _fileDiagnostics.GetValueOrDefault(path).Diagnostics ?? [];

    /// <summary>Moves each catalog file's diagnostics to where the client should see them now that a document opened or closed.</summary>
    public void ShowWhereSeen()
    {
        foreach (var (path, (diagnostics, pushedTo)) in _fileDiagnostics.ToList())
            if (PushTarget(path) != pushedTo)
                Show(path, diagnostics);
    }

    private void PublishFileDiagnostics(CatalogSource source)
    {
        if (source.FileError is not { } error)
        {
            Forget(source);
            return;
        }
        var position = new Position(Math.Max(error.Line - 1, 0), Math.Max(error.Column - 1, 0));
        var message = error.JsonPath is null ? error.Message : $"{error.Message} (at {error.JsonPath})";
        Show(source.Path, [new(new Protocol.Range(position, position), (int)DiagnosticSeverity.Error, "catalog", DiagnosticsReport.Source, message)]);
    }

    /// <summary>Pushes a catalog file's diagnostics where the client should see them, and clears them where they were pushed before.</summary>
    private void Show(string path, Protocol.Diagnostic[] diagnostics)
    {
        var target = PushTarget(path);
        if (_fileDiagnostics.GetValueOrDefault(path).PushedTo is { } pushedTo && pushedTo != target)
            Publish(pushedTo, []);
        _fileDiagnostics[path] = (diagnostics, target);
        if (target is not null)
            Publish(target, diagnostics);
    }

    /// <summary>
    /// The URI of the catalog file's open document (null while a client that pulls has it open), else the one the client
    /// last opened it under, else the server's own.
    /// </summary>
    private string? PushTarget(string path)
    {
        if (openDocumentOf(path) is { } open)
        {
            _clientUris[path] = open;
            return clientPulls() ? null : open;
        }
        return _clientUris.GetValueOrDefault(path) ?? FileUris.FromPath(path);
    }

    private void Publish(string uri, Protocol.Diagnostic[] diagnostics) =>
        _ = connection.NotifyAsync("textDocument/publishDiagnostics", new PublishDiagnosticsParams(uri, null, DiagnosticList.Of(diagnostics)));

    private static string Counted(int count, string one, string many) => $"{count} {(count == 1 ? one : many)}";
}
