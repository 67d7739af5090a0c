using BackupLsp.Language.Analysis;

namespace BackupLsp.Language.Features;

/// <summary>
/// The location schemes of CREATE REPOSITORY's <c>ON LOCATION "..."</c>: those StarRocks' own file system (HdfsFsManager,
/// which a repository without a named broker uses) handles, the ones its documentation shows for repositories first.
/// </summary>
internal static class CompletionLocations
{
    public sealed record Scheme(string Prefix, string Store, string Summary);

    private static readonly Scheme[] Schemes =
    [
        new("s3a://", "AWS S3, Google GCS",
            "Amazon S3 through the S3A protocol: the form StarRocks' documentation gives for AWS S3 (an S3 URI's `s3://` becomes "
            + "`s3a://`) and for Google GCS (with `fs.s3a.endpoint` set to `storage.googleapis.com`). Credentials go in the "
            + "`aws.s3.` or `fs.s3a.` properties."),
        new("hdfs://", "HDFS", "An HDFS cluster: `hdfs://namenode_host:port/path`. Credentials go in `username` and `password`."),
        new("s3://", "MinIO, S3-compatible storage",
            "S3-compatible storage such as MinIO, with `aws.s3.endpoint` pointing at it. For AWS S3 itself the documentation asks for `s3a://`."),
        new("gs://", "Google GCS",
            "Google Cloud Storage through its own connector (the `gcp.gcs.` properties). StarRocks' documentation asks for GCS "
            + "repositories in the S3A form instead: `s3a://` with `fs.s3a.endpoint` set to `storage.googleapis.com`."),
        new("oss://", "Alibaba Cloud OSS", "Alibaba Cloud Object Storage Service (the `fs.oss.` properties)."),
        new("cosn://", "Tencent Cloud COS", "Tencent Cloud Object Storage (the `fs.cosn.` properties); StarRocks knows it as `cosn`, not `cos`."),
        new("obs://", "Huawei Cloud OBS", "Huawei Cloud Object Storage Service (the `fs.obs.` properties)."),
        new("ks3://", "Kingsoft Cloud KS3", "Kingsoft Cloud Standard Storage Service (the `fs.ks3.` properties)."),
        new("tos://", "Volcano Engine TOS", "Volcano Engine Tinder Object Storage (the `fs.tos.` properties)."),
        new("abfss://", "Azure Data Lake Storage Gen2", "Azure Data Lake Storage Gen2 over TLS (the `azure.adls2.` properties)."),
        new("abfs://", "Azure Data Lake Storage Gen2", "Azure Data Lake Storage Gen2 (the `azure.adls2.` properties)."),
        new("wasbs://", "Azure Blob Storage", "Azure Blob Storage over TLS (the `azure.blob.` properties)."),
        new("wasb://", "Azure Blob Storage", "Azure Blob Storage (the `azure.blob.` properties)."),
        new("adl://", "Azure Data Lake Storage Gen1", "Azure Data Lake Storage Gen1 (the `azure.adls1.` properties)."),
        new("viewfs://", "HDFS federation", "A federated HDFS namespace (ViewFs), configured in the FE's Hadoop configuration files."),
    ];

    /// <summary>Schemes StarRocks reads that are not offered: older forms the documentation no longer gives.</summary>
    private static readonly Scheme[] OlderSchemes =
    [
        new("s3n://", "AWS S3", "Amazon S3 through Hadoop's older S3N protocol, which StarRocks reads as S3 (the `aws.s3.` or `fs.s3a.` properties); the documentation gives `s3a://`."),
    ];

    /// <summary>The scheme StarRocks reads nearest to <paramref name="written"/> (a scheme without its <c>://</c>), if one is near.</summary>
    public static string? NearestScheme(string written) =>
        EditDistance.Suggest(written, Schemes.Concat(OlderSchemes).Select(scheme => scheme.Prefix[..^3]));

    /// <summary>The scheme a location starts with, in any case, if it is one of these or an older one StarRocks reads.</summary>
    public static Scheme? SchemeOf(string location) =>
        Schemes.Concat(OlderSchemes).FirstOrDefault(scheme => location.StartsWith(scheme.Prefix, StringComparison.OrdinalIgnoreCase));

    /// <summary>
    /// Each scheme as a string with the cursor inside, after the scheme, where the bucket or host goes; none once a scheme
    /// is written.
    /// </summary>
    public static void Add(CompletionList list)
    {
        var cursor = list.Cursor;
        if (cursor.InBackticks || (cursor.Partial is { } typed && cursor.Tokens.TextOf(typed).Contains("://", StringComparison.Ordinal)))
            return;
        var quote = cursor.Quote;
        foreach (var scheme in Schemes)
            list.Add(scheme.Prefix, CompletionEntryKind.Value, scheme.Store,
                () => new HoverText().Title("Location scheme", scheme.Prefix).Paragraph(scheme.Summary),
                list.Untyped($"{quote}{scheme.Prefix}$0{quote}"), isSnippet: true);
    }
}
