using System.Buffers;

namespace BackupLsp.Server.Transport;

/// <summary>
/// The memory of the pipe that passes checked frames on to StreamJsonRpc: small buffers from the shared pool, and a large
/// frame (a large document's didOpen) a buffer of its own, which the collector takes once the frame has been read. The
/// shared pool would keep such a buffer, tens of megabytes for a dump, for the life of the server.
/// </summary>
internal sealed class FrameMemoryPool : MemoryPool<byte>
{
    /// <summary>Buffers up to this size come from the shared pool.</summary>
    private const int PooledUpTo = 1 << 20;

    public override int MaxBufferSize => Array.MaxLength;

    public override IMemoryOwner<byte> Rent(int minBufferSize = -1) =>
        minBufferSize > PooledUpTo ? new Unpooled(GC.AllocateUninitializedArray<byte>(minBufferSize)) : Shared.Rent(minBufferSize);

    protected override void Dispose(bool disposing)
    {
    }

    /// <summary>A buffer returned to no pool: dropping it leaves it to the collector.</summary>
    private sealed class Unpooled(byte[] buffer) : IMemoryOwner<byte>
    {
        public Memory<byte> Memory => buffer;

        public void Dispose()
        {
        }
    }
}
