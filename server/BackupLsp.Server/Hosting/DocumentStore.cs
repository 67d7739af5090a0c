using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Server.Protocol;

namespace BackupLsp.Server.Hosting;

/// <summary>
/// The open documents, as immutable snapshots. Written only from the ordered message context (so in arrival
/// order); read from anywhere, each reader seeing one consistent dictionary.
/// </summary>
public sealed class DocumentStore(DocumentAnalyzer analyzer)
{
    private ImmutableDictionary<string, DocumentSnapshot> _documents = ImmutableDictionary<string, DocumentSnapshot>.Empty;

    public AnalysisContext Context { get; private set; } = AnalysisContext.Default;

    public IEnumerable<DocumentSnapshot> All => Volatile.Read(ref _documents).Values;

    public DocumentSnapshot? Find(string uri) => Volatile.Read(ref _documents).GetValueOrDefault(uri);

    public DocumentSnapshot Open(TextDocumentItem item)
    {
        var snapshot = new DocumentSnapshot(item.Uri, item.Version, item.Text ?? "", Context, analyzer);
        Volatile.Write(ref _documents, _documents.SetItem(item.Uri, snapshot));
        return snapshot;
    }

    /// <summary>The new snapshot, or null when the document is not open.</summary>
    public DocumentSnapshot? Change(VersionedTextDocumentIdentifier document, IEnumerable<TextDocumentContentChangeEvent> changes)
    {
        if (Find(document.Uri) is not { } current)
            return null;
        var snapshot = current.WithText(document.Version, TextChanges.Apply(current.Text, changes));
        Volatile.Write(ref _documents, _documents.SetItem(document.Uri, snapshot));
        return snapshot;
    }

    public bool Close(string uri)
    {
        var open = _documents.ContainsKey(uri);
        Volatile.Write(ref _documents, _documents.Remove(uri));
        return open;
    }

    /// <summary>Moves every document to <paramref name="context"/>; returns the new snapshots.</summary>
    public ImmutableArray<DocumentSnapshot> SetContext(AnalysisContext context)
    {
        Context = context;
        var moved = _documents.Values.Select(d => d.WithContext(context)).ToImmutableArray();
        Volatile.Write(ref _documents, moved.ToImmutableDictionary(d => d.Uri));
        return moved;
    }
}
