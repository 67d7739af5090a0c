using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Rules;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Features;

/// <summary>
/// What "expand selection" grows through at a position, innermost first: the token, then each part of the statement's
/// tree around it (a name, a partition list, a table with its partitions, the list inside <c>ON (...)</c>, the ON
/// clause), then the statement. Other SQL and statements that do not parse grow from the token to the statement. A
/// statement after a missing `;` grows as it would with the `;`, and then to the statement it is part of.
/// </summary>
public static class SelectionRanges
{
    /// <returns>Document spans, each containing the one before it; empty between statements.</returns>
    public static ImmutableArray<TextSpan> At(DocumentAnalysis analysis, int offset)
    {
        if (analysis.StatementAt(offset) is not { } statement)
            return [];
        var part = statement.InnermostAt(offset);
        var parsed = part.Parsed;
        var relative = offset - part.Start;
        var own = new TextSpan(0, parsed.OwnText.Length);
        var spans = new List<TextSpan>();
        if (TokenAt(SyntaxToken.Scan(parsed.Text), relative) is { } token)
            spans.Add(token);
        if (parsed.Syntax is { } syntax)
            spans.AddRange(Parts(syntax).Where(span => span.Start <= relative && relative <= span.End && span.End <= own.End).OrderBy(span => span.Length));
        if (relative <= own.End)
            spans.Add(own);
        spans = [.. spans.Select(span => span.Shift(part.Start))];
        spans.Add(statement.Span);

        // Parts that touch the position from either side (`a|, b`) are not nested: each range keeps to the last one's.
        var nested = ImmutableArray.CreateBuilder<TextSpan>();
        foreach (var span in spans)
            if (nested.Count == 0 || (span.Length > nested[^1].Length && span.Start <= nested[^1].Start && nested[^1].End <= span.End))
                nested.Add(span);
        return nested.ToImmutable();
    }

    /// <summary>
    /// The token under the position, or the one it ends (a cursor right after a word); not whitespace. Between two tokens,
    /// the word, name or literal rather than the punctuation: `(|t1` selects t1 and the parts around it.
    /// </summary>
    private static TextSpan? TokenAt(ImmutableArray<SyntaxToken> tokens, int offset)
    {
        TextSpan? touching = null;
        foreach (var token in tokens)
        {
            if (token.Kind == TokenKind.Whitespace || token.Span.Start > offset || offset > token.Span.End)
                continue;
            if (!IsPunctuation(token.Kind))
                return token.Span;
            touching ??= token.Span;
        }
        return touching;
    }

    private static bool IsPunctuation(TokenKind kind) =>
        kind is TokenKind.LParen or TokenKind.RParen or TokenKind.Comma or TokenKind.Dot or TokenKind.Semicolon;

    /// <summary>Every span of the tree worth selecting: its nodes, and the contents of each parenthesised list.</summary>
    private static IEnumerable<TextSpan> Parts(Statement statement)
    {
        switch (statement)
        {
            case SnapshotJobStatement job:
                if (job.External is { } external)
                {
                    yield return external.Span;
                    foreach (var span in Listed(external.Catalogs, c => c.Span))
                        yield return span;
                    foreach (var catalog in external.Catalogs)
                        if (catalog.Alias is { } alias)
                            yield return alias.Span;
                }
                if (job.Database is { } database)
                {
                    yield return database.Span;
                    if (database.Alias is { } alias)
                        yield return alias.Span;
                }
                yield return job.Snapshot.Span;
                if (job.On is { } on)
                {
                    yield return on.Span;
                    foreach (var span in Listed(on.Objects, o => o.Span))
                        yield return span;
                    foreach (var item in on.Objects)
                        foreach (var span in ObjectParts(item))
                            yield return span;
                }
                break;
            case CreateRepositoryStatement create:
                if (create.WithBrokerSpan is { } withBroker)
                    yield return create.Broker is { } broker ? TextSpan.FromBounds(withBroker.Start, broker.Span.End) : withBroker;
                yield return TextSpan.FromBounds(create.LocationKeywordSpan.Start, create.Location.Span.End);
                break;
            case ShowSnapshotStatement { Clauses.Where: { } where }:
                yield return where.Span;
                break;
            case ShowJobsStatement { Clauses.Where: { } where }:
                yield return where.Span;
                break;
        }
        if (SyntaxWalk.Properties(statement) is { } properties)
        {
            yield return properties.Span;
            foreach (var span in Listed(properties.Properties, p => p.Span))
                yield return span;
        }
    }

    private static IEnumerable<TextSpan> ObjectParts(ObjectDesc item)
    {
        if (item.Name is { Parts.Length: > 1 } name)
            yield return name.Span;
        if (item.Partitions is { } partitions)
        {
            yield return partitions.Span;
            if (partitions.Parenthesized || partitions.Partitions.Length > 1)
                foreach (var span in Listed(partitions.Partitions, p => p.Span))
                    yield return span;
        }
        if (item.Alias is { } alias)
            yield return alias.Span;
    }

    /// <summary>Each item of a list and, when it has several, the items together (the inside of its parentheses).</summary>
    private static IEnumerable<TextSpan> Listed<T>(ImmutableArray<T> items, Func<T, TextSpan> spanOf)
    {
        foreach (var item in items)
            yield return spanOf(item);
        if (items.Length > 1)
            yield return TextSpan.FromBounds(spanOf(items[0]).Start, spanOf(items[^1]).End);
    }
}
