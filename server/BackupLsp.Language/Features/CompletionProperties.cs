using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Facts;
using BackupLsp.Language.Rules;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Features;

/// <summary>
/// Property keys inside <c>PROPERTIES (...)</c> and the values of the keys that have a known set of them; not a key newer
/// than the configured version (marked with its release when none is set).
/// </summary>
internal static class CompletionProperties
{
    public static void Add(CompletionList list, ParserPosition position, AnalysisContext session)
    {
        var catalog = session.Catalog;
        var version = session.Options.Version;
        var tokens = list.Cursor.Tokens;
        var properties = tokens.IndexOfWord("PROPERTIES");
        if (properties < 0 || properties >= tokens.Split)
            return;
        // Right after PROPERTIES: the list opened with each key (the required one first).
        if (properties == tokens.Split - 1 && !list.Cursor.InString && !tokens.IsKind(tokens.Split, TokenKind.LParen))
            Keys(list, position.Kind, version, opening: true);
        else if (position.Expects(Expectations.PropertyKey))
            Keys(list, position.Kind, version);
        else if (position.Expects(Expectations.PropertyValue) && StatementClues.PropertyKeyBeforeValue(tokens, version) is { } key)
            Values(list, position.Kind, key, catalog, version);
    }

    /// <param name="opening">Whether the key opens the list: its parentheses come with it.</param>
    private static void Keys(CompletionList list, StatementKind kind, StarRocksVersion? version, bool opening = false)
    {
        var tokens = list.Cursor.Tokens;
        var present = StatementClues.PresentPropertyKeys(tokens, version).ToHashSet(StringComparer.Ordinal);
        // Before an `=` that is already there, only the key is missing; before another property, the new one's comma is.
        var keyOnly = tokens.IsKind(tokens.Split, TokenKind.Equals);
        var comma = !list.Cursor.InString && tokens.IsKind(tokens.Split, TokenKind.String) && tokens.IsKind(tokens.Split + 1, TokenKind.Equals) ? ", " : "";
        var facts = kind == StatementKind.CreateRepository
            ? LanguageFacts.StoragePropertiesFor(StatementClues.Location(tokens)) : LanguageFacts.PropertiesOf(kind);
        foreach (var fact in facts)
        {
            if (present.Contains(fact.Key) || version < fact.Since)
                continue;
            var detail = fact.Required ? "required"
                : fact.Default is { } value ? $"default {value.Replace("`", "")}"
                : kind == StatementKind.CreateRepository ? "storage property" : "property";
            if (fact.Since is { } since)
                detail += $", StarRocks {since}+";
            if (list.Quoted(fact.Key) is not { } quoted)
                return;
            // The value in the quote the key was typed in.
            var quote = list.Cursor.Quote;
            // The cursor lands in the value: its values, where it has some, are the next list.
            var valuesFollow = fact.Values.Count > 0 || LanguageFacts.TakesTimestamps(kind, fact.Key);
            if (opening)
                list.Add($"({quoted} = …)", CompletionEntryKind.Property, detail, () => HoverTopics.Property(fact, kind),
                    $"({quoted} = {quote}$1{quote}$0)", isSnippet: true, listFollows: valuesFollow);
            else
                list.Add(fact.Key, CompletionEntryKind.Property, detail, () => HoverTopics.Property(fact, kind),
                    keyOnly ? quoted : $"{quoted} = {quote}$1{quote}{comma}", isSnippet: !keyOnly, listFollows: !keyOnly && valuesFollow);
        }
    }

    private static void Values(CompletionList list, StatementKind kind, string key, StarRocksCatalog? catalog, StarRocksVersion? version)
    {
        if (LanguageFacts.TakesTimestamps(kind, key))
        {
            Timestamps(list, catalog);
            return;
        }
        if (LanguageFacts.Property(kind, key, version) is not { } fact)
            return;
        // The values are read in any case: they follow the case of what is typed, as keywords do (a client that filters
        // by case, Neovim's, would otherwise hide "FULL" from "f").
        var typed = list.Cursor.Typed.TrimStart('"', '\'');
        foreach (var value in fact.Values)
        {
            var written = Keywords.InCaseOf(typed, value);
            list.Add(written, CompletionEntryKind.Value, fact.Default?.Trim('`') == value ? $"{MessageNames.Quoted(key)}, the default" : MessageNames.Quoted(key),
                () => HoverTopics.Property(fact, kind), list.Quoted(written));
        }
    }

    /// <summary>
    /// The timestamps of the snapshot being restored, or of every snapshot of the repository before one is named; the latest
    /// first (the timestamps sort as text). None for a snapshot the repository does not hold: another's would only be wrong.
    /// </summary>
    private static void Timestamps(CompletionList list, StarRocksCatalog? catalog)
    {
        var tokens = list.Cursor.Tokens;
        var repositoryName = StatementClues.Repository(tokens, StatementKind.Restore);
        var snapshotName = StatementClues.SnapshotName(tokens);
        var snapshots = CompletionNames.StatementRepositories(catalog, repositoryName)
            .SelectMany(r => (r.Snapshots ?? []).Select(s => (Repository: r.Name, Snapshot: s)))
            .Where(s => s.Snapshot.Timestamp is not null)
            .OrderByDescending(s => s.Snapshot.Timestamp, StringComparer.Ordinal)
            .ToList();
        foreach (var (repository, snapshot) in snapshotName is null ? snapshots : snapshots.Where(s => s.Snapshot.Name == snapshotName))
            list.Add(snapshot.Timestamp!, CompletionEntryKind.Value, $"{MessageNames.Snapshot(snapshot.Name)} in {MessageNames.Repository(repository)}",
                () => HoverTopics.Snapshot(snapshot.Name, StatementKind.Restore, repository, catalog), list.Quoted(snapshot.Timestamp!));
    }
}
