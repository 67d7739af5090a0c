using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Rules;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Features;

/// <summary>What a token of a family statement is, for highlighting: names are told apart by their role.</summary>
public enum SemanticRole
{
    Keyword,
    Comment,
    String,
    Number,
    Operator,
    Repository,
    Broker,
    Catalog,
    Database,
    Snapshot,
    Table,
    View,
    MaterializedView,
    Function,
    Partition,
    PropertyKey,
    /// <summary>A column of what a SHOW lists, in its WHERE or ORDER BY.</summary>
    Column,
}

public readonly record struct ClassifiedSpan(TextSpan Span, SemanticRole Role);

/// <summary>
/// Classifies the tokens of backup-family statements, in document order, comments among them (<c>--</c> and <c>/* */</c>
/// alike); other SQL, and the comments between statements, which belong to none, are left to the editor's grammar (SQL's,
/// and the one in syntaxes/, colour every comment).
/// Names come from the syntax tree; in a statement that did not parse, from where its keywords place them, and other
/// words are keywords only when they are family keywords.
/// </summary>
public static class SemanticTokens
{
    public static ImmutableArray<ClassifiedSpan> Classify(DocumentAnalysis analysis) =>
        Classify(analysis, new TextSpan(0, analysis.Text.Length));

    /// <summary>The classified tokens that overlap <paramref name="range"/>, whole, from the statements around it only.</summary>
    public static ImmutableArray<ClassifiedSpan> Classify(DocumentAnalysis analysis, TextSpan range)
    {
        var result = ImmutableArray.CreateBuilder<ClassifiedSpan>();
        for (var index = Math.Max(0, analysis.IndexOfLastStartingAtOrBefore(range.Start)); index < analysis.StatementCount; index++)
        {
            var (span, parsed) = analysis.StatementAtIndex(index);
            if (span.Start >= range.End)
                break;
            // Other SQL has nothing to classify, but for a family statement after a missing `;` in it, and a USE's database,
            // named as the family's statements name one.
            if (!parsed.IsFamily && parsed.Continuations.IsEmpty && !SessionRules.Applies(parsed))
                continue;
            var classified = Relative(parsed, analysis.Context.Options.Version);
            // A bare name in ON (...) is whatever the session's catalog has under it: its role is told here, not kept. The
            // bare names are in document order, as the tokens are.
            var bare = classified.BareObjects;
            var next = 0;
            foreach (var token in classified.Spans)
            {
                var placed = token.Span.Shift(span.Start);
                if (placed.End <= range.Start || placed.Start >= range.End)
                    continue;
                while (next < bare.Length && bare[next].Start < token.Span.Start)
                    next++;
                var role = next < bare.Length && bare[next].Start == token.Span.Start ? RoleAt(analysis, index, placed.Start, bare[next]) : token.Role;
                result.Add(new ClassifiedSpan(placed, role));
            }
        }
        return result.ToImmutable();
    }

    /// <summary>
    /// A name an ON list writes bare (no TABLE, VIEW or MATERIALIZED VIEW before it), or its alias, where it is written in
    /// the statement; the name, and the database the statement names, if any, in which it is looked up.
    /// </summary>
    private readonly record struct BareObject(int Start, string Name, string? Database);

    /// <summary>
    /// The role of a bare name in the session of the statement at <paramref name="index"/>. A session is made again from its
    /// block's start when asked for (with a catalog, a tenth of a second per request over a 1 MB script): only a name that is a
    /// view or materialized view where its block starts or ends is looked up so, one that is neither taken for a table.
    /// </summary>
    private static SemanticRole RoleAt(DocumentAnalysis analysis, int index, int offset, BareObject bare)
    {
        if (analysis.Context.Catalog is null)
            return SemanticRole.Table;
        var (entry, exit) = analysis.BlockSessionsAround(index);
        return RoleInSession(bare, entry) == SemanticRole.Table && RoleInSession(bare, exit) == SemanticRole.Table
            ? SemanticRole.Table : RoleInSession(bare, analysis.SessionAt(offset));
    }

    /// <summary>
    /// StarRocks looks a bare name in ON (...) up among the database's tables, views and materialized views together: it is
    /// a view or a materialized view where the session's catalog (with what the script created before) lists it as one in
    /// the statement's database, or else the session's, as hover tells it; a table otherwise.
    /// </summary>
    private static SemanticRole RoleInSession(BareObject bare, AnalysisContext session)
    {
        var catalog = session.Catalog;
        var database = (bare.Database ?? catalog?.BackupDatabase) is { } name ? catalog?.FindDatabase(name) : null;
        return database is null || database.Tables?.ContainsKey(bare.Name) == true ? SemanticRole.Table
            : database.Views?.Contains(bare.Name) == true ? SemanticRole.View
            : database.MaterializedViews?.Contains(bare.Name) == true ? SemanticRole.MaterializedView
            : SemanticRole.Table;
    }

    /// <summary>
    /// A statement's classified tokens for the release whose reserved words they were told apart by, and its bare names in
    /// ON (...), whose roles hang on the session.
    /// </summary>
    private sealed record Classified(StarRocksVersion? Version, ClassifiedSpan[] Spans, ImmutableArray<BareObject> BareObjects);

    /// <summary>
    /// The statement's classified tokens at offset 0, worked out once per parse and configured release and kept with it, so
    /// highlighting after an edit neither scans nor parses again what the edit did not touch (on a 1 MB script, every
    /// statement but one).
    /// </summary>
    private static Classified Relative(ParsedStatement parsed, StarRocksVersion? version)
    {
        if (Volatile.Read(ref parsed.Classification) is Classified known && known.Version == version)
            return known;
        var made = ClassifyParts(parsed, version);
        Volatile.Write(ref parsed.Classification, made);
        return made;
    }

    /// <summary>The statement's tokens, and those of each statement after a missing `;` in it as that statement's own.</summary>
    private static Classified ClassifyParts(ParsedStatement parsed, StarRocksVersion? version)
    {
        var classified = new List<ClassifiedSpan>();
        var bare = ImmutableArray.CreateBuilder<BareObject>();
        ClassifyTokens(parsed, 0, classified, bare, version);
        foreach (var (offset, part) in parsed.Continuations)
            ClassifyTokens(part, offset, classified, bare, version);
        return new Classified(version, [.. classified], bare.ToImmutable());
    }

    /// <summary>Adds the tokens of <paramref name="part"/>'s own text, placed at <paramref name="offset"/>, and its bare names in ON (...).</summary>
    private static void ClassifyTokens(ParsedStatement part, int offset, List<ClassifiedSpan> classified, ImmutableArray<BareObject>.Builder bare,
        StarRocksVersion? version)
    {
        if (!part.IsFamily)
        {
            // Other SQL keeps no tokens, and its words are the grammar's to colour: of a USE or SET CATALOG, the catalog and
            // the database it names alone, as a BACKUP's external catalogs are coloured.
            if (SessionRules.Applies(part))
            {
                if (SwitchedCatalog(part.OwnText) is { } catalog)
                    classified.Add(new ClassifiedSpan(catalog.Shift(offset), SemanticRole.Catalog));
                foreach (var mention in NameMentions.Of(part))
                    if (mention.Kind == NamedObjectKind.Database)
                        classified.Add(new ClassifiedSpan(mention.Span.Shift(offset), SemanticRole.Database));
            }
            return;
        }
        var syntax = part.Syntax;
        var roles = syntax is not null ? NameRoles(syntax, part.Text, part.Tokens, version) : UnparsedNameRoles(part);
        if (syntax is SnapshotJobStatement { External: null, On.Objects: var objects } job)
            foreach (var item in objects)
                if (item is { Kind: ObjectKind.Table, KeywordSpan: null, Name.Last: { Value.Length: > 0 } name })
                    foreach (var written in (Name?[])[name, item.Alias?.Name])
                        if (written is not null)
                            bare.Add(new BareObject(written.Span.Start + offset, name.Value, job.NamedDatabase?.Value));
        var own = part.OwnText.Length;
        foreach (var token in part.Tokens)
        {
            if (token.Span.Start >= own)
                break;
            if (token.Kind is TokenKind.LineComment or TokenKind.BlockComment && IgnoreMarkAt(part, token.Span.Start) is { } ignore)
            {
                ClassifyIgnoreComment(ignore, offset, classified);
                continue;
            }
            var role = roles.TryGetValue(token.Span.Start, out var named) ? named : RoleOf(token, part);
            if (role is { } found)
                classified.Add(new ClassifiedSpan(token.Span.Shift(offset), found));
        }
    }

    /// <summary>
    /// The catalog a SET CATALOG or USE switches to, or a <c>USE c.db</c> names, where it is a name (bare or backticked): the
    /// catalog inside <c>USE 'CATALOG c'</c> is a string's, which the grammars colour.
    /// </summary>
    private static TextSpan? SwitchedCatalog(ReadOnlySpan<char> own) =>
        SessionEffect.Read(own) is not ({ } effect, var names) ? null
        : effect.Kind is SessionEffectKind.SetCatalog or SessionEffectKind.UseCatalog or SessionEffectKind.LegacyUseCatalog
            ? own[names.Name.Span.Start] is '\'' or '"' ? null : names.Name.Span
        : SessionEffect.UsedCatalog(own);

    /// <summary>The ignore comment the parse kept at <paramref name="start"/>, if the comment there is one.</summary>
    private static IgnoreMark? IgnoreMarkAt(ParsedStatement part, int start)
    {
        foreach (var mark in part.IgnoreMarks)
            if (mark.Span.Start == start)
                return mark;
        return null;
    }

    /// <summary>
    /// An ignore comment's <c>backup-lsp-ignore</c> is a keyword, as the grammars colour it (a directive); the rules it names
    /// are left to the grammars, which colour them as constants, and the rest is comment. One comment token over it all
    /// would paint over what the grammars tell apart.
    /// </summary>
    private static void ClassifyIgnoreComment(IgnoreMark ignore, int offset, List<ClassifiedSpan> classified)
    {
        void Comment(int start, int end)
        {
            if (end > start)
                classified.Add(new ClassifiedSpan(TextSpan.FromBounds(start, end).Shift(offset), SemanticRole.Comment));
        }
        Comment(ignore.Span.Start, ignore.MarkerSpan.Start);
        classified.Add(new ClassifiedSpan(ignore.MarkerSpan.Shift(offset), SemanticRole.Keyword));
        var after = ignore.MarkerSpan.End;
        foreach (var name in ignore.Names)
        {
            Comment(after, name.Span.Start);
            after = name.Span.End;
        }
        Comment(after, ignore.Span.End);
    }

    private static SemanticRole? RoleOf(SyntaxToken token, ParsedStatement parsed) => token.Kind switch
    {
        TokenKind.LineComment or TokenKind.BlockComment or TokenKind.UnterminatedBlockComment => SemanticRole.Comment,
        TokenKind.String or TokenKind.BinaryString or TokenKind.UnterminatedString or TokenKind.DollarBody or TokenKind.UnterminatedDollarBody => SemanticRole.String,
        TokenKind.Number => SemanticRole.Number,
        TokenKind.Equals or TokenKind.Operator => SemanticRole.Operator,
        TokenKind.Word when parsed.Syntax is not null || Keywords.IsFamilyKeyword(parsed.Text.AsSpan(token.Span.Start, token.Span.Length)) =>
            SemanticRole.Keyword,
        _ => null,
    };

    /// <summary>
    /// In a statement that does not parse (one being typed), the repository, database, snapshot and tables that its
    /// keywords place (<see cref="NameMentions"/>), and the partitions of its PARTITION lists.
    /// </summary>
    private static Dictionary<int, SemanticRole?> UnparsedNameRoles(ParsedStatement parsed)
    {
        var roles = new Dictionary<int, SemanticRole?>();
        foreach (var mention in NameMentions.Of(parsed))
            roles[mention.Span.Start] = mention.Kind switch
            {
                NamedObjectKind.Repository => SemanticRole.Repository,
                NamedObjectKind.Snapshot => SemanticRole.Snapshot,
                NamedObjectKind.Database => SemanticRole.Database,
                NamedObjectKind.Partition or NamedObjectKind.TemporaryPartition => SemanticRole.Partition,
                _ => SemanticRole.Table,
            };
        if (parsed.Kind is StatementKind.Backup or StatementKind.Restore)
            AddUnparsedPartitions(parsed, roles);
        return roles;
    }

    /// <summary>
    /// The names in the lists after PARTITION, read from the tokens as completion reads them; a keyword there is the next
    /// word being typed (<c>PARTITION (p1, PROPERTIES</c>), as NameMentions takes one where a name goes.
    /// </summary>
    private static void AddUnparsedPartitions(ParsedStatement parsed, Dictionary<int, SemanticRole?> roles)
    {
        var own = parsed.OwnText.Length;
        var tokens = new StatementTokens(parsed.Text, [.. parsed.Tokens.Where(t => !t.Kind.IsTrivia() && t.Span.Start < own)], 0);
        for (var keyword = 0; keyword < tokens.Tokens.Length; keyword++)
        {
            if (!tokens.IsWord(keyword, "PARTITION") && !tokens.IsWord(keyword, "PARTITIONS"))
                continue;
            foreach (var index in StatementClues.ListedPartitionTokens(tokens, keyword))
                if (tokens.IsName(index) && !(tokens.IsKind(index, TokenKind.Word) && IsKeywordWhereANameGoes(tokens.TextOf(tokens.Tokens[index]))))
                    roles[tokens.Tokens[index].Span.Start] = SemanticRole.Partition;
        }
    }

    private static bool IsKeywordWhereANameGoes(string word) => Keywords.IsAlwaysReserved(word) || Keywords.IsFamilyKeyword(word);

    /// <summary>
    /// The role of every name and property key in the tree, keyed by the start of its token; in a SHOW's WHERE condition
    /// and ORDER BY, a name that the configured release does not reserve (as it does AND, LIKE, DESC...) is a column, but
    /// for a function's before its parenthesis, which has none.
    /// </summary>
    private static Dictionary<int, SemanticRole?> NameRoles(Statement statement, string statementText, ImmutableArray<SyntaxToken> tokens,
        StarRocksVersion? version)
    {
        var roles = new Dictionary<int, SemanticRole?>();
        void Add(Name? name, SemanticRole role)
        {
            if (name is not null)
                roles[name.Span.Start] = role;
        }
        void AddQualified(QualifiedName? name, SemanticRole role)
        {
            if (name is null)
                return;
            for (var i = 0; i < name.Parts.Length; i++)
                Add(name.Parts[i], i == name.Parts.Length - 1 ? role : SemanticRole.Database);
        }
        void AddColumns(IEnumerable<SyntaxToken> expression)
        {
            var significant = expression.Where(t => !t.Kind.IsTrivia()).ToList();
            for (var i = 0; i < significant.Count; i++)
            {
                var token = significant[i];
                var isCall = i + 1 < significant.Count && significant[i + 1].Kind == TokenKind.LParen;
                if (token.Kind == TokenKind.BacktickName
                    || (token.Kind == TokenKind.Word && !Keywords.IsReserved(statementText.AsSpan(token.Span.Start, token.Span.Length), version)))
                    roles[token.Span.Start] = isCall ? null : SemanticRole.Column;
            }
        }
        void AddShowClauses(ShowClauses clauses)
        {
            AddColumns(clauses.Where?.Condition ?? []);
            // The sort keys, after ORDER BY.
            if (clauses.OrderBy is { } orderBy)
                AddColumns(tokens.Where(t => !t.Kind.IsTrivia() && orderBy.Contains(t.Span.Start)).Skip(2));
        }
        void AddProperties(PropertyList? properties)
        {
            foreach (var property in properties?.Properties ?? [])
                roles[property.Key.Span.Start] = SemanticRole.PropertyKey;
        }
        switch (statement)
        {
            case SnapshotJobStatement job:
                foreach (var catalog in job.External?.Catalogs ?? [])
                {
                    Add(catalog.Name, SemanticRole.Catalog);
                    Add(catalog.Alias?.Name, SemanticRole.Catalog);
                }
                Add(job.Database?.Name, SemanticRole.Database);
                Add(job.Database?.Alias?.Name, SemanticRole.Database);
                AddQualified(job.Snapshot, SemanticRole.Snapshot);
                Add(job.Repository, SemanticRole.Repository);
                foreach (var item in job.On?.Objects ?? [])
                {
                    var role = item.Kind switch
                    {
                        ObjectKind.View => SemanticRole.View,
                        ObjectKind.MaterializedView => SemanticRole.MaterializedView,
                        ObjectKind.Function => SemanticRole.Function,
                        _ => SemanticRole.Table,
                    };
                    AddQualified(item.Name, role);
                    Add(item.Alias?.Name, role);
                    foreach (var partition in item.Partitions?.Partitions ?? [])
                        Add(partition.Name, SemanticRole.Partition);
                }
                AddProperties(job.Properties);
                break;
            case CreateRepositoryStatement create:
                Add(create.Name, SemanticRole.Repository);
                Add(create.Broker, SemanticRole.Broker);
                AddProperties(create.Properties);
                break;
            case DropRepositoryStatement drop:
                Add(drop.Name, SemanticRole.Repository);
                break;
            case DropSnapshotStatement drop:
                Add(drop.Snapshot, SemanticRole.Snapshot);
                Add(drop.Repository, SemanticRole.Repository);
                break;
            case ShowSnapshotStatement show:
                Add(show.Repository, SemanticRole.Repository);
                AddShowClauses(show.Clauses);
                break;
            case ShowJobsStatement show:
                Add(show.Database, SemanticRole.Database);
                AddShowClauses(show.Clauses);
                break;
            case ShowRepositoriesStatement show:
                AddShowClauses(show.Clauses);
                break;
            case CancelJobStatement cancel:
                Add(cancel.Database, SemanticRole.Database);
                break;
        }
        return roles;
    }
}
