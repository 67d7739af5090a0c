using System.Runtime.Versioning;
using Microsoft.Win32.SafeHandles;

namespace BackupLsp.Server.Cli;

/// <summary>
/// A file that a new copy, renamed over it, can replace whole: the file is then at every moment its old bytes or its new
/// ones, even when the write is killed midway or the power fails. Taken only where the copy can have all else the file
/// has: its one name (a rename would part a hard link from it), its owner and group, its mode, and its extended attributes
/// (an ACL, a security label).
/// </summary>
[SupportedOSPlatform("linux")]
internal sealed class FileReplacement : IDisposable
{
    private const int TypeBits = 0xF000;
    private const int RegularFile = 0x8000;
    private const int PermissionBits = 0x1FF;
    private const int ModeBits = 0xFFF;

    private readonly string _path;
    private readonly SafeFileHandle _file;
    private readonly LinuxFileCalls.FileStatus _status;
    private readonly List<(byte[] Name, byte[] Value)> _attributes;

    private FileReplacement(string path, SafeFileHandle file, LinuxFileCalls.FileStatus status, List<(byte[], byte[])> attributes)
    {
        (_path, _file, _status, _attributes) = (path, file, status, attributes);
    }

    /// <summary>
    /// The file at <paramref name="path"/>, opened for writing as writing it in place would open it: a file that may not be
    /// written throws, rather than being replaced around its mode. Null where a rename would change what it has: a file
    /// of more than one name, one not regular, or one whose status or attributes cannot be read.
    /// </summary>
    public static FileReplacement? Open(string path)
    {
        var file = File.OpenHandle(path, FileMode.Open, FileAccess.Write, FileShare.ReadWrite);
        try
        {
            if (LinuxFileCalls.Status(file) is { } status && (status.Mode & TypeBits) == RegularFile && status.Links == 1
                && LinuxFileCalls.Attributes(file) is { } attributes)
                return new FileReplacement(path, file, status, attributes);
        }
        // A C library without these calls (an older musl): the file is written in place, as elsewhere.
        catch (Exception e) when (e is EntryPointNotFoundException or DllNotFoundException)
        {
        }
        file.Dispose();
        return null;
    }

    /// <summary>The mode to make the copy with, as private as the file while it is written: the file's permissions alone,
    /// since its set-user-ID and set-group-ID bits hold only once the copy has its owner.</summary>
    public UnixFileMode CreationMode => (UnixFileMode)(_status.Mode & PermissionBits);

    /// <summary>Gives the copy, whose bytes are all written, the file's owner, group, mode and extended attributes; false
    /// where it cannot take them all (an owner or group the process may not give).</summary>
    public bool GiveTo(SafeFileHandle copy)
    {
        // The owner first: a change of owner clears the set-user-ID bits and the file capabilities, given after it.
        if (!LinuxFileCalls.ChangeOwner(copy, _status.Owner, _status.Group))
            return false;
        try
        {
            File.SetUnixFileMode(copy, (UnixFileMode)(_status.Mode & ModeBits));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return false;
        }
        if (!_attributes.All(attribute => LinuxFileCalls.SetAttribute(copy, attribute.Name, attribute.Value)))
            return false;
        // Checked as made: a mode bit the system drops, or an attribute the copy inherits from its folder (a default ACL)
        // that the file lacks, would change the file.
        return LinuxFileCalls.Status(copy) is { } given && given.Owner == _status.Owner && given.Group == _status.Group
            && given.Mode == _status.Mode
            && LinuxFileCalls.Attributes(copy) is { } copied
            && NamesOf(copied).SetEquals(NamesOf(_attributes));
    }

    /// <summary>Renames the copy, synced to disk, over the file, then syncs the folder so that the new name outlives a power
    /// loss; false where the rename is refused (a file mounted on its own, as in a container).</summary>
    public bool ReplaceWith(string copy)
    {
        if (!LinuxFileCalls.Rename(copy, _path))
            return false;
        LinuxFileCalls.SyncFolder(Path.GetDirectoryName(_path)!);
        return true;
    }

    public void Dispose() => _file.Dispose();

    private static HashSet<string> NamesOf(List<(byte[] Name, byte[] Value)> attributes) =>
        attributes.Select(attribute => Convert.ToHexString(attribute.Name)).ToHashSet(StringComparer.Ordinal);
}
