using BackupLsp.Language.Analysis;
using BackupLsp.Language.Text;

namespace BackupLsp.Server.Hosting;

/// <summary>
/// One version of an open document under one analysis context. Immutable; its analysis is computed at most once,
/// on first use, by whichever request or diagnostics run needs it first. That analysis is not cancelled when the
/// snapshot goes stale: its per-statement results are cached, so they make the next version's analysis cheap.
/// </summary>
public sealed class DocumentSnapshot
{
    private static long _lastId;

    private readonly DocumentAnalyzer _analyzer;
    private readonly Lazy<DocumentAnalysis> _analysis;
    private readonly (LineIndex Lines, ChangedRegion? Since)? _earlierLines;
    private DocumentAnalysis? _previous;

    /// <param name="previous">The analysis of an earlier version, if one was computed: this one starts from it.</param>
    /// <param name="earlierLines">
    /// When applying the change that made <paramref name="text"/> needed a line index: that index and the change since it.
    /// </param>
    /// <param name="opening">The opening the earlier versions belong to; a new one when null (a didOpen).</param>
    public DocumentSnapshot(string uri, int version, DocumentText text, AnalysisContext context, DocumentAnalyzer analyzer,
        DocumentAnalysis? previous = null, (LineIndex Lines, ChangedRegion? Since)? earlierLines = null, DocumentOpening? opening = null)
    {
        Uri = uri;
        Opening = opening ?? new DocumentOpening();
        Version = version;
        Text = text;
        Context = context;
        Id = Interlocked.Increment(ref _lastId);
        _analyzer = analyzer;
        _previous = previous;
        _earlierLines = earlierLines;
        _analysis = new Lazy<DocumentAnalysis>(() =>
        {
            var analysis = analyzer.Analyze(text, context, _previous, CancellationToken.None);
            _previous = null;
            return analysis;
        });
    }

    public string Uri { get; }

    public int Version { get; }

    public DocumentText Text { get; }

    public AnalysisContext Context { get; }

    /// <summary>Unique across snapshots: a new text or a new context gives a new id (used as the pull diagnostics result id).</summary>
    public long Id { get; }

    public DocumentAnalysis Analysis => _analysis.Value;

    /// <summary>The didOpen this version comes from, shared by every version until the document is closed.</summary>
    public DocumentOpening Opening { get; }

    /// <summary>
    /// The line index of <see cref="Text"/> without a scan of the whole text: its analysis's (publishing its diagnostics
    /// makes one), or else the earlier index moved past the change that made this version (made on each call: the next
    /// change asks once). A burst of notifications before any analysis so moves one index from change to change.
    /// </summary>
    public LineIndex? KnownLines =>
        LinesToHandOn is var (lines, since) ? since is { } change ? LineIndex.Create(Text, lines, change) : lines : null;

    /// <summary>A line index and the change since it, without making one: the analysis's, or the one this version was handed.</summary>
    private (LineIndex Lines, ChangedRegion? Since)? LinesToHandOn => _analysis.IsValueCreated ? (_analysis.Value.Lines, null) : _earlierLines;

    public DocumentSnapshot WithText(int version, DocumentText text, (LineIndex Lines, ChangedRegion? Since)? earlierLines = null) =>
        new(Uri, version, text, Context, _analyzer, KnownAnalysis, earlierLines, Opening);

    public DocumentSnapshot WithContext(AnalysisContext context) =>
        new(Uri, Version, Text, context, _analyzer, KnownAnalysis, LinesToHandOn, Opening);

    /// <summary>The newest analysis this snapshot knows, without making one: its own once computed, else the one it would start from.</summary>
    internal DocumentAnalysis? KnownAnalysis => _analysis.IsValueCreated ? _analysis.Value : _previous;
}
