namespace BackupLsp.Language.Analysis;

/// <summary>Did-you-mean: the closest candidate within a small edit distance.</summary>
public static class EditDistance
{
    /// <summary>
    /// Optimal string alignment distance (Levenshtein plus adjacent transpositions), or any number above
    /// <paramref name="limit"/> once it is sure to exceed it: did-you-mean weighs every name of a large catalog.
    /// </summary>
    public static int Between(ReadOnlySpan<char> a, ReadOnlySpan<char> b, bool ignoreCase, int limit = int.MaxValue - 1)
    {
        if (a.Length > 64 || b.Length > 64)
            return int.MaxValue;
        // Compared folded once rather than in any case character by character: did-you-mean calls this for every near name.
        if (ignoreCase)
        {
            Span<char> foldedA = stackalloc char[a.Length];
            Span<char> foldedB = stackalloc char[b.Length];
            return Between(Fold(a, foldedA), Fold(b, foldedB), limit);
        }
        return Between(a, b, limit);
    }

    private static int Between(ReadOnlySpan<char> a, ReadOnlySpan<char> b, int limit)
    {
        Span<int> previous2 = stackalloc int[b.Length + 1];
        Span<int> previous = stackalloc int[b.Length + 1];
        Span<int> current = stackalloc int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        var previousMin = 0;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var currentMin = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                var best = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                if (cost == 1 && i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                    best = Math.Min(best, previous2[j - 2] + 1);
                current[j] = best;
                currentMin = Math.Min(currentMin, best);
            }
            // Later rows never go below the smaller of the last two rows' smallest entries (a transposition reaches back
            // two rows); the first row's predecessor is the empty word's, which only a transposition in row two reads.
            if (currentMin > limit && (i == 1 || previousMin > limit))
                return limit + 1;
            previousMin = currentMin;
            var recycled = previous2;
            previous2 = previous;
            previous = current;
            current = recycled;
        }
        return previous[b.Length];
    }

    /// <summary>
    /// The characters in invariant upper case, so that two compare equal exactly when they are the same in any case (the
    /// micro sign and Greek mu are, in upper case only).
    /// </summary>
    private static ReadOnlySpan<char> Fold(ReadOnlySpan<char> text, Span<char> folded)
    {
        for (var i = 0; i < text.Length; i++)
            folded[i] = char.IsAscii(text[i]) ? (char.IsAsciiLetterLower(text[i]) ? (char)(text[i] & ~0x20) : text[i]) : char.ToUpperInvariant(text[i]);
        return folded;
    }

    /// <summary>How far a word may be from a candidate and still be a likely typo of it.</summary>
    public static int Tolerance(int length) => length switch { <= 3 => 0, <= 5 => 1, <= 9 => 2, _ => 3 };

    /// <summary>Whether <paramref name="word"/> is near enough to <paramref name="candidate"/> to be a likely typo of it (or the same).</summary>
    public static bool IsNear(string word, string candidate, bool ignoreCase = true) =>
        DistanceIfNear(word, Letters(word), candidate, Letters(candidate), ignoreCase) is not null;

    /// <summary>
    /// The candidate nearest to <paramref name="word"/>, or null when none is near enough; of two as near, the first in
    /// ordinal order. A candidate that differs from it only in case is the likeliest of all when <paramref name="caseMatters"/>
    /// (names StarRocks compares case-sensitively), and no suggestion at all otherwise.
    /// </summary>
    public static string? Suggest(string word, IEnumerable<string> candidates, bool ignoreCase = true, bool caseMatters = false) =>
        Suggest(word, new NameCandidates(candidates), ignoreCase, caseMatters);

    /// <inheritdoc cref="Suggest(string, IEnumerable{string}, bool, bool)"/>
    /// <param name="skipped">Names not to suggest, such as those the statement names already; none when null.</param>
    public static string? Suggest(string word, NameCandidates candidates, bool ignoreCase = true, bool caseMatters = false,
        Func<string, bool>? skipped = null)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        var wordLetters = Letters(word);
        for (var part = candidates; part is not null; part = part.Earlier)
            for (var (names, letters, i) = (part.Names, part.Letters, 0); i < names.Length; i++)
            {
                if (DistanceIfNear(word, wordLetters, names[i], letters[i], ignoreCase, bestDistance) is not { } distance || (distance == 0 && !caseMatters)
                    || skipped?.Invoke(names[i]) == true)
                    continue;
                if (distance < bestDistance || string.CompareOrdinal(names[i], best) < 0)
                    (best, bestDistance) = (names[i], distance);
            }
        return best;
    }

    /// <param name="wordLetters">The <see cref="Letters"/> of <paramref name="word"/>, made once for all the candidates.</param>
    /// <param name="candidateLetters">The <see cref="Letters"/> of <paramref name="candidate"/>, made once for all the words.</param>
    private static int? DistanceIfNear(string word, ulong wordLetters, string candidate, ulong candidateLetters, bool ignoreCase, int limit = int.MaxValue)
    {
        // The cheap tests first: a large catalog's names are mostly far from the word. A name that differs only in case
        // has the word's length and letters, so it gets past them.
        var tolerance = Math.Min(Tolerance(candidate.Length), limit);
        // Each edit changes the length by at most one: a word much longer or shorter is never near.
        if (Math.Abs(word.Length - candidate.Length) > tolerance)
            return null;
        // Nor is a word with more letters the candidate lacks (or the other way round) than the tolerance: each needs an edit.
        if (ulong.PopCount(wordLetters & ~candidateLetters) > (ulong)tolerance || ulong.PopCount(candidateLetters & ~wordLetters) > (ulong)tolerance)
            return null;
        // However long the names (the distance gives up past 64 characters), one that differs only in case is the nearest.
        if (ignoreCase && word.Equals(candidate, StringComparison.OrdinalIgnoreCase))
            return 0;
        var distance = Between(word, candidate, ignoreCase, tolerance);
        return distance <= tolerance ? distance : null;
    }

    /// <summary>
    /// The set of characters in <paramref name="word"/>, one bit per letter (either case), digit or underscore and one
    /// for all the rest: sets that share a bit for different characters only ever miss a difference, never invent one.
    /// </summary>
    internal static ulong Letters(string word)
    {
        var set = 0UL;
        foreach (var c in word)
            set |= 1UL << (char.IsAsciiLetter(c) ? (c | 0x20) - 'a' : char.IsAsciiDigit(c) ? 26 + c - '0' : c == '_' ? 36 : 37);
        return set;
    }
}
