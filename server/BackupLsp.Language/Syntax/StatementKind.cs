namespace BackupLsp.Language.Syntax;

public enum StatementKind
{
    /// <summary>Any statement outside the backup/restore family: skipped silently.</summary>
    Other,
    Backup,
    Restore,
    CreateRepository,
    DropRepository,
    DropSnapshot,
    ShowRepositories,
    ShowSnapshot,
    ShowBackup,
    ShowRestore,
    CancelBackup,
    CancelRestore,
}
