using BackupLsp.Server.Transport;


namespace BackupLsp.Server.Tests;

public sealed class FrameMemoryPoolTests
{
    [Fact]
    public void A_large_frame_gets_a_buffer_of_its_own_not_one_of_the_shared_pool()
    {
        using var pool = new FrameMemoryPool();

        using var large = pool.Rent(3_000_000);

        // The shared pool hands out a power of two (4 MiB here), and keeps it once it is returned.
        Assert.Equal(3_000_000, large.Memory.Length);
    }
}
