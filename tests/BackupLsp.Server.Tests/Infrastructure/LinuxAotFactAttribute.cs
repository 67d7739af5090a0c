namespace BackupLsp.Server.Tests.Infrastructure;

/// <summary>
/// A test of the Native AOT binary (see <see cref="ServerExecutables"/>) on Linux: reported as skipped, not passed, where
/// none was published or on another system.
/// </summary>
public sealed class LinuxAotFactAttribute : FactAttribute
{
    public LinuxAotFactAttribute()
    {
        if (!OperatingSystem.IsLinux())
            Skip = "a test of Linux's calls";
        else if (ServerExecutables.AotBinary() is null)
            Skip = "no Native AOT binary: publish one to artifacts/aot, or name it with BACKUP_LSP_AOT";
    }
}
