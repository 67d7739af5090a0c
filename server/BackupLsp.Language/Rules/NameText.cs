using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Rules;

public static class NameText
{
    /// <summary>
    /// How a name is written in SQL for the configured release (null: the latest): bare when the lexer reads it whole as a
    /// name (not a number such as 2024 or 1e5) that release does not reserve, backticked otherwise. A name that starts with
    /// <c>$$</c> is one only while no <c>$$</c> follows it in the script: it is backticked too.
    /// </summary>
    public static string ToSql(string name, StarRocksVersion? version)
    {
        var bare = name.Length > 0 && !name.StartsWith("$$", StringComparison.Ordinal) && Lexer.Scan(name, 0, out var end) == TokenKind.Word
            && end == name.Length && !Keywords.IsReserved(name, version);
        return bare ? name : $"`{name.Replace("`", "``")}`";
    }
}
