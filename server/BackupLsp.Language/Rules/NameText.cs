using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Rules;

public static class NameText
{
    /// <summary>How a name is written in SQL: bare when it can be, backticked otherwise.</summary>
    public static string ToSql(string name)
    {
        var bare = name.Length > 0 && name.All(Lexer.IsWordCharacter) && !name.All(char.IsAsciiDigit) && !Keywords.IsReserved(name);
        return bare ? name : $"`{name.Replace("`", "``")}`";
    }
}
