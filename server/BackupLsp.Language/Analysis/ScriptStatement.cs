using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Analysis;

/// <summary>A statement where it stands in a document: its span there and its position-independent parse.</summary>
public sealed record ScriptStatement(TextSpan Span, ParsedStatement Parsed)
{
    public int Start => Span.Start;
}
