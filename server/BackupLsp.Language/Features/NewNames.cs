using BackupLsp.Language.Analysis;
using BackupLsp.Language.Rules;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Features;

/// <summary>The name a rename is asked to write: read as SQL would, and refused when it cannot be written or StarRocks would reject it.</summary>
internal static class NewNames
{
    /// <summary>A name typed in backticks is the name inside them: the edits add backticks where a mention needs them.</summary>
    public static string Read(string typed) =>
        typed.Length >= 2 && typed[0] == '`' && typed[^1] == '`' ? Unquote.Backtick(typed) : typed;

    public static string? Refusal(NamedObjectKind kind, string name, AnalysisOptions options)
    {
        if (name.Length == 0)
            return "The new name is empty.";
        // StarRocks drops a doubled backtick, so no name with a backtick can be written; quotes and backslashes would need
        // escapes in the WHERE strings that name snapshots. Those are refused rather than written half right.
        if (name.Any(c => c is '`' or '\'' or '"' or '\\' || char.IsControl(c)))
            return $"The new name {Rename.Mentioned(kind, name)} has a backtick, quote, backslash or control character, which a name cannot be written with here.";
        // CatalogAnalyzer's visitCreateCatalogStatement: FeNameFormat.checkCatalogName takes COMMON_NAME_REGEX, a repository's
        // pattern, and the internal catalog's name is refused.
        if (kind == NamedObjectKind.Catalog && SessionEffect.IsDefaultCatalog(name))
            return $"{MessageNames.Object(name)} is the cluster's own catalog: StarRocks refuses it as an external catalog's name.";
        if (kind == NamedObjectKind.Catalog && !RepositoryRules.ValidRepositoryName().IsMatch(name))
            return $"StarRocks refuses {MessageNames.Object(name)} as a catalog name: a letter, or `_` and a letter or digit, then up to 63 ASCII letters, digits or `_`.";
        if (kind == NamedObjectKind.Repository && !RepositoryRules.ValidRepositoryName().IsMatch(name))
            return $"{Rename.Mentioned(kind, name)} is not a valid repository name: start with a letter (or `_` and a letter or digit), then up to 63 letters, digits or `_`.";
        // As SRB113 reads a BACKUP's or CANCEL's database: the rename would make the statements naming it fail.
        if (kind == NamedObjectKind.Database && NameRules.RefusesDatabaseName(name, options.Version))
            return $"StarRocks{(options.Version is { } configured ? $" {configured} (the configured version)" : "")} refuses {MessageNames.Object(name)} as a database name: a letter, or `_` and a letter or digit, then up to 255 ASCII letters, digits or `_`{(options.Version < new StarRocksVersion(3, 3) ? "" : " (or - ~ ! @ # $ % ^ & < > = +)")}.";
        // As the CREATE TABLE, ADD PARTITION or RENAME PARTITION the rename writes it into would be refused.
        if (kind is NamedObjectKind.Partition or NamedObjectKind.TemporaryPartition && NameRules.RefusesPartitionName(name))
            return $"StarRocks refuses {MessageNames.Object(name)} as a {(kind == NamedObjectKind.Partition ? "partition" : "temporary partition")} name: a letter, or `_` and a letter or digit, "
                + "then up to 63 ASCII letters, digits or `_`, and not starting with `placeholder_`.";
        if (kind == NamedObjectKind.Function && NameRules.FunctionNameRefusal(name.ToLowerInvariant()) is { } function)
            return $"StarRocks refuses {MessageNames.Object(name)} as a function name ({function}).";
        if (kind == NamedObjectKind.Table && name.Length > NameRules.MaxTableNameLength)
            return $"StarRocks refuses a table name over {NameRules.MaxTableNameLength:N0} characters; this one has {name.Length:N0}.";
        if (kind == NamedObjectKind.Snapshot && options.Version is { Major: < 3 } version && !NameRules.PortableSnapshotName().IsMatch(name))
            return $"StarRocks {version.Major}.{version.Minor} accepts only letters, digits, `_` and `-` (at most 128) in a snapshot name, not {MessageNames.Snapshot(name)}.";
        return null;
    }
}
