using System.Collections.Immutable;
using BackupLsp.Language.Features;
using BackupLsp.Language.Text;
using BackupLsp.Server.Hosting;

namespace BackupLsp.Server.Files;

/// <summary>A statement's outline entry in a script on disk, with its place in lines and UTF-16 columns.</summary>
public sealed record ScriptSymbol(StatementSymbol Symbol, LinePositionSpan Range);

/// <summary>
/// The outlines of the <c>.sql</c> scripts in the workspace folders, for symbol search across scripts that are not open:
/// made the first time a script is asked for and kept until its file changes (<see cref="WorkspaceScriptFiles{T}"/>).
/// </summary>
/// <param name="maxScripts">Scripts read per search at the most (<see cref="MaxScripts"/>).</param>
/// <param name="maxFolders">Folders listed per workspace folder at the most (<see cref="MaxFolders"/>).</param>
/// <param name="listings">The folder listings kept between searches (new ones unless given).</param>
public sealed class WorkspaceScripts(ServerLog log, int maxScripts = WorkspaceScripts.MaxScripts, int maxFolders = WorkspaceScripts.MaxFolders,
    FolderListings? listings = null)
{
    /// <summary>Scripts read per search at the most: a folder such as a home directory must not take the server's time.</summary>
    public const int MaxScripts = 10_000;

    /// <summary>Larger files are not scripts someone keeps backups in, and would hold their outline for nothing.</summary>
    public const long MaxScriptBytes = 5 * 1024 * 1024;

    /// <summary>Folders listed per workspace folder at the most: a folder with few scripts and many folders is bounded too.</summary>
    public const int MaxFolders = 20_000;

    private readonly WorkspaceScriptFiles<ImmutableArray<ScriptSymbol>> _files = new(log, "workspace symbols", maxScripts, maxFolders, listings);

    /// <summary>
    /// Each script under <paramref name="folders"/> (once, also where folders nest), except those at <paramref name="skipped"/>
    /// paths, with its outline; in folder order, then by path.
    /// </summary>
    public IEnumerable<(string Path, ImmutableArray<ScriptSymbol> Symbols)> Outlines(IEnumerable<string> folders, IReadOnlySet<string> skipped,
        CancellationToken cancellationToken) =>
        _files.Walk(folders, skipped, (_, text) => OutlineOf(text), cancellationToken);

    private static ImmutableArray<ScriptSymbol> OutlineOf(string text)
    {
        var lines = LineIndex.Create(DocumentText.From(text));
        return [.. Symbols.OfScript(text).Select(symbol =>
            new ScriptSymbol(symbol, new LinePositionSpan(lines.GetPosition(symbol.Span.Start), lines.GetPosition(symbol.Span.End))))];
    }
}
