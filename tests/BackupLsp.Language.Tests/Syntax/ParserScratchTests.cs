using System.Reflection;
using BackupLsp.Language.Syntax;
using Superpower.Model;

namespace BackupLsp.Language.Tests.Syntax;

public sealed class ParserScratchTests
{
    /// <summary>The thread's token list, reused by every parse on the thread.</summary>
    private static List<Token<TokenKind>>? Scratch() =>
        (List<Token<TokenKind>>?)typeof(StatementParser).GetField("_scratch", BindingFlags.NonPublic | BindingFlags.Static)!.GetValue(null);

    [Fact]
    public void A_statement_of_hundreds_of_thousands_of_tokens_leaves_no_room_for_them_to_its_thread()
    {
        StatementParser.Parse("BACKUP SNAPSHOT db.s TO r ON (" + string.Join(", ", Enumerable.Repeat("a", 200_000)) + ");");

        Assert.True(Scratch() is not { } kept || kept.Capacity <= StatementParser.MaxKeptTokens, $"{Scratch()?.Capacity} tokens' room kept");
    }

    [Fact]
    public void An_ordinary_statement_leaves_its_list_to_the_next_parse()
    {
        StatementParser.Parse("BACKUP SNAPSHOT db.s TO r;");
        var kept = Scratch();

        StatementParser.Parse("SELECT 1;");

        Assert.NotNull(kept);
        Assert.Same(kept, Scratch());
    }
}
