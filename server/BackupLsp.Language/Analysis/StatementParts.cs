using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Analysis;

/// <summary>
/// A statement and the statements after missing `;`s inside it (<see cref="ParsedStatement.Continuations"/>), each where
/// it starts in the statement and with the session it is checked in: the one the parts before it leave.
/// </summary>
internal static class StatementParts
{
    public static IEnumerable<(int Offset, ParsedStatement Part, AnalysisContext Session)> Of(ParsedStatement parsed, AnalysisContext session)
    {
        yield return (0, parsed, session);
        var previous = parsed;
        foreach (var (offset, part) in parsed.Continuations)
        {
            session = session.After(SessionEffect.Of(previous));
            yield return (offset, part, session);
            previous = part;
        }
    }

    /// <summary>The statement and its continuations, each where it starts in the statement.</summary>
    public static IEnumerable<(int Offset, ParsedStatement Part)> Of(ParsedStatement parsed)
    {
        yield return (0, parsed);
        foreach (var continuation in parsed.Continuations)
            yield return continuation;
    }

    /// <summary>Where the part that starts at <paramref name="index"/> of <see cref="Of"/> ends, relative to the statement.</summary>
    public static int EndOf(ParsedStatement parsed, int index) =>
        index < parsed.Continuations.Length ? parsed.Continuations[index].Offset : parsed.Text.Length;
}
