using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Features;

/// <summary>
/// Suggestions at a cursor, from what the grammar accepts there (the body parser run over the tokens before it)
/// and what the catalog knows. Comments, other SQL and strings other than properties get nothing.
/// </summary>
public static class CompletionService
{
    public static CompletionResult Complete(DocumentAnalysis analysis, int offset)
    {
        var cursor = CompletionCursor.Locate(analysis, offset);
        if (cursor is null)
            return CompletionResult.Empty;
        var position = ExpectationProbe.After(cursor.Tokens.Text, cursor.Tokens.Before);
        if (position is null)
            return CompletionResult.Empty;

        var list = new CompletionList(cursor);
        if (cursor.InString)
        {
            if (position.Expects(Expectations.PropertyKey) || position.Expects(Expectations.PropertyValue))
                CompletionProperties.Add(list, position, analysis.Context.Catalog);
            return list.ToResult();
        }
        if (analysis.Context.Catalog is { } catalog)
            CompletionNames.Add(list, position, catalog);
        CompletionProperties.Add(list, position, analysis.Context.Catalog);
        if (!cursor.InBackticks)
            CompletionKeywords.Add(list, position, analysis.Context);
        return list.ToResult();
    }
}
