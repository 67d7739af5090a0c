using System.Collections.Frozen;
using BackupLsp.Language.Analysis;

namespace BackupLsp.Language.Facts;

/// <summary>
/// The storage keys StarRocks' object-store clients and brokers understand (StarRocks does not check them), with what each
/// means, the likeliest first: those of the spec, then the rest of StarRocks' cloud configuration keys (the providers under
/// com.starrocks.credential) and of its file systems, without a broker (HdfsFsManager) and through one (the broker's
/// FileSystemManager). The misspelling rule, completion and hover all read them here. A key StarRocks sets itself on a
/// file system (such as <c>fs.s3.impl.disable.cache</c>) or reads only from the Hadoop configuration files (such as
/// <c>fs.s3a.connection.maximum</c>) is none of these: a repository's properties do not reach it.
/// </summary>
internal static class StorageProperties
{
    /// <param name="TakesBoolean">Whether the key takes <c>true</c> or <c>false</c>, which completion offers.</param>
    /// <param name="Values">The values the key takes, where they are a few words, which completion offers.</param>
    public sealed record Property(string Key, string Summary, bool TakesBoolean = false, string[]? Values = null);

    public static readonly IReadOnlyList<Property> All =
    [
        new("aws.s3.access_key", "Access key ID for S3 (or an S3-compatible store)."),
        new("aws.s3.secret_key", "Secret access key for S3."),
        new("aws.s3.endpoint", "S3 endpoint, such as `https://s3.us-west-2.amazonaws.com` or a MinIO address."),
        new("aws.s3.region", "S3 region, such as `us-west-2`."),
        new("aws.s3.use_instance_profile", "`true` to authenticate with the instance profile instead of keys.", TakesBoolean: true),
        new("aws.s3.iam_role_arn", "ARN of the IAM role to assume."),
        new("aws.s3.enable_path_style_access", "`true` for path-style URLs (MinIO and most S3-compatible stores).", TakesBoolean: true),
        new("fs.s3a.access.key", "Access key for the `s3a://` file system."),
        new("fs.s3a.secret.key", "Secret key for the `s3a://` file system."),
        new("fs.s3a.endpoint", "Endpoint for the `s3a://` file system."),
        new("username", "User name for HDFS (simple authentication) or the broker."),
        new("password", "Password for HDFS or the broker."),
        new("hadoop.security.authentication", "HDFS authentication: `simple` or `kerberos`.", Values: ["simple", "kerberos"]),
        new("kerberos_principal", "Kerberos principal, with Kerberos authentication."),
        new("kerberos_keytab", "Path of the Kerberos keytab file, with Kerberos authentication."),
        new("fs.oss.accessKeyId", "Alibaba Cloud OSS access key ID."),
        new("fs.oss.accessKeySecret", "Alibaba Cloud OSS access key secret."),
        new("fs.oss.endpoint", "Alibaba Cloud OSS endpoint."),
        new("aws.s3.use_aws_sdk_default_behavior", "`true` to take credentials from the AWS SDK's default provider chain.", TakesBoolean: true),
        new("aws.s3.session_token", "Session token of temporary S3 credentials."),
        new("aws.s3.external_id", "External ID to present when assuming the IAM role."),
        new("aws.s3.enable_ssl", "`false` to reach S3 without SSL (default `true`).", TakesBoolean: true),
        new("aws.s3.use_web_identity_token_file", "`true` to authenticate with the web identity token file (as on Kubernetes).", TakesBoolean: true),
        new("aws.s3.sts.region", "Region of the AWS STS endpoint that issues the assumed role's credentials."),
        new("aws.s3.sts.endpoint", "AWS STS endpoint that issues the assumed role's credentials (with `aws.s3.sts.region`)."),
        new("azure.blob.endpoint", "Azure Blob Storage endpoint (it names the storage account)."),
        new("azure.blob.storage_account", "Azure Blob Storage account name."),
        new("azure.blob.shared_key", "Azure Blob Storage shared key."),
        new("azure.blob.container", "Azure Blob Storage container."),
        new("azure.blob.sas_token", "Azure Blob Storage SAS token."),
        new("azure.blob.oauth2_use_managed_identity", "`true` to authenticate to Azure Blob Storage with a managed identity.", TakesBoolean: true),
        new("azure.blob.oauth2_client_id", "Azure Blob Storage client ID (managed identity or service principal)."),
        new("azure.blob.oauth2_client_secret", "Azure Blob Storage service principal client secret."),
        new("azure.blob.oauth2_tenant_id", "Azure Blob Storage service principal tenant ID."),
        new("azure.adls1.use_managed_service_identity", "`true` to authenticate to ADLS Gen1 with the managed service identity.", TakesBoolean: true),
        new("azure.adls1.oauth2_client_id", "ADLS Gen1 service principal client ID."),
        new("azure.adls1.oauth2_credential", "ADLS Gen1 service principal credential."),
        new("azure.adls1.oauth2_endpoint", "ADLS Gen1 OAuth 2.0 token endpoint."),
        new("azure.adls2.oauth2_use_managed_identity", "`true` to authenticate to ADLS Gen2 with a managed identity.", TakesBoolean: true),
        new("azure.adls2.oauth2_tenant_id", "ADLS Gen2 tenant ID (managed identity)."),
        new("azure.adls2.oauth2_client_id", "ADLS Gen2 client ID (managed identity or service principal)."),
        new("azure.adls2.storage_account", "ADLS Gen2 storage account name."),
        new("azure.adls2.shared_key", "ADLS Gen2 shared key."),
        new("azure.adls2.oauth2_client_secret", "ADLS Gen2 service principal client secret."),
        new("azure.adls2.oauth2_client_endpoint", "ADLS Gen2 service principal OAuth 2.0 token endpoint."),
        new("azure.adls2.oauth2_token_file", "Path of the ADLS Gen2 workload identity's token file."),
        new("azure.adls2.endpoint", "ADLS Gen2 endpoint."),
        new("azure.adls2.sas_token", "ADLS Gen2 SAS token."),
        new("gcp.gcs.use_compute_engine_service_account", "`true` to use the service account bound to the Compute Engine instance.", TakesBoolean: true),
        new("gcp.gcs.service_account_email", "GCS service account email."),
        new("gcp.gcs.service_account_private_key", "GCS service account private key."),
        new("gcp.gcs.service_account_private_key_id", "GCS service account private key ID."),
        new("gcp.gcs.impersonation_service_account", "GCS service account to impersonate."),
        new("gcs.oauth2.token", "GCS OAuth 2.0 access token (temporary credentials)."),
        new("gcs.oauth2.token-expires-at", "When the GCS OAuth 2.0 access token expires."),
        new("hadoop.username", "User name for HDFS simple authentication (newer name of `username`)."),
        new("hadoop.password", "Password for HDFS (newer name of `password`)."),
        new("hadoop.kerberos.principal", "Kerberos principal (newer name of `kerberos_principal`)."),
        new("hadoop.kerberos.keytab", "Path of the Kerberos keytab file (newer name of `kerberos_keytab`)."),
        new("hadoop.kerberos.keytab_content", "Base64-encoded Kerberos keytab (newer name of `kerberos_keytab_content`)."),
        new("kerberos_keytab_content", "Base64-encoded content of the Kerberos keytab, instead of its path."),
        new("hadoop.security.kerberos.ticket.cache.path", "Path of the Kerberos ticket cache."),
        new("dfs.nameservices", "Name service of an HA HDFS cluster (with `dfs.ha.namenodes.<service>` and its name node addresses)."),
        new("fs.defaultFS", "Default HDFS file system, for a location without an authority."),
        new("fs.hdfs.impl.disable.cache", "`false` to share a cached HDFS client (default `true`: a client of the repository's own).", TakesBoolean: true),
        new("dfs.namenode.kerberos.principal.pattern", "Pattern of the name nodes' Kerberos principals, for HA HDFS with Kerberos (through a broker)."),
        new("aliyun.oss.access_key", "Alibaba Cloud OSS access key."),
        new("aliyun.oss.secret_key", "Alibaba Cloud OSS secret key."),
        new("aliyun.oss.endpoint", "Alibaba Cloud OSS endpoint."),
        new("fs.s3a.path.style.access", "`true` for path-style URLs on the `s3a://` file system.", TakesBoolean: true),
        new("fs.s3a.connection.ssl.enabled", "`true` to reach the store over SSL on the `s3a://` file system (default `false` without a broker, `true` through one).", TakesBoolean: true),
        new("fs.s3a.aws.credentials.provider", "Credentials provider class of the `s3a://` file system."),
        new("fs.s3a.impl.disable.cache", "`false` to share a cached `s3a://` client (default `true`: a client of the repository's own).", TakesBoolean: true),
        new("fs.oss.connection.secure.enabled", "`true` to reach Alibaba Cloud OSS over SSL (read without a broker; default `false`).", TakesBoolean: true),
        new("fs.oss.impl.disable.cache", "`false` to share a cached OSS client (default `true`: a client of the repository's own).", TakesBoolean: true),
        new("fs.cosn.userinfo.secretId", "Tencent Cloud COS secret ID."),
        new("fs.cosn.userinfo.secretKey", "Tencent Cloud COS secret key."),
        new("fs.cosn.bucket.endpoint_suffix", "Tencent Cloud COS endpoint."),
        new("fs.cos.connection.ssl.enabled", "`true` to reach Tencent Cloud COS over SSL (read without a broker; default `false`).", TakesBoolean: true),
        new("fs.cosn.impl.disable.cache", "`false` to share a cached COS client (default `true`: a client of the repository's own).", TakesBoolean: true),
        new("fs.obs.access.key", "Huawei Cloud OBS access key."),
        new("fs.obs.secret.key", "Huawei Cloud OBS secret key."),
        new("fs.obs.endpoint", "Huawei Cloud OBS endpoint."),
        new("fs.obs.connection.ssl.enabled", "`true` to reach Huawei Cloud OBS over SSL (read without a broker; default `false`).", TakesBoolean: true),
        new("fs.obs.impl.disable.cache", "`false` to share a cached OBS client (default `true`: a client of the repository's own).", TakesBoolean: true),
        new("fs.ks3.AccessKey", "Kingsoft Cloud KS3 access key."),
        new("fs.ks3.AccessSecret", "Kingsoft Cloud KS3 secret key."),
        new("fs.ks3.endpoint", "Kingsoft Cloud KS3 endpoint."),
        new("fs.ks3.connection.ssl.enabled", "`true` to reach Kingsoft Cloud KS3 over SSL (read without a broker; default `false`).", TakesBoolean: true),
        new("fs.ks3.impl.disable.cache", "`false` to share a cached KS3 client (default `true`: a client of the repository's own).", TakesBoolean: true),
        new("fs.tos.access.key", "Volcengine TOS access key."),
        new("fs.tos.secret.key", "Volcengine TOS secret key."),
        new("fs.tos.endpoint", "Volcengine TOS endpoint."),
        new("fs.tos.region", "Volcengine TOS region."),
        new("fs.tos.connection.ssl.enabled", "`true` to reach Volcengine TOS over SSL (read without a broker; default `false`).", TakesBoolean: true),
        new("fs.tos.impl.disable.cache", "`false` to share a cached TOS client (default `true`: a client of the repository's own).", TakesBoolean: true),
    ];

    public static readonly IReadOnlyList<string> Keys = [.. All.Select(property => property.Key)];

    private static readonly FrozenSet<string> KeySet = Keys.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>HDFS high-availability keys, each named after a name service or name node of the user's.</summary>
    private static readonly string[] HighAvailabilityPrefixes = ["dfs.ha.namenodes.", "dfs.namenode.rpc-address.", "dfs.client.failover.proxy.provider."];

    /// <summary>
    /// The known key an unknown one is likely a typo of, if any (StarRocks checks none of these keys): one written in
    /// another case too, since the keys are read as written.
    /// </summary>
    public static string? LikelyMeant(string key) => EditDistance.Suggest(key, Keys, caseMatters: true);

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
