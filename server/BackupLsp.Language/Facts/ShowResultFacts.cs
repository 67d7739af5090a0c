using System.Collections.Frozen;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Facts;

/// <summary>A column of a SHOW's result, or a state of a job, and what it tells.</summary>
internal sealed record ResultFact(string Name, string Meaning);

/// <summary>
/// What the family's SHOWs list: each one's result columns as StarRocks names them (ShowResultMetaFactory), which its
/// WHERE and ORDER BY (StarRocks 4.1) take, and the states a BACKUP's or RESTORE's <c>State</c> goes through.
/// </summary>
internal static class ShowResultFacts
{
    private static readonly ResultFact JobId = new("JobId", "The job's ID.");
    private static readonly ResultFact State = new("State", "Where the job stands.");
    private static readonly ResultFact CreateTime = new("CreateTime", "When the job was submitted.");
    private static readonly ResultFact FinishedTime = new("FinishedTime", "When the job ended.");
    private static readonly ResultFact TaskErrMsg = new("TaskErrMsg", "The errors of the subtasks that failed.");
    private static readonly ResultFact Status = new("Status", "What happened to the job on its way, such as why it failed.");
    private static readonly ResultFact Timeout = new("Timeout", "The job's timeout, in seconds.");

    public static readonly FrozenDictionary<StatementKind, ResultFact[]> Columns = new Dictionary<StatementKind, ResultFact[]>
    {
        [StatementKind.ShowBackup] =
        [
            JobId, new("SnapshotName", "The snapshot the job takes."), new("DbName", "The database the job backs up."), State,
            new("BackupObjs", "The objects (tables, partitions, ...) the snapshot holds."), CreateTime,
            new("SnapshotFinishedTime", "When the local snapshots were taken."),
            new("UploadFinishedTime", "When the snapshot was uploaded to the repository."), FinishedTime,
            new("UnfinishedTasks", "The subtasks still running while the job takes or uploads the snapshots."),
            new("Progress", "How far the upload has come."), TaskErrMsg, Status, Timeout,
        ],
        [StatementKind.ShowRestore] =
        [
            JobId, new("Label", "The snapshot the job restores."), new("Timestamp", "The backup timestamp of the snapshot restored."),
            new("DbName", "The database the job restores into."), State, new("AllowLoad", "Whether loads may run while the job restores."),
            new("ReplicationNum", "How many replicas the restored data gets."), new("RestoreObjs", "The objects (tables, partitions, ...) restored."),
            CreateTime, new("MetaPreparedTime", "When the local metadata was prepared."),
            new("SnapshotFinishedTime", "When the local snapshots of the tables restored into were taken."),
            new("DownloadFinishedTime", "When the snapshot was downloaded from the repository."), FinishedTime,
            new("UnfinishedTasks", "The subtasks still running while the job takes snapshots, downloads or commits."),
            new("Progress", "How far the download has come."), TaskErrMsg, Status, Timeout,
        ],
        [StatementKind.ShowRepositories] =
        [
            new("RepoId", "The repository's ID."), new("RepoName", "The repository's name."), new("CreateTime", "When the repository was created."),
            new("IsReadOnly", "Whether the repository is read-only: `true` or `false`."), new("Location", "Where the repository keeps its snapshots."),
            new("Broker", "The broker the repository goes through, if any."), new("ErrMsg", "The error the repository last met, if any."),
        ],
        // Database and Details come only with a filter on both SNAPSHOT and TIMESTAMP (OneBackupColumns).
        [StatementKind.ShowSnapshot] =
        [
            new("Snapshot", "The snapshot's name."), new("Timestamp", "When the snapshot was taken: what RESTORE's `backup_timestamp` names."),
            new("Status", "`OK`, or what is wrong with the snapshot."),
        ],
    }.ToFrozenDictionary();

    /// <summary>What SHOW SNAPSHOT's result adds when its filter names one backup by SNAPSHOT and TIMESTAMP.</summary>
    public static readonly ResultFact[] OneBackupColumns =
    [
        new("Database", "The database the snapshot was taken of."),
        new("Details", "The snapshot's contents as JSON: its database, tables and partitions, and when it was taken."),
    ];

    /// <summary>
    /// The columns of the statement's result: with <see cref="OneBackupColumns"/> for a SHOW SNAPSHOT whose filter
    /// <paramref name="namesOneBackup"/>.
    /// </summary>
    public static IEnumerable<ResultFact> ColumnsOf(StatementKind kind, bool namesOneBackup) =>
        !Columns.TryGetValue(kind, out var columns) ? []
        : kind == StatementKind.ShowSnapshot && namesOneBackup ? columns.Concat(OneBackupColumns)
        : columns;

    private static readonly ResultFact Pending = new("PENDING", "Submitted, not started yet.");
    private static readonly ResultFact Finished = new("FINISHED", "Done.");
    private static readonly ResultFact Cancelled = new("CANCELLED", "Failed or cancelled.");

    /// <summary>The states a job's <c>State</c> column shows, in the order a job goes through them.</summary>
    public static readonly FrozenDictionary<StatementKind, ResultFact[]> JobStates = new Dictionary<StatementKind, ResultFact[]>
    {
        [StatementKind.ShowBackup] =
        [
            Pending, new("SNAPSHOTING", "Taking the local snapshots."), new("UPLOAD_SNAPSHOT", "Snapshots taken; the upload is about to start."),
            new("UPLOADING", "Uploading the snapshots to the repository."), new("SAVE_META", "Writing the snapshot's metadata file locally."),
            new("UPLOAD_INFO", "Uploading the metadata file and the job's information."), Finished, Cancelled,
        ],
        [StatementKind.ShowRestore] =
        [
            Pending, new("SNAPSHOTING", "Taking snapshots of the local tables restored into."), new("DOWNLOAD", "Sending the download tasks."),
            new("DOWNLOADING", "Downloading the snapshot from the repository."), new("COMMIT", "Downloaded; about to take effect."),
            new("COMMITTING", "Making the downloaded data take effect."), Finished, Cancelled,
        ],
    }.ToFrozenDictionary();

    /// <summary>The column of the statement's result <paramref name="name"/> names, in any case.</summary>
    public static ResultFact? Column(StatementKind kind, bool namesOneBackup, string name) =>
        ColumnsOf(kind, namesOneBackup).FirstOrDefault(c => c.Name.Equals(name, StringComparison.OrdinalIgnoreCase));

    /// <summary>The state of the SHOW's jobs <paramref name="name"/> names, in any case.</summary>
    public static ResultFact? JobState(StatementKind kind, string name) =>
        JobStates.TryGetValue(kind, out var states) ? states.FirstOrDefault(s => s.Name.Equals(name, StringComparison.OrdinalIgnoreCase)) : null;
}
