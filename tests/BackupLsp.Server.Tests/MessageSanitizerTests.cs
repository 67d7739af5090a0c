using System.Buffers;
using System.IO.Pipelines;
using System.Text;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Transport;

namespace BackupLsp.Server.Tests;

/// <summary>A large message arrives in several segments: it is checked in place, whatever falls on a segment boundary.</summary>
public sealed class MessageSanitizerTests
{
    private sealed class Segment : ReadOnlySequenceSegment<byte>
    {
        public Segment(byte[] bytes, Segment? previous)
        {
            Memory = bytes;
            if (previous is not null)
            {
                RunningIndex = previous.RunningIndex + previous.Memory.Length;
                previous.Next = this;
            }
        }
    }

    /// <summary>The bytes cut into one-byte segments, so that every character and token straddles a boundary.</summary>
    private static ReadOnlySequence<byte> InPieces(byte[] bytes)
    {
        var first = new Segment([bytes[0]], null);
        var last = first;
        foreach (var b in bytes.AsSpan(1))
            last = new Segment([b], last);
        return new ReadOnlySequence<byte>(first, 0, last, 1);
    }

    [Fact]
    public void A_message_with_multi_byte_characters_split_between_segments_passes()
    {
        var body = Encoding.UTF8.GetBytes("""{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"text":"é 快 😀"}}""");

        Assert.Null(MessageSanitizer.FindProblem(InPieces(body), out _));
        Assert.Null(MessageSanitizer.FindProblem(new ReadOnlySequence<byte>(body), out _));
    }

    [Theory]
    [InlineData(new byte[] { 0xC3, 0x28 })]        // a lead byte followed by no continuation
    [InlineData(new byte[] { 0xE5, 0xBF })]        // a character cut short before the closing quote
    [InlineData(new byte[] { 0xF0, 0x9F, 0x98 })]
    public void Bytes_that_are_not_UTF8_are_found_across_segments(byte[] invalid)
    {
        byte[] body = [.. """{"jsonrpc":"2.0","method":"m","params":{"text":" """u8, .. invalid, .. "\"}}"u8];

        Assert.Equal(new("the body is not UTF-8", -32700), MessageSanitizer.FindProblem(InPieces(body), out _));
        Assert.Equal(new("the body is not UTF-8", -32700), MessageSanitizer.FindProblem(new ReadOnlySequence<byte>(body), out _));
    }

    [Fact]
    public void The_id_of_a_malformed_request_is_read_across_segments()
    {
        var body = """{"jsonrpc":"2.0","id":"request-12345","method":7}"""u8.ToArray();

        Assert.Equal(new("the method is not a string", -32600), MessageSanitizer.FindProblem(InPieces(body), out var id));
        Assert.Equal("\"request-12345\"", Encoding.UTF8.GetString(id!));
    }

    [Fact]
    public async Task A_message_that_arrived_in_pieces_is_passed_on_in_one()
    {
        // StreamJsonRpc's parser copies a body in pieces into a buffer of its own first: a large document's megabyte.
        var body = Encoding.UTF8.GetBytes($$$"""{"jsonrpc":"2.0","method":"textDocument/didOpen","params":{"text":"{{{new string('x', 100_000)}}}"}}""");
        byte[] frame = [.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body];
        var (input, output) = (new Pipe(), new Pipe());
        var sanitizer = new MessageSanitizer(input.Reader, output.Writer, new ServerLog(TextWriter.Null), new AwaitedResponses(), new InboundRequests(),
            () => Task.CompletedTask).RunAsync();
        foreach (var piece in frame.Chunk(4096))
            await input.Writer.WriteAsync(piece);
        await input.Writer.CompleteAsync();

        var read = await output.Reader.ReadAtLeastAsync(frame.Length);
        var passed = read.Buffer.Slice(0, frame.Length);
        Assert.True(passed.IsSingleSegment);
        Assert.Equal(frame, passed.ToArray());
        output.Reader.AdvanceTo(read.Buffer.End);
        await output.Reader.CompleteAsync();
        await sanitizer;
    }
}
