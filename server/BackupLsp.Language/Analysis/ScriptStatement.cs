using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Analysis;

/// <summary>A statement where it stands in a document: its span there and its position-independent parse.</summary>
public sealed record ScriptStatement(TextSpan Span, ParsedStatement Parsed)
{
    public int Start => Span.Start;

    /// <summary>
    /// The statement up to its first continuation and each continuation (see <see cref="InnermostAt"/>), each where it
    /// stands in the document, up to its last token (the line breaks and comments before the next lie between them): what
    /// the outline and the folding list.
    /// </summary>
    public IEnumerable<ScriptStatement> Parts()
    {
        var continuations = Parsed.Continuations;
        if (continuations.IsEmpty)
        {
            yield return this;
            yield break;
        }
        yield return this with { Span = new TextSpan(Start, Parsed.OwnText.Length) };
        foreach (var (offset, part) in continuations)
            yield return new ScriptStatement(new TextSpan(Start + offset, part.OwnText.Length), part);
    }

    /// <summary>
    /// The statement <paramref name="offset"/> stands in: this one, or one after a missing <c>;</c> inside it
    /// (<see cref="ParsedStatement.Continuations"/>), which completion and hover read on its own as its rules are.
    /// </summary>
    /// <remarks>The part ends where the next begins: its parse's text may run on into the parts after it (the first part's
    /// always does), which are not its own.</remarks>
    public ScriptStatement InnermostAt(int offset)
    {
        var continuations = Parsed.Continuations;
        var end = Span.Length;
        for (var i = continuations.Length - 1; i >= 0; i--)
        {
            var (partOffset, part) = continuations[i];
            if (offset >= Start + partOffset)
                return new ScriptStatement(new TextSpan(Start + partOffset, Math.Min(part.Text.Length, end - partOffset)), part);
            end = partOffset;
        }
        return continuations.IsEmpty ? this : this with { Span = new TextSpan(Start, end) };
    }
}
