using System.Buffers;

namespace BackupLsp.Language.Syntax;

/// <summary>
/// What the parser says it expected where it failed. Besides the keywords themselves (spelled in upper case),
/// these are the only expectations; completion maps each to the names it offers.
/// </summary>
public static class Expectations
{
    public const string SnapshotName = "a snapshot name";
    public const string RepositoryName = "a repository name";
    public const string DatabaseName = "a database name";
    public const string TableName = "a table name";
    public const string ObjectName = "a view, materialized view or function name";
    public const string PartitionName = "a partition name";
    public const string CatalogName = "an external catalog name";
    public const string AliasName = "a new name";
    public const string BrokerName = "a broker name";
    public const string PropertyKey = "a property key";
    public const string PropertyValue = "a property value";
    public const string PartitionValue = "a literal value";
    public const string Location = "a location string";
    public const string Condition = "a condition";
    public const string SortKey = "a sort key";
    public const string RowCount = "a row count";
    public const string VariableName = "a variable name";

    private static readonly SearchValues<char> KeywordCharacters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZ_");

    /// <summary>Keywords are expected as themselves: an upper-case word (asked of every expectation of each completion).</summary>
    public static bool IsKeyword(string expectation) =>
        expectation.Length > 0 && !expectation.AsSpan().ContainsAnyExcept(KeywordCharacters);
}
