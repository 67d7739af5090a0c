using System.Text.RegularExpressions;

namespace BackupLsp.Language.Facts;

/// <summary>
/// The form of a snapshot's timestamp, which a RESTORE's backup_timestamp must match whole: a BACKUP names its info file
/// <c>__info_</c> and its start time formatted as <c>yyyy-MM-dd-HH-mm-ss-SSS</c> (BackupJob.TIMESTAMP_FORMAT; the snapshots
/// of older writers have no milliseconds), and Repository.download takes only the file named exactly
/// <c>__info_</c> + the timestamp given.
/// </summary>
internal static partial class SnapshotTimestamps
{
    /// <summary>An example of the form, as SHOW SNAPSHOT lists it.</summary>
    public const string Example = "2018-05-04-16-45-08-123";

    /// <summary>
    /// Whether the value has the form of some snapshot's timestamp, with or without milliseconds. Any digits, as Java's
    /// SimpleDateFormat writes them in the front end's locale, and a year of four or more: whatever does not match can be
    /// no snapshot's timestamp in any release.
    /// </summary>
    public static bool HasTimestampForm(string value) => TimestampForm().IsMatch(value);

    [GeneratedRegex(@"^\d{4,}(-\d{2}){5}(-\d{3})?\z")]
    private static partial Regex TimestampForm();
}
