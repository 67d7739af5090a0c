using System.Collections.Immutable;

namespace BackupLsp.Language.Syntax;

/// <summary>
/// Remembers the farthest token position at which any primitive parser failed, and everything that was
/// expected there. Superpower forgets the expectations of optional clauses that were absent, which are exactly
/// what a person (and keyword completion) needs: after <c>TO repo</c> either ON, PROPERTIES or the end may come.
/// One tracker per thread: a parse runs start to finish on one thread.
/// </summary>
internal static class FarthestFailure
{
    [ThreadStatic] private static Tracker? _tracker;

    private sealed class Tracker
    {
        public int Position = -1;
        public string[] Expected = new string[16];
        public int Count;
    }

    private static Tracker Current => _tracker ??= new Tracker();

    public static void Reset()
    {
        var tracker = Current;
        tracker.Position = -1;
        tracker.Count = 0;
    }

    /// <summary>Runs for every alternative that fails, so it is a plain array scan: expectations are few and mostly literals.</summary>
    public static void Record(int position, string expectation)
    {
        var tracker = Current;
        if (position < tracker.Position)
            return;
        if (position > tracker.Position)
        {
            tracker.Position = position;
            tracker.Count = 0;
        }
        for (var i = 0; i < tracker.Count; i++)
            if (ReferenceEquals(tracker.Expected[i], expectation) || tracker.Expected[i] == expectation)
                return;
        if (tracker.Count == tracker.Expected.Length)
            Array.Resize(ref tracker.Expected, tracker.Count * 2);
        tracker.Expected[tracker.Count++] = expectation;
    }

    public static int Position => Current.Position;

    public static ImmutableArray<string> Expected => [.. Current.Expected.AsSpan(0, Current.Count)];
}
