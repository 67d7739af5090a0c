using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Analysis;

/// <summary>A statement where it stands in a document: its span there and its position-independent parse.</summary>
public sealed record ScriptStatement(TextSpan Span, ParsedStatement Parsed)
{
    public int Start => Span.Start;

    /// <summary>
    /// The statement <paramref name="offset"/> stands in: this one, or the one after a missing <c>;</c> inside it
    /// (<see cref="ParsedStatement.Continuation"/>), which completion and hover read on its own as its rules are.
    /// </summary>
    public ScriptStatement InnermostAt(int offset)
    {
        var statement = this;
        while (statement.Parsed.Continuation is var (start, next) && offset >= statement.Start + start)
            statement = new ScriptStatement(TextSpan.FromBounds(statement.Start + start, statement.Span.End), next);
        return statement;
    }
}
