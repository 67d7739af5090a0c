using BackupLsp.Language.Catalog;
using BackupLsp.Language.Rules;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Features;

/// <summary>Whole-statement snippets; their placeholders show the catalog's names when there is one.</summary>
internal static class CompletionTemplates
{
    public sealed record Template(string Label, string Snippet);

    public static Template? For(StatementHeads.Head head, StarRocksCatalog? catalog)
    {
        if (head.Words is not [_] and not ["CREATE", "REPOSITORY"])
            return null;
        var database = Placeholder(catalog?.DefaultDatabase ?? "db");
        return head.Kind switch
        {
            StatementKind.Backup => new("BACKUP SNAPSHOT … TO …",
                $"BACKUP SNAPSHOT ${{1:{database}}}.${{2:snapshot_name}}\nTO ${{3:{Placeholder(WritableRepository(catalog) ?? "repository")}}}\nON (${{4:table_name}})"),
            StatementKind.Restore => RestoreTemplate(catalog, database),
            _ => new("CREATE REPOSITORY … ON LOCATION …",
                "CREATE REPOSITORY ${1:repository_name}\nWITH BROKER\nON LOCATION \"${2:s3a://bucket/backup}\"\nPROPERTIES (\n"
                + "    \"aws.s3.access_key\" = \"$3\",\n    \"aws.s3.secret_key\" = \"$4\",\n    \"aws.s3.endpoint\" = \"$5\"\n)"),
        };
    }

    private static Template RestoreTemplate(StarRocksCatalog? catalog, string database)
    {
        // The latest backup: restoring an old one by accepting the template as it stands would be a quiet mistake.
        var (repository, snapshot) = catalog?.Repositories?.Values
            .SelectMany(r => (r.Snapshots ?? []).Select(s => (r.Name, (SnapshotInfo?)s)))
            .OrderByDescending(s => s.Item2!.Timestamp, StringComparer.Ordinal)
            .FirstOrDefault() ?? default;
        return new("RESTORE SNAPSHOT … FROM …",
            $"RESTORE SNAPSHOT ${{1:{database}}}.${{2:{Placeholder(snapshot?.Name ?? "snapshot_name")}}}\n"
            + $"FROM ${{3:{Placeholder(repository ?? "repository")}}}\n"
            + $"PROPERTIES (\"{PropertyRules.BackupTimestamp}\" = \"${{4:{Placeholder(snapshot?.Timestamp ?? "timestamp", quoted: true)}}}\")");
    }

    private static string? WritableRepository(StarRocksCatalog? catalog) =>
        catalog?.Repositories?.Values.FirstOrDefault(r => !r.ReadOnly)?.Name;

    /// <summary>Placeholder text: SQL-quoted where a name needs it, then escaped for the snippet syntax.</summary>
    private static string Placeholder(string text, bool quoted = false) =>
        Snippets.Escape(quoted ? text : NameText.ToSql(text));
}
