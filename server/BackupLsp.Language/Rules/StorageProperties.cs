using System.Collections.Frozen;
using BackupLsp.Language.Analysis;

namespace BackupLsp.Language.Rules;

/// <summary>
/// The storage keys StarRocks' object-store clients and brokers understand (StarRocks does not check them), with what each
/// means, the likeliest first: those of the spec, then the rest of StarRocks' cloud configuration keys and of its broker's
/// file systems. The misspelling rule, completion and hover all read them here.
/// </summary>
internal static class StorageProperties
{
    public static readonly IReadOnlyList<(string Key, string Summary)> All =
    [
        ("aws.s3.access_key", "Access key ID for S3 (or an S3-compatible store)."),
        ("aws.s3.secret_key", "Secret access key for S3."),
        ("aws.s3.endpoint", "S3 endpoint, such as `https://s3.us-west-2.amazonaws.com` or a MinIO address."),
        ("aws.s3.region", "S3 region, such as `us-west-2`."),
        ("aws.s3.use_instance_profile", "`true` to authenticate with the instance profile instead of keys."),
        ("aws.s3.iam_role_arn", "ARN of the IAM role to assume."),
        ("aws.s3.enable_path_style_access", "`true` for path-style URLs (MinIO and most S3-compatible stores)."),
        ("fs.s3a.access.key", "Access key for the `s3a://` file system."),
        ("fs.s3a.secret.key", "Secret key for the `s3a://` file system."),
        ("fs.s3a.endpoint", "Endpoint for the `s3a://` file system."),
        ("username", "User name for HDFS (simple authentication) or the broker."),
        ("password", "Password for HDFS or the broker."),
        ("hadoop.security.authentication", "HDFS authentication: `simple` or `kerberos`."),
        ("kerberos_principal", "Kerberos principal, with Kerberos authentication."),
        ("kerberos_keytab", "Path of the Kerberos keytab file, with Kerberos authentication."),
        ("fs.oss.accessKeyId", "Alibaba Cloud OSS access key ID."),
        ("fs.oss.accessKeySecret", "Alibaba Cloud OSS access key secret."),
        ("fs.oss.endpoint", "Alibaba Cloud OSS endpoint."),
        ("aws.s3.use_aws_sdk_default_behavior", "`true` to take credentials from the AWS SDK's default provider chain."),
        ("aws.s3.session_token", "Session token of temporary S3 credentials."),
        ("aws.s3.external_id", "External ID to present when assuming the IAM role."),
        ("aws.s3.enable_ssl", "`false` to reach S3 without SSL (default `true`)."),
        ("azure.blob.endpoint", "Azure Blob Storage endpoint (it names the storage account)."),
        ("azure.blob.storage_account", "Azure Blob Storage account name."),
        ("azure.blob.shared_key", "Azure Blob Storage shared key."),
        ("azure.blob.container", "Azure Blob Storage container."),
        ("azure.blob.sas_token", "Azure Blob Storage SAS token."),
        ("azure.adls1.use_managed_service_identity", "`true` to authenticate to ADLS Gen1 with the managed service identity."),
        ("azure.adls1.oauth2_client_id", "ADLS Gen1 service principal client ID."),
        ("azure.adls1.oauth2_credential", "ADLS Gen1 service principal credential."),
        ("azure.adls1.oauth2_endpoint", "ADLS Gen1 OAuth 2.0 token endpoint."),
        ("azure.adls2.oauth2_use_managed_identity", "`true` to authenticate to ADLS Gen2 with a managed identity."),
        ("azure.adls2.oauth2_tenant_id", "ADLS Gen2 tenant ID (managed identity)."),
        ("azure.adls2.oauth2_client_id", "ADLS Gen2 client ID (managed identity or service principal)."),
        ("azure.adls2.storage_account", "ADLS Gen2 storage account name."),
        ("azure.adls2.shared_key", "ADLS Gen2 shared key."),
        ("azure.adls2.oauth2_client_secret", "ADLS Gen2 service principal client secret."),
        ("azure.adls2.oauth2_client_endpoint", "ADLS Gen2 service principal OAuth 2.0 token endpoint."),
        ("gcp.gcs.use_compute_engine_service_account", "`true` to use the service account bound to the Compute Engine instance."),
        ("gcp.gcs.service_account_email", "GCS service account email."),
        ("gcp.gcs.service_account_private_key", "GCS service account private key."),
        ("gcp.gcs.service_account_private_key_id", "GCS service account private key ID."),
        ("gcp.gcs.impersonation_service_account", "GCS service account to impersonate."),
        ("hadoop.username", "User name for HDFS simple authentication (newer name of `username`)."),
        ("hadoop.password", "Password for HDFS (newer name of `password`)."),
        ("hadoop.kerberos.principal", "Kerberos principal (newer name of `kerberos_principal`)."),
        ("hadoop.kerberos.keytab", "Path of the Kerberos keytab file (newer name of `kerberos_keytab`)."),
        ("hadoop.kerberos.keytab_content", "Base64-encoded Kerberos keytab (newer name of `kerberos_keytab_content`)."),
        ("kerberos_keytab_content", "Base64-encoded content of the Kerberos keytab, instead of its path."),
        ("hadoop.security.kerberos.ticket.cache.path", "Path of the Kerberos ticket cache."),
        ("dfs.nameservices", "Name service of an HA HDFS cluster (with `dfs.ha.namenodes.<service>` and its name node addresses)."),
        ("fs.defaultFS", "Default HDFS file system, for a location without an authority."),
        ("aliyun.oss.access_key", "Alibaba Cloud OSS access key."),
        ("aliyun.oss.secret_key", "Alibaba Cloud OSS secret key."),
        ("aliyun.oss.endpoint", "Alibaba Cloud OSS endpoint."),
        ("fs.s3a.path.style.access", "`true` for path-style URLs on the `s3a://` file system."),
        ("fs.s3a.connection.ssl.enabled", "Whether the `s3a://` file system uses SSL."),
        ("fs.s3a.aws.credentials.provider", "Credentials provider class of the `s3a://` file system."),
        ("fs.cosn.userinfo.secretId", "Tencent Cloud COS secret ID."),
        ("fs.cosn.userinfo.secretKey", "Tencent Cloud COS secret key."),
        ("fs.cosn.bucket.endpoint_suffix", "Tencent Cloud COS endpoint."),
        ("fs.obs.access.key", "Huawei Cloud OBS access key."),
        ("fs.obs.secret.key", "Huawei Cloud OBS secret key."),
        ("fs.obs.endpoint", "Huawei Cloud OBS endpoint."),
        ("fs.ks3.AccessKey", "Kingsoft Cloud KS3 access key."),
        ("fs.ks3.AccessSecret", "Kingsoft Cloud KS3 secret key."),
        ("fs.ks3.endpoint", "Kingsoft Cloud KS3 endpoint."),
        ("fs.tos.access.key", "Volcengine TOS access key."),
        ("fs.tos.secret.key", "Volcengine TOS secret key."),
        ("fs.tos.endpoint", "Volcengine TOS endpoint."),
        ("fs.tos.region", "Volcengine TOS region."),
    ];

    public static readonly IReadOnlyList<string> Keys = [.. All.Select(property => property.Key)];

    /// <summary>The keys that take <c>true</c> or <c>false</c>.</summary>
    public static readonly FrozenSet<string> Booleans = new[]
    {
        "aws.s3.use_instance_profile", "aws.s3.enable_path_style_access", "aws.s3.use_aws_sdk_default_behavior", "aws.s3.enable_ssl",
        "azure.adls1.use_managed_service_identity", "azure.adls2.oauth2_use_managed_identity",
        "gcp.gcs.use_compute_engine_service_account", "fs.s3a.path.style.access",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> KeySet = Keys.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>HDFS high-availability keys, each named after a name service or name node of the user's.</summary>
    private static readonly string[] HighAvailabilityPrefixes = ["dfs.ha.namenodes.", "dfs.namenode.rpc-address.", "dfs.client.failover.proxy.provider."];

    /// <summary>The known key an unknown one is likely a typo of, if any (StarRocks checks none of these keys).</summary>
    public static string? LikelyMeant(string key) => EditDistance.Suggest(key, Keys, ignoreCase: false);

    /// <summary>Whether StarRocks understands <paramref name="key"/>: one of <see cref="Keys"/>, or an HA HDFS key.</summary>
    public static bool IsKnown(string key)
    {
        if (KeySet.Contains(key))
            return true;
        foreach (var prefix in HighAvailabilityPrefixes)
            if (key.StartsWith(prefix, StringComparison.Ordinal))
                return true;
        return false;
    }
}
