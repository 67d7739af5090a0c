using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using BackupLsp.Language.Text;
using CsCheck;

namespace BackupLsp.Language.Tests.Text;

/// <summary>A pieced text must read exactly like the string it stands for, after any chain of edits.</summary>
public sealed class DocumentTextTests
{
    private static readonly Gen<string> Characters = Gen.Char["ab;\r\n"].Array[0, 12].Select(chars => new string(chars));

    /// <summary>Texts from empty to several times the largest piece, so that edits split, rebuild and merge pieces.</summary>
    private static readonly Gen<string> Texts =
        Gen.Frequency((1, Characters), (3, Gen.Int[0, 40_000].Select(length => Filler(length))));

    /// <summary>Where (as a fraction of the text), how much to delete, and what to insert, from one character to a large paste.</summary>
    private static readonly Gen<(double Where, int Length, string Inserted)> Edits =
        Gen.Select(
            Gen.Double[0, 1],
            Gen.Frequency((6, Gen.Int[0, 3]), (1, Gen.Int[0, 3000])),
            Gen.Frequency((6, Characters), (1, Gen.Int[0, 20_000].Select(length => Filler(length, seed: length)))));

    private static string Filler(int length, int seed = 0) =>
        string.Create(length, seed, (span, s) =>
        {
            for (var i = 0; i < span.Length; i++)
                span[i] = "SELECT 1;\nBACKUP\r\n"[(i + s) % 18];
        });

    [Fact]
    public void Any_chain_of_edits_reads_like_the_same_edits_of_a_string() =>
        Gen.Select(Texts, Edits.Array[1, 25], Gen.Int).Sample((original, edits, seed) =>
        {
            var random = new Random(seed);
            var model = original;
            var text = DocumentText.From(original);
            foreach (var (where, length, inserted) in edits)
            {
                var start = (int)(where * model.Length);
                var span = new TextSpan(start, Math.Min(length, model.Length - start));
                var previous = (Model: model, Text: text);
                model = string.Concat(model.AsSpan(0, span.Start), inserted, model.AsSpan(span.End));
                text = text.Replace(span, inserted);

                Assert.Equal(model, text.ToString());
                Assert.Equal(model.Length, text.Length);
                AssertReadsLike(model, text, random);
                Assert.Equal(NarrowestRegion(model, previous.Model), ChangedRegion.Between(text, previous.Text));
            }
        }, iter: 400);

    private static void AssertReadsLike(string model, DocumentText text, Random random)
    {
        for (var probe = 0; probe < 20 && model.Length > 0; probe++)
        {
            var start = random.Next(model.Length);
            var end = start + random.Next(Math.Min(model.Length - start, 12_000) + 1);
            Assert.Equal(model[start], text[start]);
            Assert.Equal(model[start..end], text.Slice(TextSpan.FromBounds(start, end)).ToString());
            Assert.Equal(model[start..end], text.ToString(TextSpan.FromBounds(start, end)));
            Assert.Equal(model[start..end], text.Read(TextSpan.FromBounds(start, end), new char[end - start]).ToString());
            var found = model.AsSpan(start, end - start).IndexOfAny('\r', '\n');
            Assert.Equal(found < 0 ? -1 : start + found, text.IndexOfAny('\r', '\n', start, end));
            Assert.Equal(model.AsSpan(0, end).LastIndexOfAny('\r', '\n'), text.LastIndexOfAny('\r', '\n', end));
        }
    }

    /// <summary>The longest common prefix, then the longest common suffix of the rest, computed on the strings.</summary>
    private static ChangedRegion NarrowestRegion(string text, string previous)
    {
        var prefix = text.AsSpan().CommonPrefixLength(previous);
        var suffix = 0;
        while (suffix < Math.Min(text.Length, previous.Length) - prefix && text[^(suffix + 1)] == previous[^(suffix + 1)])
            suffix++;
        return new ChangedRegion(prefix, previous.Length - suffix, text.Length - suffix);
    }

    [Fact]
    public void Typing_in_a_large_text_rebuilds_one_small_piece_and_shares_the_rest()
    {
        var original = Filler(1_000_000);
        var text = DocumentText.From(original);
        for (var i = 0; i < 1000; i++)
            text = i % 3 == 2 ? text.Replace(new TextSpan(500_000 + i - 1, 1), "") : text.Replace(new TextSpan(500_000 + i, 0), "x");

        Assert.True(text.PieceCount <= 3, $"{text.PieceCount} pieces");
        Assert.True(MemoryMarshal.TryGetString(text.Slice(new TextSpan(10, 100)), out var shared, out _, out _));
        Assert.Same(original, shared);
        Assert.True(MemoryMarshal.TryGetString(text.Slice(new TextSpan(text.Length - 100, 100)), out shared, out _, out _));
        Assert.Same(original, shared);
        // Read shares a span in one piece too, and copies into the buffer only across pieces.
        var buffer = new char[20_000];
        Assert.True(Unsafe.AreSame(in original.AsSpan(10)[0], in text.Read(new TextSpan(10, 100), buffer)[0]));
        Assert.True(Unsafe.AreSame(in buffer[0], in text.Read(new TextSpan(490_000, 20_000), buffer)[0]));
    }

    [Fact]
    public void Edits_scattered_over_a_text_never_leave_more_than_a_bounded_number_of_pieces()
    {
        var model = Filler(300_000);
        var text = DocumentText.From(model);
        for (var i = 0; i < 3000; i++)
        {
            var at = (int)((long)i * 7919 % model.Length);
            model = model.Insert(at, "y");
            text = text.Replace(new TextSpan(at, 0), "y");
            Assert.InRange(text.PieceCount, 1, 1024);
        }
        Assert.Equal(model, text.ToString());
    }

    [Fact]
    public void Out_of_range_edits_and_slices_are_refused()
    {
        var text = DocumentText.From("abc");
        Assert.Throws<ArgumentOutOfRangeException>(() => text.Replace(new TextSpan(2, 2), ""));
        Assert.Throws<ArgumentOutOfRangeException>(() => text.Slice(new TextSpan(-1, 1)));
        Assert.Throws<ArgumentOutOfRangeException>(() => text[3]);
        Assert.Equal("", DocumentText.Empty.ToString());
        Assert.Equal("x", DocumentText.Empty.Replace(new TextSpan(0, 0), "x").ToString());
    }
}
