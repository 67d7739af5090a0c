using BackupLsp.Language.Rules;

namespace BackupLsp.Language.Tests.Analysis;

/// <summary>The integer parse against what Java's Long.parseLong and Integer.parseInt accept.</summary>
public sealed class JavaIntegerTests
{
    [Theory]
    [InlineData("600", 600)]
    [InlineData("+600", 600)]
    [InlineData("-0", 0)]
    [InlineData("000600", 600)]
    [InlineData("\u0666\u0660\u0660", 600)] // Arabic-Indic digits
    [InlineData("\uFF19\uFF10\uFF10", 900)] // fullwidth digits
    [InlineData("9223372036854775807", long.MaxValue)]
    [InlineData("-9223372036854775808", long.MinValue)]
    public void Java_reads_these_as_64_bit_integers(string text, long expected)
    {
        Assert.Equal(JavaIntegerParse.Valid, JavaInteger.Parse(text, long.MinValue, long.MaxValue, out var value));
        Assert.Equal(expected, value);
    }

    [Theory]
    [InlineData("")]
    [InlineData("+")]
    [InlineData("-")]
    [InlineData("600\0")]
    [InlineData("\0600")]
    [InlineData(" 600")]
    [InlineData("600 ")]
    [InlineData("6_00")]
    [InlineData("600.0")]
    [InlineData("1e3")]
    [InlineData("--1")]
    [InlineData("+-1")]
    [InlineData("\u00B2")] // superscript two: a digit value, but not a decimal digit
    [InlineData("\uD835\uDFCE")] // mathematical bold zero: Java reads a string's chars one by one, and a surrogate is no digit
    [InlineData("99999999999999999999x")]
    public void Java_rejects_these_as_malformed(string text) =>
        Assert.Equal(JavaIntegerParse.NotAnInteger, JavaInteger.Parse(text, long.MinValue, long.MaxValue, out _));

    [Theory]
    [InlineData("9223372036854775808", long.MinValue, long.MaxValue)]
    [InlineData("-9223372036854775809", long.MinValue, long.MaxValue)]
    [InlineData("99999999999999999999999999999999999999999", long.MinValue, long.MaxValue)]
    [InlineData("2147483648", int.MinValue, int.MaxValue)]
    [InlineData("-2147483649", int.MinValue, int.MaxValue)]
    public void Java_rejects_these_as_out_of_range(string text, long min, long max) =>
        Assert.Equal(JavaIntegerParse.OutOfRange, JavaInteger.Parse(text, min, max, out _));

    [Fact]
    public void The_32_bit_bounds_are_in_range()
    {
        Assert.Equal(JavaIntegerParse.Valid, JavaInteger.Parse("2147483647", int.MinValue, int.MaxValue, out _));
        Assert.Equal(JavaIntegerParse.Valid, JavaInteger.Parse("-2147483648", int.MinValue, int.MaxValue, out _));
    }
}
