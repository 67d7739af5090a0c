using BackupLsp.Language.Analysis;
using BackupLsp.Language.Text;

namespace BackupLsp.Server.Documents;

/// <summary>
/// One version of an open document under one analysis context. Immutable; its analysis is computed at most once,
/// on first use, by whichever request or diagnostics run needs it first; the others wait for it, asynchronously where
/// they can (<see cref="AnalysedAsync"/>). That analysis is not cancelled when the snapshot goes stale: its
/// per-statement results are cached, so they make the next version's analysis cheap.
/// </summary>
public sealed class DocumentSnapshot
{
    private static long _lastId;

    private readonly DocumentAnalyzer _analyzer;
    private readonly TaskCompletionSource<DocumentAnalysis> _analysis = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _analysisStarted;
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
    }

    public string Uri { get; }

    public int Version { get; }

    public DocumentText Text { get; }

    public AnalysisContext Context { get; }

    /// <summary>Unique across snapshots: a new text or a new context gives a new id (used as the pull diagnostics result id).</summary>
    public long Id { get; }

    /// <summary>The analysis: computed on this thread if none has started it, else waited for (a failure is rethrown).</summary>
    public DocumentAnalysis Analysis
    {
        get
        {
            StartAnalysis();
            return _analysis.Task.GetAwaiter().GetResult();
        }
    }

    /// <summary>
    /// Completes once the analysis is done, failed or not, without holding a thread while another request computes it (a
    /// large script's takes every processor: threads blocked on it would leave none for the server's other messages).
    /// If none has started it, it is computed first: on this thread when <paramref name="computeOnThisThread"/> (a thread
    /// pool thread that has nothing else to do), else on the thread pool.
    /// </summary>
    public Task AnalysedAsync(bool computeOnThisThread = false)
    {
        if (_analysis.Task.IsCompleted)
            return Task.CompletedTask;
        if (Volatile.Read(ref _analysisStarted) == 0)
        {
            if (!computeOnThisThread)
                _ = Task.Run(() => StartAnalysis());
            else if (StartAnalysis())
                return Task.CompletedTask;
        }
        return _analysis.Task.ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
    }

    /// <returns>Whether this call computed the analysis (false: another had started it).</returns>
    private bool StartAnalysis()
    {
        if (Interlocked.Exchange(ref _analysisStarted, 1) != 0)
            return false;
        try
        {
            _analysis.SetResult(_analyzer.Analyze(Text, Context, _previous, CancellationToken.None));
            _previous = null;
        }
        catch (Exception e)
        {
            _analysis.SetException(e);
        }
        return true;
    }

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
    private (LineIndex Lines, ChangedRegion? Since)? LinesToHandOn => _analysis.Task.IsCompletedSuccessfully ? (_analysis.Task.Result.Lines, null) : _earlierLines;

    public DocumentSnapshot WithText(int version, DocumentText text, (LineIndex Lines, ChangedRegion? Since)? earlierLines = null) =>
        new(Uri, version, text, Context, _analyzer, KnownAnalysis, earlierLines, Opening);

    public DocumentSnapshot WithContext(AnalysisContext context) =>
        new(Uri, Version, Text, context, _analyzer, KnownAnalysis, LinesToHandOn, Opening);

    /// <summary>The newest analysis this snapshot knows, without making one: its own once computed, else the one it would start from.</summary>
    internal DocumentAnalysis? KnownAnalysis => _analysis.Task.IsCompletedSuccessfully ? _analysis.Task.Result : _previous;
}
