using System.Text.RegularExpressions;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Facts;
using BackupLsp.Language.Rules;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Features;

/// <summary>Whole-statement snippets; their placeholders show the catalog's names when there is one.</summary>
internal static partial class CompletionTemplates
{
    public sealed record Template(string Label, string Snippet);

    /// <summary>The statement's template; its keywords in lower case after a lower-case start, as the heads are.</summary>
    public static Template? For(StatementHeads.Head head, StarRocksCatalog? catalog, StarRocksVersion? version, bool lowerCase)
    {
        if (head.Words is not [_] and not ["CREATE", "REPOSITORY"])
            return null;
        var database = Placeholder(catalog?.BackupDatabase ?? "db", version);
        var template = head.Kind switch
        {
            StatementKind.Backup => new("BACKUP SNAPSHOT … TO …",
                $"BACKUP SNAPSHOT ${{1:{database}}}.${{2:snapshot_name}}\nTO ${{3:{Placeholder(WritableRepository(catalog) ?? "repository", version)}}}\nON (${{4:{Placeholder(TableToBackUp(catalog) ?? "table_name", version)}}})"),
            StatementKind.Restore => RestoreTemplate(catalog, database, version),
            _ => new("CREATE REPOSITORY … ON LOCATION …",
                "CREATE REPOSITORY ${1:repository_name}\nWITH BROKER\nON LOCATION \"${2:s3a://bucket/backup}\"\nPROPERTIES (\n"
                + "    \"aws.s3.access_key\" = \"$3\",\n    \"aws.s3.secret_key\" = \"$4\",\n    \"aws.s3.endpoint\" = \"$5\"\n)"),
        };
        return lowerCase ? InLowerCase(template) : template;
    }

    /// <summary>The template with its keywords (the upper-case words outside placeholders and quotes) in lower case.</summary>
    private static Template InLowerCase(Template template) =>
        new(template.Label.ToLowerInvariant(), KeywordPattern().Replace(template.Snippet, m => m.Value.ToLowerInvariant()));

    /// <summary>A run of upper-case letters that begins a line or follows a space, outside a placeholder or a quoted text.</summary>
    [GeneratedRegex(@"(?<=^|[\s])[A-Z]+\b(?![^{]*})(?=(?:[^""]*""[^""]*"")*[^""]*$)", RegexOptions.Multiline)]
    private static partial Regex KeywordPattern();

    private static Template RestoreTemplate(StarRocksCatalog? catalog, string database, StarRocksVersion? version)
    {
        // The latest backup: restoring an old one by accepting the template as it stands would be a quiet mistake.
        var (repository, snapshot) = CompletionNames.StatementRepositories(catalog, null)
            .SelectMany(r => (r.Snapshots ?? []).Select(s => (Repository: (string?)r.Name, Snapshot: (SnapshotInfo?)s)))
            .OrderByDescending(s => s.Snapshot!.Timestamp, StringComparer.Ordinal)
            .FirstOrDefault();
        return new("RESTORE SNAPSHOT … FROM …",
            $"RESTORE SNAPSHOT ${{1:{database}}}.${{2:{Placeholder(snapshot?.Name ?? "snapshot_name", version)}}}\n"
            + $"FROM ${{3:{Placeholder(repository ?? "repository", version)}}}\n"
            + $"PROPERTIES (\"{PropertyKeys.BackupTimestamp}\" = \"${{4:{Placeholder(snapshot?.Timestamp ?? "timestamp", version, quoted: true)}}}\")");
    }

    /// <summary>The session database's first table a BACKUP can take: StarRocks refuses one with temporary partitions.</summary>
    private static string? TableToBackUp(StarRocksCatalog? catalog) =>
        catalog?.BackupDatabase is { } name && catalog.FindDatabase(name)?.Tables is { } tables
            ? NameOrder.Values(tables).FirstOrDefault(table => !table.HasTemporaryPartitions)?.Name
            : null;

    private static string? WritableRepository(StarRocksCatalog? catalog) =>
        CompletionNames.StatementRepositories(catalog, null).FirstOrDefault(r => !r.ReadOnly)?.Name;

    /// <summary>Placeholder text: SQL-quoted where a name needs it, then escaped for the snippet syntax.</summary>
    private static string Placeholder(string text, StarRocksVersion? version, bool quoted = false) =>
        Snippets.Escape(quoted ? text : NameText.ToSql(text, version));
}
