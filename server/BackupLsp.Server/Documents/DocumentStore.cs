using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Text;
using BackupLsp.Server.Protocol;

namespace BackupLsp.Server.Documents;

/// <summary>
/// The open documents, as immutable snapshots. Written only from the ordered message context (so in arrival
/// order); read from anywhere, each reader seeing one consistent dictionary.
/// </summary>
/// <param name="contextOf">The analysis context a document with this URI gets now.</param>
/// <param name="messageQueue">The ordered context the client's messages are handled on.</param>
public sealed class DocumentStore(DocumentAnalyzer analyzer, Func<string, AnalysisContext> contextOf, SynchronizationContext messageQueue)
{
    private ImmutableDictionary<string, DocumentSnapshot> _documents = ImmutableDictionary<string, DocumentSnapshot>.Empty;

    public IEnumerable<DocumentSnapshot> All => Volatile.Read(ref _documents).Values;

    public DocumentSnapshot? Find(string uri) => Volatile.Read(ref _documents).GetValueOrDefault(uri);

    public DocumentSnapshot Open(TextDocumentItem item)
    {
        var snapshot = new DocumentSnapshot(item.Uri, item.Version, DocumentText.From(item.Text ?? ""), contextOf(item.Uri), analyzer,
            opening: new DocumentOpening(item.LanguageId));
        Volatile.Write(ref _documents, _documents.SetItem(item.Uri, snapshot));
        return snapshot;
    }

    /// <summary>The new snapshot, or null when the document is not open.</summary>
    public DocumentSnapshot? Change(VersionedTextDocumentIdentifier document, IEnumerable<TextDocumentContentChangeEvent> changes)
    {
        if (Find(document.Uri) is not { } current)
            return null;
        var (text, lines, since) = TextChanges.Apply(current.Text, changes, current.KnownLines);
        var snapshot = current.WithText(document.Version, text, lines is null ? null : (lines, since));
        Volatile.Write(ref _documents, _documents.SetItem(document.Uri, snapshot));
        return snapshot;
    }

    /// <summary>
    /// Closes the document and lets its statements go, but for those an open document still has; posts a full
    /// collection to the message queue when the document was large: after the close has been handled (its
    /// diagnostics and highlighting let go too), its text and parses are collected and the memory handed back to the
    /// system, which in an editor left idle nothing else would make the collector do.
    /// </summary>
    public bool Close(string uri)
    {
        if (Find(uri) is not { } closed)
            return false;
        if (closed.Text.Length >= LargeText)
            messageQueue.Post(static _ => GC.Collect(GC.MaxGeneration, GCCollectionMode.Aggressive, blocking: true, compacting: true), null);
        Volatile.Write(ref _documents, _documents.Remove(uri));
        analyzer.KeepOnly(_documents.Values.Select(document => document.KnownAnalysis).OfType<DocumentAnalysis>());
        return true;
    }

    /// <summary>Characters from which a closed document's memory is collected at once (1 Mi: a 2 MB string).</summary>
    private const int LargeText = 1 << 20;

    /// <summary>
    /// Moves each document whose context is no longer the one it would get now to that context; returns the moved
    /// snapshots. Contexts compare by identity: a replaced context means a changed catalog or options.
    /// </summary>
    public ImmutableArray<DocumentSnapshot> UpdateContexts()
    {
        var moved = _documents.Values
            .Select(document => (Document: document, Context: contextOf(document.Uri)))
            .Where(pair => !ReferenceEquals(pair.Document.Context, pair.Context))
            .Select(pair => pair.Document.WithContext(pair.Context))
            .ToImmutableArray();
        Volatile.Write(ref _documents, _documents.SetItems(moved.Select(d => KeyValuePair.Create(d.Uri, d))));
        return moved;
    }
}
