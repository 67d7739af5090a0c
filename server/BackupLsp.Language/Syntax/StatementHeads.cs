using BackupLsp.Language.Analysis;
using Superpower;

namespace BackupLsp.Language.Syntax;

/// <summary>
/// Recognises a family statement by its first words, and a likely misspelling of them (<c>BAKUP SNAPSHOT</c>).
/// Anything else is some other SQL and is left alone.
/// </summary>
internal static class StatementHeads
{
    /// <param name="Words">The head: the words that must start the statement.</param>
    /// <param name="BodyStart">How many head words the body parser skips (CREATE's body reads READ ONLY itself).</param>
    internal sealed record Head(StatementKind Kind, string[] Words, int BodyStart, TokenListParser<TokenKind, Statement> Body)
    {
        /// <summary>The words completion offers for the head: CREATE READ ONLY goes on with the REPOSITORY its body reads.</summary>
        public string[] Phrase { get; init; } = Words;
    }

    public static readonly Head[] All =
    [
        new(StatementKind.Backup, ["BACKUP"], 1, Grammar.BackupBody),
        new(StatementKind.Restore, ["RESTORE"], 1, Grammar.RestoreBody),
        new(StatementKind.CreateRepository, ["CREATE", "REPOSITORY"], 1, Grammar.CreateRepositoryBody),
        new(StatementKind.CreateRepository, ["CREATE", "READ"], 1, Grammar.CreateRepositoryBody) { Phrase = ["CREATE", "READ", "ONLY", "REPOSITORY"] },
        new(StatementKind.DropRepository, ["DROP", "REPOSITORY"], 2, Grammar.DropRepositoryBody),
        new(StatementKind.DropSnapshot, ["DROP", "SNAPSHOT"], 2, Grammar.DropSnapshotBody),
        new(StatementKind.ShowRepositories, ["SHOW", "REPOSITORIES"], 2, Grammar.ShowRepositoriesBody),
        new(StatementKind.ShowSnapshot, ["SHOW", "SNAPSHOT"], 2, Grammar.ShowSnapshotBody),
        new(StatementKind.ShowBackup, ["SHOW", "BACKUP"], 2, Grammar.ShowBackupBody),
        new(StatementKind.ShowRestore, ["SHOW", "RESTORE"], 2, Grammar.ShowRestoreBody),
        new(StatementKind.CancelBackup, ["CANCEL", "BACKUP"], 2, Grammar.CancelBackupBody),
        new(StatementKind.CancelRestore, ["CANCEL", "RESTORE"], 2, Grammar.CancelRestoreBody),
    ];

    /// <summary>The words that start a statement of <paramref name="kind"/>: SHOW BACKUP.</summary>
    public static string WordsOf(StatementKind kind) => string.Join(' ', All.First(head => head.Kind == kind).Words);

    /// <summary>A recognised head, with the index of each misspelled head word and the keyword it stands for.</summary>
    internal sealed record Match(Head Head, IReadOnlyList<(int WordIndex, string Keyword)> Misspellings);

    /// <summary>The match of each head of <see cref="All"/> spelled right, made once: most statements are.</summary>
    private static readonly Match[] ExactMatches = [.. All.Select(head => new Match(head, []))];

    /// <param name="words">The statement's first significant tokens' texts (null for a token that is not a word).</param>
    public static Match? Recognise(IReadOnlyList<string?> words)
    {
        for (var i = 0; i < All.Length; i++)
            if (Matches(All[i].Words, words))
                return ExactMatches[i];

        // A single-word head needs SNAPSHOT after it to count as misspelled (BAKUP SNAPSHOT); otherwise only
        // the second word of a two-word head may be misspelled, so that SHOW BACKENDS stays other SQL.
        foreach (var head in All)
        {
            var first = head.Words[0];
            var second = head.Words.Length == 1 ? "SNAPSHOT" : head.Words[1];
            if (words.Count < 2 || words[0] is not { } word0 || words[1] is not { } word1)
                continue;
            var firstSame = word0.Equals(first, StringComparison.OrdinalIgnoreCase);
            var secondSame = word1.Equals(second, StringComparison.OrdinalIgnoreCase);
            // The second word first: for other SQL (SELECT id ...) it rules the head out at the cheapest test.
            if (head.Words.Length == 1 && !firstSame && (secondSame || IsTypo(word1, second)) && IsTypo(word0, first))
                return new Match(head, [(0, first)]);
            if (head.Words.Length > 1 && firstSame && !secondSame && IsTypo(word1, second))
                return new Match(head, [(1, second)]);
        }
        return null;
    }

    private static bool Matches(string[] head, IReadOnlyList<string?> words)
    {
        if (words.Count < head.Length)
            return false;
        for (var i = 0; i < head.Length; i++)
            if (!string.Equals(words[i], head[i], StringComparison.OrdinalIgnoreCase))
                return false;
        return true;
    }

    private static bool IsTypo(string word, string keyword) => EditDistance.IsNear(word, keyword);
}
