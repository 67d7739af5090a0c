using System.Text;

namespace BackupLsp.Language.Catalog.Cluster;

/// <summary>
/// The output of <c>mysql --batch</c> (what StarRocks' MySQL client prints with <c>-B</c>, or when its output is not a
/// terminal): a header line of column names, then one line per row, values separated by tabs, with <c>\t</c>,
/// <c>\n</c>, <c>\\</c> and <c>\0</c> escaped and SQL NULL written as <c>NULL</c>. Columns are found by name, in any
/// case and order, so that a query may select more than is read. An answer without rows is no output at all: the client
/// writes no header for it.
/// </summary>
public sealed class MySqlBatchOutput
{
    private readonly Dictionary<string, int> _columns;
    private readonly List<string?[]> _rows;

    private MySqlBatchOutput(Dictionary<string, int> columns, List<string?[]> rows) => (_columns, _rows) = (columns, rows);

    public IReadOnlyList<string?[]> Rows => _rows;

    /// <summary>Whether the output is empty, without even a header: the client's answer without rows, or no answer at all.</summary>
    public bool IsEmpty => _columns.Count == 0;

    /// <summary>The output, or why it is not one: a row with another number of values than the header.</summary>
    public static (MySqlBatchOutput? Output, string? Error) Parse(string text)
    {
        var lines = text.Split('\n').Select(line => line.TrimEnd('\r')).ToList();
        while (lines.Count > 0 && lines[^1].Length == 0)
            lines.RemoveAt(lines.Count - 1);
        if (lines.Count == 0)
            return (new MySqlBatchOutput([], []), null);
        var columns = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        var header = lines[0].Split('\t');
        for (var i = 0; i < header.Length; i++)
            columns.TryAdd(header[i], i);
        var rows = new List<string?[]>();
        for (var i = 1; i < lines.Count; i++)
        {
            var values = lines[i].Split('\t');
            if (values.Length != header.Length)
                return (null, $"line {i + 1} has {values.Length} values, the header {header.Length} columns");
            rows.Add([.. values.Select(Unescape)]);
        }
        return (new MySqlBatchOutput(columns, rows), null);
    }

    /// <summary>The index of the first of <paramref name="names"/> that is a column, or null.</summary>
    public int? Column(params string[] names)
    {
        foreach (var name in names)
            if (_columns.TryGetValue(name, out var index))
                return index;
        return null;
    }

    /// <summary>A value unescaped; null for SQL NULL, and for the <c>\N</c> StarRocks' SHOW statements write where they have
    /// none (FeConstants.null_string: a snapshot whose backup information cannot be read has it for its timestamp), which
    /// the client escapes as <c>\\N</c>.</summary>
    private static string? Unescape(string value)
    {
        if (value is "NULL" or @"\\N" or @"\N")
            return null;
        if (!value.Contains('\\'))
            return value;
        var text = new StringBuilder(value.Length);
        for (var i = 0; i < value.Length; i++)
        {
            if (value[i] != '\\' || i + 1 == value.Length)
            {
                text.Append(value[i]);
                continue;
            }
            text.Append(value[++i] switch { 't' => '\t', 'n' => '\n', 'r' => '\r', '0' => '\0', var other => other });
        }
        return text.ToString();
    }
}
