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
    [ThreadStatic] private static int _position;
    [ThreadStatic] private static List<string>? _expected;

    public static void Reset()
    {
        _position = -1;
        (_expected ??= []).Clear();
    }

    public static void Record(int position, string expectation)
    {
        _expected ??= [];
        if (position > _position)
        {
            _position = position;
            _expected.Clear();
        }
        if (position == _position && !_expected.Contains(expectation))
            _expected.Add(expectation);
    }

    public static int Position => _position;

    public static ImmutableArray<string> Expected => _expected is null ? [] : [.. _expected];
}
