namespace BackupLsp.Language.Analysis;

/// <summary>Did-you-mean: the closest candidate within a small edit distance.</summary>
public static class EditDistance
{
    /// <summary>Optimal string alignment distance (Levenshtein plus adjacent transpositions).</summary>
    public static int Between(ReadOnlySpan<char> a, ReadOnlySpan<char> b, bool ignoreCase)
    {
        if (a.Length > 64 || b.Length > 64)
            return int.MaxValue;
        Span<int> previous2 = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = Same(a[i - 1], b[j - 1], ignoreCase) ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (i > 1 && j > 1 && Same(a[i - 1], b[j - 2], ignoreCase) && Same(a[i - 2], b[j - 1], ignoreCase))
                    best = Math.Min(best, previous2[j - 2] + 1);
                current[j] = best;
            }
            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.Length];
    }

    /// <summary>How far a word may be from a candidate and still be a likely typo of it.</summary>
    public static int Tolerance(int length) => length switch { <= 3 => 0, <= 5 => 1, <= 9 => 2, _ => 3 };

    /// <summary>Whether <paramref name="word"/> is near enough to <paramref name="candidate"/> to be a likely typo of it (or the same).</summary>
    public static bool IsNear(string word, string candidate, bool ignoreCase = true) =>
        DistanceIfNear(word, candidate, ignoreCase) is not null;

    /// <summary>The candidate nearest to <paramref name="word"/>, or null when none is near enough.</summary>
    public static string? Suggest(string word, IEnumerable<string> candidates, bool ignoreCase = true)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            if (DistanceIfNear(word, candidate, ignoreCase) is not { } distance || distance == 0 || distance >= bestDistance)
                continue;
            best = candidate;
            bestDistance = distance;
        }
        return best;
    }

    private static int? DistanceIfNear(string word, string candidate, bool ignoreCase)
    {
        var tolerance = Tolerance(candidate.Length);
        // Each edit changes the length by at most one: a word much longer or shorter is never near, and costs nothing.
        if (Math.Abs(word.Length - candidate.Length) > tolerance)
            return null;
        var distance = Between(word, candidate, ignoreCase);
        return distance <= tolerance ? distance : null;
    }

    private static bool Same(char x, char y, bool ignoreCase) =>
        x == y || (ignoreCase && char.ToUpperInvariant(x) == char.ToUpperInvariant(y));
}
