using BackupLsp.Language.Analysis;

namespace BackupLsp.Language.Syntax;

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
        return bare ? name : Backticked(name);
    }

    /// <summary>
    /// How a name is written where the release is not known (a syntax error's fix): as <see cref="ToSql"/> writes it for
    /// the latest, and backticked also where an older release reserves it.
    /// </summary>
    public static string ToSqlInAnyRelease(string name) => Keywords.IsReservedInSome(name) ? Backticked(name) : ToSql(name, null);

    private static string Backticked(string name) => $"`{name.Replace("`", "``")}`";
}
