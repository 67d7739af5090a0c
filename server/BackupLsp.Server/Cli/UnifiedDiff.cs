using System.Text;

namespace BackupLsp.Server.Cli;

/// <summary>
/// A unified diff of two texts by lines (<c>diff -u</c>'s format, which <c>patch</c> and <c>git apply</c> read), each change
/// with three lines of context; the lines are found by Myers' algorithm, which keeps the changes as few as they can be.
/// </summary>
internal static class UnifiedDiff
{
    private const int Context = 3;

    public static string Of(string path, string before, string after)
    {
        var operations = Operations(Lines(before), Lines(after));
        var output = new StringBuilder($"--- {path}\n+++ {path}\n");
        var changes = Enumerable.Range(0, operations.Count).Where(i => operations[i].Kind != ' ').ToList();
        for (var next = 0; next < changes.Count;)
        {
            // A hunk takes every change whose context meets the one before's.
            var last = next;
            while (last + 1 < changes.Count && changes[last + 1] - changes[last] <= 2 * Context)
                last++;
            var (start, end) = (Math.Max(0, changes[next] - Context), Math.Min(operations.Count, changes[last] + Context + 1));
            int Count(int from, int to, char without) => operations.Skip(from).Take(to - from).Count(op => op.Kind != without);
            output.Append($"@@ -{Range(Count(0, start, '+'), Count(start, end, '+'))} +{Range(Count(0, start, '-'), Count(start, end, '-'))} @@\n");
            foreach (var (kind, line) in operations.Skip(start).Take(end - start))
                output.Append(kind).Append(line).Append(line.EndsWith('\n') ? "" : "\n\\ No newline at end of file\n");
            next = last + 1;
        }
        return output.ToString();
    }

    /// <summary>A hunk's lines in one text: where they start (1-based; the line before, where there are none) and how many.</summary>
    private static string Range(int before, int count) => count switch
    {
        0 => $"{before},0",
        1 => $"{before + 1}",
        _ => $"{before + 1},{count}",
    };

    /// <summary>Each line with its line break.</summary>
    private static List<string> Lines(string text)
    {
        var lines = new List<string>();
        var start = 0;
        for (var i = text.IndexOf('\n'); i >= 0; i = text.IndexOf('\n', start))
        {
            lines.Add(text[start..(i + 1)]);
            start = i + 1;
        }
        if (start < text.Length)
            lines.Add(text[start..]);
        return lines;
    }

    /// <summary>Each line of both texts in order, kept (' '), removed ('-') or added ('+').</summary>
    private static List<(char Kind, string Line)> Operations(List<string> a, List<string> b)
    {
        // Fixes touch few lines of a script: what is the same at both ends is taken off before the search.
        var prefix = 0;
        while (prefix < a.Count && prefix < b.Count && a[prefix] == b[prefix])
            prefix++;
        var suffix = 0;
        while (suffix < a.Count - prefix && suffix < b.Count - prefix && a[^(suffix + 1)] == b[^(suffix + 1)])
            suffix++;
        var (n, m) = (a.Count - prefix - suffix, b.Count - prefix - suffix);
        var operations = a.Take(prefix).Select(line => (' ', line)).ToList();
        operations.AddRange(Middle(a.GetRange(prefix, n), b.GetRange(prefix, m)));
        operations.AddRange(a.Skip(prefix + n).Select(line => (' ', line)));
        return operations;
    }

    /// <summary>Myers' O(ND) search for the shortest edit script, then its path read back from the end.</summary>
    private static List<(char Kind, string Line)> Middle(List<string> a, List<string> b)
    {
        var (n, m) = (a.Count, b.Count);
        var offset = n + m + 1;
        var furthest = new int[2 * offset + 1];
        var rounds = new List<int[]>();
        var done = false;
        for (var d = 0; !done; d++)
        {
            rounds.Add((int[])furthest.Clone());
            for (var k = -d; k <= d && !done; k += 2)
            {
                var x = k == -d || (k != d && furthest[offset + k - 1] < furthest[offset + k + 1]) ? furthest[offset + k + 1] : furthest[offset + k - 1] + 1;
                var y = x - k;
                while (x < n && y < m && a[x] == b[y])
                    (x, y) = (x + 1, y + 1);
                furthest[offset + k] = x;
                done = x >= n && y >= m;
            }
        }
        var path = new List<(char, string)>();
        var (cx, cy) = (n, m);
        for (var d = rounds.Count - 1; d > 0; d--)
        {
            var before = rounds[d];
            var k = cx - cy;
            var fromK = k == -d || (k != d && before[offset + k - 1] < before[offset + k + 1]) ? k + 1 : k - 1;
            var fromX = before[offset + fromK];
            var fromY = fromX - fromK;
            for (; cx > fromX && cy > fromY; cx--, cy--)
                path.Add((' ', a[cx - 1]));
            path.Add(cx == fromX ? ('+', b[cy - 1]) : ('-', a[cx - 1]));
            (cx, cy) = (fromX, fromY);
        }
        for (; cx > 0; cx--)
            path.Add((' ', a[cx - 1]));
        path.Reverse();
        return path;
    }
}
