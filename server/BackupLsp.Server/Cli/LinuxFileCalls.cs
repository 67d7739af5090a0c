using System.Runtime.InteropServices;
using System.Runtime.Versioning;
using Microsoft.Win32.SafeHandles;

namespace BackupLsp.Server.Cli;

/// <summary>
/// The Linux calls that replacing a file whole needs and .NET does not offer: a file's names, owner and group, its extended
/// attributes, a rename over it and a sync of its folder; and a file's type, which a walk for scripts asks. Each tells of a failure by its result, not by throwing.
/// </summary>
[SupportedOSPlatform("linux")]
internal static partial class LinuxFileCalls
{
    private const int NotSupported = 95;

    /// <summary>What <c>statx</c> tells of a file: unlike <c>stat</c>'s, its layout is the same on every architecture.</summary>
    [StructLayout(LayoutKind.Explicit, Size = 256)]
    public struct FileStatus
    {
        [FieldOffset(0)] public uint Mask;
        [FieldOffset(16)] public uint Links;
        [FieldOffset(20)] public uint Owner;
        [FieldOffset(24)] public uint Group;
        /// <summary>The file's type and permissions, as <c>st_mode</c>.</summary>
        [FieldOffset(28)] public ushort Mode;
    }

    /// <summary>The status of the open file; null where it cannot be read whole.</summary>
    public static FileStatus? Status(SafeFileHandle file)
    {
        const int emptyPath = 0x1000;
        const uint typeModeLinksOwnerGroup = 0x1F;
        return statx(file, "", emptyPath, typeModeLinksOwnerGroup, out var status) == 0 && (status.Mask & typeModeLinksOwnerGroup) == typeModeLinksOwnerGroup
            ? status
            : null;
    }

    /// <summary>
    /// Whether <paramref name="path"/> names a FIFO, a socket or a device (itself, not where a link leads): what a reader
    /// may wait on for ever. False where its status cannot be read: reading it then tells why.
    /// </summary>
    public static bool IsSpecialFile(string path)
    {
        const int currentFolder = -100, linkItself = 0x100;
        const uint type = 0x1;
        const ushort typeBits = 0xF000, regularFile = 0x8000, folder = 0x4000, link = 0xA000;
        return statxAt(currentFolder, path, linkItself, type, out var status) == 0 && (status.Mask & type) == type
            && (status.Mode & typeBits) is not (regularFile or folder or link);
    }

    /// <summary>
    /// The file's extended attributes (an ACL, a security label, a user's own), each name ending in its zero byte as the
    /// calls take it; none on a file system without them; null where they cannot be read.
    /// </summary>
    public static List<(byte[] Name, byte[] Value)>? Attributes(SafeFileHandle file)
    {
        var size = flistxattr(file, null, 0);
        if (size < 0)
            return Marshal.GetLastPInvokeError() == NotSupported ? [] : null;
        if (ReadSized(size, (buffer, length) => flistxattr(file, buffer, length)) is not { } names)
            return null;
        var attributes = new List<(byte[], byte[])>();
        for (var start = 0; start < names.Length;)
        {
            var end = Array.IndexOf(names, (byte)0, start);
            var name = names[start..(end + 1)];
            start = end + 1;
            var valueSize = fgetxattr(file, name, null, 0);
            if (valueSize < 0 || ReadSized(valueSize, (buffer, length) => fgetxattr(file, name, buffer, length)) is not { } value)
                return null;
            attributes.Add((name, value));
        }
        return attributes;
    }

    public static bool SetAttribute(SafeFileHandle file, byte[] name, byte[] value) => fsetxattr(file, name, value, value.Length, 0) == 0;

    public static bool ChangeOwner(SafeFileHandle file, uint owner, uint group) => fchown(file, owner, group) == 0;

    /// <summary>Renames <paramref name="from"/> over <paramref name="to"/> at once: no moment sees neither.</summary>
    public static bool Rename(string from, string to) => rename(from, to) == 0;

    /// <summary>Syncs a folder, so that a rename in it outlives a power loss. A folder that cannot be opened or synced (a
    /// file system may refuse) is left as durable as the system keeps it.</summary>
    public static void SyncFolder(string folder)
    {
        var descriptor = open(folder, 0);
        if (descriptor < 0)
            return;
        fsync(descriptor);
        close(descriptor);
    }

    /// <summary>
    /// Reads what a call gives, asked first with no room for its size: null where it fails or has grown meanwhile (an
    /// attribute set between the two calls).
    /// </summary>
    private static byte[]? ReadSized(nint size, Func<byte[], nint, nint> read)
    {
        var buffer = new byte[size];
        var given = read(buffer, size);
        return given < 0 || given > size ? null : buffer[..(int)given];
    }

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int statx(SafeFileHandle directory, string path, int flags, uint mask, out FileStatus status);

    [LibraryImport("libc", EntryPoint = "statx", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int statxAt(int directory, string path, int flags, uint mask, out FileStatus status);

    [LibraryImport("libc", SetLastError = true)]
    private static partial nint flistxattr(SafeFileHandle file, byte[]? names, nint size);

    [LibraryImport("libc", SetLastError = true)]
    private static partial nint fgetxattr(SafeFileHandle file, byte[] name, byte[]? value, nint size);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int fsetxattr(SafeFileHandle file, byte[] name, byte[] value, nint size, int flags);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int fchown(SafeFileHandle file, uint owner, uint group);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int rename(string from, string to);

    [LibraryImport("libc", SetLastError = true, StringMarshalling = StringMarshalling.Utf8)]
    private static partial int open(string path, int flags);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int fsync(int descriptor);

    [LibraryImport("libc", SetLastError = true)]
    private static partial int close(int descriptor);
}
