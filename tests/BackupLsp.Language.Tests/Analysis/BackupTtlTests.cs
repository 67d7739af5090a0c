using BackupLsp.Language.Rules;

namespace BackupLsp.Language.Tests.Analysis;

/// <summary>BACKUP's ttl as StarRocks' SnapshotTtl.parse (PeriodStyle.LONG, then DurationStyle.LONG) reads it.</summary>
public sealed class BackupTtlTests
{
    [Theory]
    [InlineData("7 DAY")]
    [InlineData("12 HOUR")]
    [InlineData("1 MONTH")]
    [InlineData("  30 second  ")]
    [InlineData("1 year 2 months")]
    [InlineData("2 weeks\t3\ndays")]
    [InlineData("+5 Minutes")]
    [InlineData("٧ day")] // Java's Integer.parseInt takes digits of any script
    [InlineData("1 wee\u212As")] // the Kelvin sign lower-cases to k in Java too
    [InlineData("1 day -1 hours")] // a duration: 23 hours
    [InlineData("2 days -1 days")] // a period of one day
    [InlineData("3000000000 days")] // beyond a period's int: read as a duration
    public void A_positive_duration_is_accepted(string ttl) => Assert.Equal(BackupTtlReading.Positive, BackupTtl.Read(ttl));

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("\t\0 ")] // Java's trim takes every character up to U+0020
    public void An_empty_value_keeps_the_snapshot_forever(string ttl) => Assert.Equal(BackupTtlReading.KeptForever, BackupTtl.Read(ttl));

    [Theory]
    [InlineData("0 DAY")]
    [InlineData("-1 DAY")]
    [InlineData("0 seconds")]
    [InlineData("1 month -1 days")] // a period with a negative part, whatever it adds up to
    [InlineData("1 days -1 days")]
    [InlineData("306783379 weeks")] // 7 × that wraps a 32-bit int below zero, as in Java
    [InlineData("106751991167301 days")] // × 86400 seconds wraps a 64-bit long below zero
    public void A_zero_or_negative_duration_is_refused(string ttl) => Assert.Equal(BackupTtlReading.NotPositive, BackupTtl.Read(ttl));

    [Theory]
    [InlineData("7d")]
    [InlineData("forever")]
    [InlineData("7 PARSEC")]
    [InlineData("7")]
    [InlineData("DAY 7")]
    [InlineData("1 week 2 hours")] // a period's unit and a duration's do not mix
    [InlineData("1.5 days")]
    [InlineData("7\u00A0DAY")] // no-break space is no \s
    [InlineData("1 m\u0130nute")] // Java lower-cases İ to two characters
    [InlineData("9223372036854775808 seconds")]
    public void Anything_else_is_invalid(string ttl) => Assert.Equal(BackupTtlReading.Invalid, BackupTtl.Read(ttl));
}
