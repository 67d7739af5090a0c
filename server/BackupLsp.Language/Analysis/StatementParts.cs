using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Analysis;

/// <summary>
/// A statement and the statements after missing `;`s inside it (<see cref="ParsedStatement.Continuations"/>), each where
/// it starts and ends in the statement and with the session it is checked in: the one the parts before it leave.
/// </summary>
internal static class StatementParts
{
    public static IEnumerable<(int Offset, int End, ParsedStatement Part, AnalysisContext Session)> Of(ParsedStatement parsed, AnalysisContext session)
    {
        var continuations = parsed.Continuations;
        yield return (0, continuations.IsEmpty ? parsed.Text.Length : continuations[0].Offset, parsed, session);
        var previous = parsed;
        foreach (var (offset, part) in continuations)
        {
            session = session.After(SessionEffect.Of(previous));
            yield return (offset, offset + part.Text.Length, part, session);
            previous = part;
        }
    }

    /// <summary>
    /// The session a statement leaves: the one its parts leave in turn, so that a USE after a missing `;` counts for the
    /// statements after the statement too, as it would with the `;`.
    /// </summary>
    public static AnalysisContext SessionAfter(ParsedStatement parsed, AnalysisContext session)
    {
        session = session.After(SessionEffect.Of(parsed));
        foreach (var (_, part) in parsed.Continuations)
            session = session.After(SessionEffect.Of(part));
        return session;
    }

    /// <summary>The statement and its continuations, each where it starts in the statement.</summary>
    public static IEnumerable<(int Offset, ParsedStatement Part)> Of(ParsedStatement parsed)
    {
        yield return (0, parsed);
        foreach (var continuation in parsed.Continuations)
            yield return continuation;
    }
}
