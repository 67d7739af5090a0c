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
            session = After(previous, session);
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
        session = After(parsed, session);
        foreach (var (_, part) in parsed.Continuations)
            session = After(part, session);
        return session;
    }

    /// <summary>
    /// The session after one part: with its effect, unless StarRocks refuses the part in the session it runs in (a syntax
    /// error, a name the release reserves, a USE of an unknown database, a RESTORE without its timestamp, a USE or SET
    /// CATALOG whose name a full-width `；` ends, reported as the `;` missing before a statement after it...), which changes
    /// nothing but the catalog of a <c>USE default_catalog.db</c> (see SessionContexts.AfterRefusedUse). Only an effect
    /// that would change the session asks, so that most statements are not checked here.
    /// </summary>
    private static AnalysisContext After(ParsedStatement part, AnalysisContext session)
    {
        var effect = SessionEffect.Of(part);
        var after = session.After(effect);
        if (ReferenceEquals(after, session))
            return after;
        // No rule checks other SQL, but StarRocks' parser fails it on a name its effect reads that the release reserves.
        if (SessionEffect.ReservedName(part.OwnText, session.Options.Version) is not null)
            return session;
        if (!StatementChecks.Refuses(part, session) && SessionEffect.FullWidthSemicolonAfterName(part.OwnText) is null)
            return after;
        // A syntax error refuses the USE before it switches anything.
        return part.Diagnostics.IsEmpty && SessionEffect.RefusedUse(part.OwnText, session.Options.Version) is null ? session.AfterRefusedUse(effect) : session;
    }

    /// <summary>The statement and its continuations, each where it starts in the statement.</summary>
    public static IEnumerable<(int Offset, ParsedStatement Part)> Of(ParsedStatement parsed)
    {
        yield return (0, parsed);
        foreach (var continuation in parsed.Continuations)
            yield return continuation;
    }
}
