using System.Text;
using BackupLsp.Server.Transport;

namespace BackupLsp.Server.Tests;

/// <summary>Standard input is read without holding a pool thread, so a large script's analysis has every core.</summary>
public sealed class StandardInputTests
{
    /// <summary>Reads like a console stream on Unix: synchronously, even when asked asynchronously; records who reads.</summary>
    private sealed class SynchronousInput(byte[] bytes) : MemoryStream
    {
        private readonly MemoryStream _bytes = new(bytes);

        public List<bool> ReadOnPoolThread { get; } = [];

        public override int Read(Span<byte> buffer)
        {
            lock (ReadOnPoolThread)
                ReadOnPoolThread.Add(Thread.CurrentThread.IsThreadPoolThread);
            return _bytes.Read(buffer.Length > 3 ? buffer[..3] : buffer);
        }

        public override int Read(byte[] buffer, int offset, int count) => Read(buffer.AsSpan(offset, count));

        public override Task<int> ReadAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken) =>
            Task.Run(() => Read(buffer, offset, count), cancellationToken);

        public override ValueTask<int> ReadAsync(Memory<byte> buffer, CancellationToken cancellationToken = default) =>
            new(Task.Run(() => Read(buffer.Span), cancellationToken));
    }

    [Fact]
    public async Task The_input_is_read_whole_and_never_on_a_pool_thread()
    {
        var input = new SynchronousInput(Encoding.UTF8.GetBytes("Content-Length: 2\r\n\r\n{}"));

        var reader = StandardInput.ReadOnOwnThread(input);
        var received = new List<byte>();
        while (true)
        {
            var result = await reader.ReadAsync();
            foreach (var segment in result.Buffer)
                received.AddRange(segment.Span);
            reader.AdvanceTo(result.Buffer.End);
            if (result.IsCompleted)
                break;
        }

        Assert.Equal("Content-Length: 2\r\n\r\n{}", Encoding.UTF8.GetString([.. received]));
        Assert.True(input.ReadOnPoolThread.Count > 1);
        Assert.DoesNotContain(true, input.ReadOnPoolThread);
    }

    [Fact]
    public async Task A_failing_input_ends_the_reading_with_its_error()
    {
        var reader = StandardInput.ReadOnOwnThread(new FailingInput());

        var error = await Assert.ThrowsAsync<IOException>(async () => await reader.ReadAsync());
        Assert.Equal("the pipe broke", error.Message);
    }

    private sealed class FailingInput : MemoryStream
    {
        public override int Read(Span<byte> buffer) => throw new IOException("the pipe broke");
    }
}
