using System.Text;

namespace BackupLsp.Language.Tests.Baselines;

/// <summary>A unified-style line diff (longest common subsequence), small inputs only.</summary>
internal static class LineDiff
{
    public static string Between(string expected, string actual)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var common = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                common[i, j] = a[i] == b[j] ? common[i + 1, j + 1] + 1 : Math.Max(common[i + 1, j], common[i, j + 1]);

        var diff = new StringBuilder();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y])
            {
                diff.Append("  ").AppendLine(a[x]);
                x++;
                y++;
            }
            else if (x < a.Length && (y == b.Length || common[x + 1, y] >= common[x, y + 1]))
                diff.Append("- ").AppendLine(a[x++]);
            else
                diff.Append("+ ").AppendLine(b[y++]);
        }
        return diff.ToString();
    }
}
