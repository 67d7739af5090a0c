using System.Text.RegularExpressions;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Rules;

/// <summary>CREATE REPOSITORY and SHOW SNAPSHOT.</summary>
public static partial class RepositoryRules
{
    public static readonly RuleDescriptor InvalidRepositoryName = new("SRB400", "invalid-repository-name", DiagnosticSeverity.Error,
        "A repository name StarRocks rejects: a letter then up to 63 letters, digits or `_` (or `_` then a letter or digit).");
    public static readonly RuleDescriptor EmptyLocation = new("SRB401", "empty-location", DiagnosticSeverity.Error,
        "`ON LOCATION \"\"`: the location must not be empty.");
    public static readonly RuleDescriptor MissingWithBroker = new("SRB402", "missing-with-broker", DiagnosticSeverity.Error,
        "CREATE REPOSITORY without `WITH BROKER` (mandatory even without a broker name).");
    public static readonly RuleDescriptor MisspelledStorageProperty = new("SRB403", "misspelled-storage-property", DiagnosticSeverity.Warning,
        "A repository property key one or two edits away from a known storage key.");
    public static readonly RuleDescriptor InvalidSnapshotFilter = new("SRB404", "invalid-snapshot-filter", DiagnosticSeverity.Error,
        "`SHOW SNAPSHOT ... WHERE` other than `SNAPSHOT = '...' [AND TIMESTAMP = '...']` or `SNAPSHOT IN (...)`.");

    public static readonly IReadOnlyList<RuleDescriptor> All =
        [InvalidRepositoryName, EmptyLocation, MissingWithBroker, MisspelledStorageProperty, InvalidSnapshotFilter];

    /// <summary>
    /// Storage keys StarRocks' object-store clients and brokers understand (StarRocks does not check them), the likeliest
    /// first: those of the spec, then the rest of StarRocks' cloud configuration keys and of its broker's file systems.
    /// </summary>
    public static readonly IReadOnlyList<string> StoragePropertyKeys =
    [
        "aws.s3.access_key", "aws.s3.secret_key", "aws.s3.endpoint", "aws.s3.region", "aws.s3.use_instance_profile",
        "aws.s3.iam_role_arn", "aws.s3.enable_path_style_access", "fs.s3a.access.key", "fs.s3a.secret.key",
        "fs.s3a.endpoint", "username", "password", "hadoop.security.authentication", "kerberos_principal",
        "kerberos_keytab", "fs.oss.accessKeyId", "fs.oss.accessKeySecret", "fs.oss.endpoint",
        "aws.s3.use_aws_sdk_default_behavior", "aws.s3.session_token", "aws.s3.external_id", "aws.s3.enable_ssl",
        "azure.blob.endpoint", "azure.blob.storage_account", "azure.blob.shared_key", "azure.blob.container", "azure.blob.sas_token",
        "azure.adls1.use_managed_service_identity", "azure.adls1.oauth2_client_id", "azure.adls1.oauth2_credential",
        "azure.adls1.oauth2_endpoint", "azure.adls2.oauth2_use_managed_identity", "azure.adls2.oauth2_tenant_id",
        "azure.adls2.oauth2_client_id", "azure.adls2.storage_account", "azure.adls2.shared_key",
        "azure.adls2.oauth2_client_secret", "azure.adls2.oauth2_client_endpoint",
        "gcp.gcs.use_compute_engine_service_account", "gcp.gcs.service_account_email", "gcp.gcs.service_account_private_key",
        "gcp.gcs.service_account_private_key_id", "gcp.gcs.impersonation_service_account",
        "hadoop.username", "hadoop.password", "hadoop.kerberos.principal", "hadoop.kerberos.keytab",
        "hadoop.kerberos.keytab_content", "kerberos_keytab_content", "hadoop.security.kerberos.ticket.cache.path",
        "dfs.nameservices", "fs.defaultFS",
        "aliyun.oss.access_key", "aliyun.oss.secret_key", "aliyun.oss.endpoint",
        "fs.s3a.path.style.access", "fs.s3a.connection.ssl.enabled", "fs.s3a.aws.credentials.provider",
        "fs.cosn.userinfo.secretId", "fs.cosn.userinfo.secretKey", "fs.cosn.bucket.endpoint_suffix",
        "fs.obs.access.key", "fs.obs.secret.key", "fs.obs.endpoint",
        "fs.ks3.AccessKey", "fs.ks3.AccessSecret", "fs.ks3.endpoint",
        "fs.tos.access.key", "fs.tos.secret.key", "fs.tos.endpoint", "fs.tos.region",
    ];

    /// <summary>HDFS high-availability keys, each named after a name service or name node of the user's.</summary>
    private static readonly string[] StoragePropertyPrefixes = ["dfs.ha.namenodes.", "dfs.namenode.rpc-address.", "dfs.client.failover.proxy.provider."];

    // \z, not $: Java's matches() takes the whole name, and .NET's $ also matches before a final line break.
    [GeneratedRegex(@"^([a-zA-Z]\w{0,63}|_[a-zA-Z0-9]\w{0,62})\z", RegexOptions.ECMAScript)]
    internal static partial Regex ValidRepositoryName();

    internal static void Check(RuleContext context)
    {
        switch (context.Syntax)
        {
            case CreateRepositoryStatement create:
                CheckCreate(context, create);
                break;
            case ShowSnapshotStatement { Where: { } where }:
                if (!SnapshotFilter.IsValid(context.Text, where.Condition))
                    context.Report(InvalidSnapshotFilter, TextSpan.FromBounds(where.Condition[0].Span.Start, where.Condition[^1].Span.End),
                        "SHOW SNAPSHOT accepts only SNAPSHOT = 'name', SNAPSHOT = 'name' AND TIMESTAMP = 'time' (either order) or SNAPSHOT IN ('a', 'b'), with non-empty string literals.");
                break;
        }
    }

    /// <summary>
    /// The name with each ASCII character StarRocks does not take (<c>-</c>, <c>.</c>, a space...) replaced by <c>_</c>, where
    /// that makes a valid name the catalog does not hold already. None for a name that is invalid otherwise (its start,
    /// its length) or that holds other scripts' letters: an <c>_</c> for those would be a guess.
    /// </summary>
    private static CodeFix? ValidNameFix(RuleContext context, Name name)
    {
        if (name.Value.Any(c => !char.IsAscii(c)))
            return null;
        var replaced = string.Concat(name.Value.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_'));
        if (replaced == name.Value || !ValidRepositoryName().IsMatch(replaced) || context.Catalog?.FindRepository(replaced) is not null)
            return null;
        var sql = NameText.ToSql(replaced);
        return CodeFix.Replace($"Change to {sql}", name.Span, sql);
    }

    private static void CheckCreate(RuleContext context, CreateRepositoryStatement create)
    {
        if (create.Name.Value.Length > 0 && !ValidRepositoryName().IsMatch(create.Name.Value))
            context.Report(InvalidRepositoryName, create.Name.Span,
                $"`{create.Name.Value}` is not a valid repository name: start with a letter (or `_` and a letter or digit), then up to 63 letters, digits or `_`.",
                ValidNameFix(context, create.Name) is { } fix ? [fix] : []);
        if (create.WithBrokerSpan is null)
            context.Report(MissingWithBroker, create.Name.Span,
                "CREATE REPOSITORY needs WITH BROKER after the repository name, even when no broker is named.",
                CodeFix.Replace("Insert WITH BROKER", new TextSpan(create.Name.Span.End, 0), " WITH BROKER", certain: true));
        if (create.Location.IsQuoted && create.Location.Value.Length == 0)
            context.Report(EmptyLocation, create.Location.Span,
                "The location must not be empty: give the storage path, such as \"s3a://bucket/backup\" or \"hdfs://host:port/path\".");
        foreach (var property in create.Properties?.Properties ?? [])
        {
            var key = property.Key.Value;
            if (StoragePropertyKeys.Contains(key) || StoragePropertyPrefixes.Any(prefix => key.StartsWith(prefix, StringComparison.Ordinal)))
                continue;
            if (EditDistance.Suggest(key, StoragePropertyKeys, ignoreCase: false) is { } suggestion)
                context.Report(MisspelledStorageProperty, property.Key.Span,
                    $"Unknown storage property \"{key}\": did you mean \"{suggestion}\"? StarRocks does not check these keys, so a typo only shows when the repository is used.",
                    CodeFix.Replace($"Change to \"{suggestion}\"", property.Key.Span, $"\"{suggestion}\""));
        }
    }
}
