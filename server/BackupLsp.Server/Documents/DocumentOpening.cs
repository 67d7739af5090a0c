namespace BackupLsp.Server.Documents;

/// <summary>One opening of a document, from its didOpen to its didClose, which all its versions share.</summary>
/// <param name="languageId">The language the client gave the document in its didOpen.</param>
public sealed class DocumentOpening(string? languageId = null)
{
    /// <summary>
    /// Whether the client says the document is JSON: never a script, whatever the client sends (a client whose selector
    /// takes JSON, to show a catalog's error in its file, sends every other JSON file too).
    /// </summary>
    public bool IsJson { get; } = languageId is "json" or "jsonc";

    /// <summary>
    /// Characters from which a document's first diagnostics are followed by a full collection (the server's
    /// <see cref="LanguageServerOptions.AfterLargeOpen"/>) once they are written: what the analysis of a large script keeps
    /// (about 12 MB for 10,000 statements) moves to the old generation in one pause of about 15 ms while the person reads
    /// the diagnostics, rather than in collections among the first keystrokes and completions (a gen0 of 10–15 ms promoting
    /// 3 MB, a gen1 of up to 25 ms promoting 6–7 MB).
    /// </summary>
    public const int LargeText = 1 << 18;

    private int _collectionClaimed;

    /// <summary>
    /// Whether the diagnostics of <paramref name="snapshot"/> are to be followed by that collection: true once per opening,
    /// for the first diagnostics made while the document is large.
    /// </summary>
    public static bool CollectsAfter(DocumentSnapshot snapshot) =>
        snapshot.Text.Length >= LargeText && Interlocked.Exchange(ref snapshot.Opening._collectionClaimed, 1) == 0;
}
