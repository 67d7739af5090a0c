namespace BackupLsp.Language.Rules;

/// <summary>
/// How the messages name things: a repository in brackets, a snapshot in backticks, any other object in single quotes,
/// and a property key or a string the script quotes in double quotes.
/// </summary>
internal static class MessageNames
{
    public static string Repository(string name) => $"[{name}]";

    public static string Snapshot(string name) => $"`{name}`";

    public static string Object(string name) => $"'{name}'";

    public static string Quoted(string text) => $"\"{text}\"";
}
