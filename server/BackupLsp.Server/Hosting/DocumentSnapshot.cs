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
    private readonly LineIndex? _lines;
    private DocumentAnalysis? _previous;

    /// <param name="previous">The analysis of an earlier version, if one was computed: this one starts from it.</param>
    /// <param name="lines">The line index of <paramref name="text"/>, if applying the change that made it made one.</param>
    public DocumentSnapshot(string uri, int version, DocumentText text, AnalysisContext context, DocumentAnalyzer analyzer,
        DocumentAnalysis? previous = null, LineIndex? lines = null)
    {
        Uri = uri;
        Version = version;
        Text = text;
        Context = context;
        Id = Interlocked.Increment(ref _lastId);
        _analyzer = analyzer;
        _previous = previous;
        _lines = lines;
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

    /// <summary>
    /// The line index of <see cref="Text"/> when one was made: by the change that made this version, or by its analysis
    /// (publishing its diagnostics makes one).
    /// </summary>
    public LineIndex? KnownLines => _lines ?? (_analysis.IsValueCreated ? _analysis.Value.Lines : null);

    public DocumentSnapshot WithText(int version, DocumentText text, LineIndex? lines = null) =>
        new(Uri, version, text, Context, _analyzer, AnalysisIfComputed, lines);

    public DocumentSnapshot WithContext(AnalysisContext context) => new(Uri, Version, Text, context, _analyzer, AnalysisIfComputed, _lines);

    /// <summary>The newest analysis this snapshot knows: its own once computed, else the one it would start from.</summary>
    private DocumentAnalysis? AnalysisIfComputed => _analysis.IsValueCreated ? _analysis.Value : _previous;
}
