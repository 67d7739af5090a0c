using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Features;

/// <summary>
/// Suggestions at a cursor, from what the grammar accepts there (the body parser run over the tokens before it)
/// and what the catalog knows. Comments, other SQL, the end of a closed quoted name or string, and strings other than
/// properties, partitions, a repository's location and SHOW SNAPSHOT's filter get nothing.
/// </summary>
public static class CompletionService
{
    /// <summary>
    /// The names StarRocks takes with a hyphen in them (FeNameFormat: a table's any characters, a snapshot's label
    /// <c>[-\w]</c>, a database's since 3.3), backticked: what a hyphenated word typed bare may be meant as. Not a
    /// repository's, partition's or catalog's (letters, digits and <c>_</c>).
    /// </summary>
    private static readonly string[] NamesHyphenated =
        [Expectations.DatabaseName, Expectations.TableName, Expectations.ObjectName, Expectations.SnapshotName];

    /// <param name="replacesPastCursor">Whether the client applies an item's range where it runs past the cursor, as VS Code
    /// does: right before a closing backtick an editor paired, a database's item then takes that backtick and writes its
    /// dot after it (<c>`example_db`.</c>). Other clients (Neovim's own completion, ALE) insert up to the cursor whatever the
    /// range, and would double the backtick: for them the item stops at the cursor, without its dot.</param>
    public static CompletionResult Complete(DocumentAnalysis analysis, int offset, bool replacesPastCursor = false)
    {
        var cursor = CompletionCursor.Locate(analysis, offset);
        if (cursor is null)
            return CompletionResult.Empty;
        var position = ExpectationProbe.After(cursor.Tokens.Text, cursor.Tokens.Before);
        // A name with a hyphen typed bare (`ON (my-t|`) is completed whole, backticked, where a name goes.
        if (cursor.Hyphenated is { } hyphenated && ExpectationProbe.After(hyphenated.Tokens.Text, hyphenated.Tokens.Before) is { } named
            && named.Names.Any(NamesHyphenated.Contains))
            (cursor, position) = (hyphenated, named);
        // A word first on its line after a whole backup statement or USE whose `;` is missing may begin the next statement,
        // as SRB012 reads it: the statement heads are offered after what would go on with this one. Not after one that
        // cannot end there yet (`BACKUP SNAPSHOT db.s` wants its TO).
        var nextStatement = cursor.BeginsLine && (position is { Kind: not StatementKind.Other, MayEnd: true }
            || (cursor.Tokens.IsWord(0, "USE") && cursor.Tokens.Split > 1)
            || (position is null && ExpectationProbe.StartsFamilyStatement(cursor.Tokens.Text, cursor.Tokens.Before)));
        if (position is null)
        {
            if (!nextStatement)
                return CompletionResult.Empty;
            var next = analysis.SessionAfterStatementAt(offset);
            var heads = new CompletionList(cursor, next.Options.Version);
            CompletionKeywords.AddStatementStarts(heads, next);
            return heads.ToResult();
        }

        // The names the statement sees: after a USE its database is another, after a CREATE more names exist. Past a
        // statement's `;` the cursor starts the next, in the session that statement leaves.
        var session = cursor.AfterStatementEnd ? analysis.SessionAfterStatementAt(offset) : analysis.SessionAt(offset);
        var list = new CompletionList(cursor, session.Options.Version, replacesPastCursor);
        // What the statements before the cursor make: read only where a snapshot, database or table is offered.
        var made = new Lazy<ScriptNames>(() => ScriptNames.Before(analysis, offset));
        if (CompletionSnapshotFilter.Applies(cursor, position))
        {
            CompletionSnapshotFilter.Add(list, position, session, made);
            return list.ToResult();
        }
        if (position.Kind == StatementKind.Other && position.Expects(Expectations.CatalogName))
        {
            CompletionCatalogs.Add(list, session, analysis, offset);
            return list.ToResult();
        }
        if (CompletionCatalogs.AddToUse(list, position, session, analysis, offset))
            return list.ToResult();
        var operandFollows = CompletionShowColumns.Add(list, position, session.Catalog, analysis, offset);
        if (cursor.InString)
        {
            if (position.Expects(Expectations.PropertyKey) || position.Expects(Expectations.PropertyValue))
                CompletionProperties.Add(list, position, session);
            else if (position.Expects(Expectations.PartitionName))
                CompletionNames.AddPartitions(list, session.Catalog ?? StarRocksCatalog.Empty, StatementClues.Database(cursor.Tokens, session.Catalog), made.Value);
            else if (position.Expects(Expectations.Location))
                CompletionLocations.Add(list);
            return list.ToResult();
        }
        if (position.Expects(Expectations.Location))
            CompletionLocations.Add(list);
        // Without a catalog, the names the script makes are still known.
        CompletionNames.Add(list, position, session.Catalog ?? StarRocksCatalog.Empty, session.Options, made);
        CompletionCatalogs.AddQualifiers(list, position, session, analysis, offset);
        CompletionCatalogs.AddExternal(list, position, session.Catalog, analysis, offset, made);
        CompletionProperties.Add(list, position, session);
        if (!cursor.InBackticks && !operandFollows)
            CompletionKeywords.Add(list, position, session);
        if (nextStatement && !position.AtStatementStart)
            CompletionKeywords.AddStatementStarts(list, analysis.SessionAfterStatementAt(offset));
        return list.ToResult();
    }
}
