using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Facts;
using BackupLsp.Language.Rules;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Features;

/// <summary>The hovered token's span (document offsets) and what it is, as Markdown and as plain text.</summary>
public sealed record HoverResult(TextSpan Span, string Markdown, string PlainText);

/// <summary>
/// What the token under the cursor is in a backup-family statement: a keyword, a property or a catalog name. The
/// role of a name comes from what the grammar expects at its position, so hover works on statements that do not
/// parse yet. Other SQL gets nothing, but for a USE and its database.
/// </summary>
public static class HoverService
{
    public static HoverResult? Hover(DocumentAnalysis analysis, int offset)
    {
        if (IgnoreCommentAt(analysis, offset) is { } ignore)
            return ignore;
        if (analysis.StatementAt(offset)?.InnermostAt(offset) is not { } statement)
            return null;
        if (!statement.Parsed.IsFamily)
            return UseKeyword(statement, offset) ?? UsedDatabase(analysis, statement, offset) ?? SessionCatalog(analysis, statement, offset);
        var parsed = statement.Parsed;
        // The part's own tokens: its parse's text may run on into the statements after a missing `;`.
        var significant = parsed.Tokens.Where(t => !t.Kind.IsTrivia() && t.Span.Start < statement.Span.Length).ToImmutableArray();
        var index = TokenAt(significant, offset - statement.Start);
        if (index < 0)
            return null;
        var tokens = new StatementTokens(parsed.Text, significant, index);
        var text = Topic(tokens, parsed, analysis.SessionAt(offset), new Lazy<ScriptNames>(() => ScriptNames.Before(analysis, offset)));
        if (text is not null && DeclaredBefore(analysis, statement.Start, offset) is { } line)
            text.Paragraph($"Declared on line {line} of this script.");
        return text is null ? null : new HoverResult(significant[index].Span.Shift(statement.Start), text.Markdown, text.PlainText);
    }

    /// <summary>What the ignore comment at <paramref name="offset"/> silences, and where.</summary>
    private static HoverResult? IgnoreCommentAt(DocumentAnalysis analysis, int offset)
    {
        if (analysis.IgnoreComments.FirstOrDefault(comment => comment.Span.Contains(offset)) is not { } comment)
            return null;
        var rules = comment.Rules.Where(ignored => ignored.Rule is not null).Select(ignored => ignored.Rule!).Distinct().ToList();
        var where = comment.EndsLine ? "that start on this line" : comment.Silenced is null ? "of the statement after it (none follows)" : "from here to the end of the statement it is in or before";
        var what = rules.Count == 0 ? "Silences nothing: it names no rule that can be silenced." : $"Silences the diagnostics of {string.Join(", ", rules.Select(rule => $"{rule.Code} ({rule.Name})"))} {where}.";
        return new HoverResult(comment.Span, $"**{IgnoreComments.Marker}**\n\n{what}", $"{IgnoreComments.Marker}\n\n{what}");
    }

    /// <summary>
    /// The line of the last statement before <paramref name="statementStart"/> that declares the partition at
    /// <paramref name="offset"/> (a CREATE TABLE, an ALTER TABLE ... ADD [TEMPORARY] PARTITION), as a table's hover tells the line that creates it.
    /// </summary>
    private static int? DeclaredBefore(DocumentAnalysis analysis, int statementStart, int offset)
    {
        // The cheap look first: a whole-script search only for a partition.
        if (References.NameAt(analysis, offset) is not ({ IsPartition: true } partition, var span))
            return null;
        var declared = References.Of(analysis, partition, span.Start).Where(r => r.Declares && r.Span.Start < statementStart)
            .Select(r => (int?)r.Span.Start).LastOrDefault();
        return declared is { } start ? analysis.Lines.GetPosition(start).Line + 1 : null;
    }

    /// <summary>The <c>USE</c> that starts a statement: what it does to the session.</summary>
    private static HoverResult? UseKeyword(ScriptStatement statement, int offset)
    {
        if (!SessionEffect.IsUse(statement.Parsed.OwnText))
            return null;
        var head = statement.Parsed.HeadSpan.Shift(statement.Start);
        if (offset < head.Start || offset > head.End)
            return null;
        var text = HoverTopics.Use();
        return new HoverResult(head, text.Markdown, text.PlainText);
    }

    /// <summary>Other SQL has one more hover: the database of a <c>USE</c>, which the statements after it work in.</summary>
    private static HoverResult? UsedDatabase(DocumentAnalysis analysis, ScriptStatement statement, int offset)
    {
        if (SessionEffect.Read(statement.Parsed.OwnText) is not ({ Kind: SessionEffectKind.UseDatabase } effect, var names))
            return null;
        var span = names.Name.Span.Shift(statement.Start);
        if (offset < span.Start || offset > span.End)
            return null;
        var session = analysis.SessionAt(offset);
        // USE hive.db, or USE db in a session switched to hive: that catalog's database, none of the file's.
        var external = effect.Catalog is { } named ? (SessionEffect.IsDefaultCatalog(named) ? null : named) : session.Catalog?.ExternalCatalog;
        var text = external is null ? HoverTopics.Database(effect.Name, session.Catalog) : HoverTopics.ExternalDatabase(effect.Name, external);
        if (names.Name.Quoting == NameQuoting.Bare && IsReportedReserved(effect.Name, session.Options))
            text = HoverTopics.ReservedWord(effect.Name, session.Options.Version, text);
        return new HoverResult(span, text.Markdown, text.PlainText);
    }

    /// <summary>
    /// The catalog other SQL switches the session to: <c>SET CATALOG c</c> (its keywords say what it does), the catalog
    /// of <c>USE c.db</c>, or the string of <c>USE 'CATALOG c'</c>.
    /// </summary>
    private static HoverResult? SessionCatalog(DocumentAnalysis analysis, ScriptStatement statement, int offset)
    {
        var own = statement.Parsed.OwnText;
        if (SessionEffect.Read(own) is not ({ } effect, var names) || !(IsCatalogSwitch(effect.Kind) || effect.Catalog is not null))
            return null;
        var tokens = SyntaxToken.Scan(own.ToString()).Where(t => !t.Kind.IsTrivia()).ToImmutableArray();
        var index = TokenAt(tokens, offset - statement.Start);
        if (index < 0)
            return null;
        var named = Enumerable.Range(0, tokens.Length).FirstOrDefault(i => tokens[i].Span == names.Name.Span, -1);
        var text = IsCatalogSwitch(effect.Kind)
            ? index == named ? Catalog(analysis, statement.Start, effect.Name) : index < named && !SessionEffect.IsUse(own) ? HoverTopics.SetCatalog() : null
            : index == named - 2 ? Catalog(analysis, statement.Start, effect.Catalog!) : null;
        return text is null ? null : new HoverResult(tokens[index].Span.Shift(statement.Start), text.Markdown, text.PlainText);
    }

    /// <summary>The catalog a statement switches to or qualifies a database with, and the DROP CATALOG before that dropped it, if one did.</summary>
    private static HoverText Catalog(DocumentAnalysis analysis, int statementStart, string name) =>
        ScriptCatalogs.DroppedBefore(analysis, name, statementStart) is { } at
            ? HoverTopics.DroppedCatalog(HoverTopics.SessionCatalog(name), analysis.Lines.GetPosition(at).Line + 1)
            : HoverTopics.SessionCatalog(name);

    private static bool IsCatalogSwitch(SessionEffectKind kind) =>
        kind is SessionEffectKind.UseCatalog or SessionEffectKind.SetCatalog or SessionEffectKind.LegacyUseCatalog;

    /// <summary>
    /// The token under the cursor, or a word the cursor touches from its end: also when punctuation starts there
    /// (<c>AS o|)</c>), which has no hover of its own.
    /// </summary>
    private static int TokenAt(ImmutableArray<SyntaxToken> tokens, int offset)
    {
        for (var i = 0; i < tokens.Length; i++)
            if (tokens[i].Span.Contains(offset))
                return i > 0 && tokens[i].Kind is TokenKind.RParen or TokenKind.Comma or TokenKind.Semicolon or TokenKind.Dot
                    && tokens[i - 1].Span.End == offset && tokens[i - 1].Kind is TokenKind.Word or TokenKind.BacktickName ? i - 1 : i;
        for (var i = 0; i < tokens.Length; i++)
            if (tokens[i].Span.End == offset && tokens[i].Kind == TokenKind.Word)
                return i;
        return -1;
    }

    /// <summary>A snapshot's timestamp, read against the repository's backups; one an earlier BACKUP of the script takes has none known yet.</summary>
    private static HoverText Timestamp(string timestamp, string? snapshot, string? repository, StatementKind kind, StarRocksCatalog? catalog,
        Lazy<ScriptNames> made) =>
        HoverTopics.SnapshotTimestamp(timestamp, snapshot, repository, kind, catalog,
            takenInScript: snapshot is not null && made.Value.Taken(repository, snapshot) is not null);

    private static bool IsShow(StatementKind kind) =>
        kind is StatementKind.ShowSnapshot or StatementKind.ShowBackup or StatementKind.ShowRestore or StatementKind.ShowRepositories;

    /// <param name="made">What the statements before the hovered one make: a snapshot a BACKUP takes among them.</param>
    private static HoverText? Topic(StatementTokens tokens, ParsedStatement parsed, AnalysisContext session, Lazy<ScriptNames> made)
    {
        var index = tokens.Split;
        var token = tokens.Tokens[index];
        var word = token.Kind == TokenKind.Word ? tokens.TextOf(token) : null;
        if (index < HeadLength(tokens))
            return word is not null && index > 0 && word.ToUpperInvariant() is "READ" or "ONLY"
                ? HoverTopics.Keyword(word, parsed.Kind, session.Options.Version)
                : HoverTopics.Statement(parsed.Kind, externalCatalogs: OfExternalCatalogs(parsed));
        var shown = ShowResult(tokens, parsed.Kind, session.Catalog);
        // A reserved word where a column goes in a SHOW's condition or sort keys names nothing: StarRocks' parser fails on it.
        if (word is not null && IsReportedReserved(word, session.Options) && StructureRules.ReservedWordsIn(parsed, session.Options.Version).Contains(token.Span))
            return HoverTopics.ReservedWord(word, session.Options.Version, shown ?? new HoverText().Paragraph($"a column {StatementHeads.WordsOf(parsed.Kind)} does not list."));
        if (shown is not null)
            return shown;
        var position = ExpectationProbe.After(tokens.Text, tokens.Before);

        var isKeyword = word is not null && (position?.Keywords.Contains(word.ToUpperInvariant()) ?? false) && !IsNameInTree(parsed, token);
        if (!isKeyword && position is not null && NameTopic(tokens, position, session, made) is { } name)
            return word is not null && IsReportedReserved(word, session.Options) ? HoverTopics.ReservedWord(word, session.Options.Version, name) : name;
        if (word is null)
            return null;
        // MATERIALIZED VIEW (or VIEWS) is one keyword's two words.
        if ((word.Equals("VIEW", StringComparison.OrdinalIgnoreCase) || word.Equals("VIEWS", StringComparison.OrdinalIgnoreCase))
            && index > 0 && tokens.IsWord(index - 1, "MATERIALIZED"))
            return HoverTopics.Keyword($"MATERIALIZED {word.ToUpperInvariant()}", parsed.Kind, session.Options.Version);
        // IN in the condition of a SHOW of jobs or repositories is the condition's: their {FROM | IN} db comes before WHERE.
        if (word.Equals("IN", StringComparison.OrdinalIgnoreCase) && IsShow(parsed.Kind) && parsed.Kind != StatementKind.ShowSnapshot
            && StatementClues.ShowClauseAt(tokens) == "WHERE")
            return new HoverText().Title("Keyword", "IN").Paragraph(LanguageFacts.InCondition);
        // A keyword the grammar expects there may be no family keyword (a SHOW's ORDER BY and LIMIT), nor one a condition
        // or sort key takes in (OR, ASC, DESC).
        return isKeyword || Keywords.IsFamilyKeyword(word) || (IsShow(parsed.Kind) && word.ToUpperInvariant() is "OR" or "ASC" or "DESC")
            ? HoverTopics.Keyword(word, parsed.Kind, session.Options.Version, OfExternalCatalogs(parsed)) : null;
    }

    private static bool OfExternalCatalogs(ParsedStatement parsed) => parsed.Syntax is SnapshotJobStatement { External: not null };

    /// <summary>
    /// A column of the SHOW's result named in its ORDER BY, or in its WHERE but for SHOW SNAPSHOT's (a filter of its own);
    /// or a job's state compared there with its State column.
    /// </summary>
    private static HoverText? ShowResult(StatementTokens tokens, StatementKind kind, StarRocksCatalog? catalog)
    {
        if (!ShowResultFacts.Columns.ContainsKey(kind))
            return null;
        var clause = StatementClues.ShowClauseAt(tokens);
        var inCondition = clause == "WHERE" && kind != StatementKind.ShowSnapshot;
        if (!(clause == "ORDER" || inCondition))
            return null;
        if (inCondition && tokens.IsKind(tokens.Split, TokenKind.String) && StatementClues.ComparesState(tokens))
            return ShowResultFacts.JobState(kind, tokens.NameAt(tokens.Split)) is { } state ? HoverTopics.JobState(kind, state) : null;
        // A name compared with the column that holds it: what the catalog says of it.
        if (inCondition && tokens.IsKind(tokens.Split, TokenKind.String))
            return StatementClues.ComparedName(tokens, kind) switch
            {
                CompletionEntryKind.Repository => HoverTopics.Repository(tokens.NameAt(tokens.Split), catalog),
                CompletionEntryKind.Database => HoverTopics.Database(tokens.NameAt(tokens.Split), catalog),
                _ => null,
            };
        return tokens.IsName(tokens.Split) && ShowResultFacts.Column(kind, StatementClues.NamesOneBackup(tokens), tokens.NameAt(tokens.Split)) is { } column
            ? HoverTopics.Column(kind, column)
            : null;
    }

    /// <summary>
    /// A bare word SRB110 reports where a name goes: StarRocks' parser fails on it, and the diagnostics look no name up.
    /// With the rule off (the person's release takes the word as a name) it is hovered as the name.
    /// </summary>
    private static bool IsReportedReserved(string word, AnalysisOptions options) =>
        Keywords.IsReserved(word, options.Version) && NameRules.ReservedWordsReported(options);

    /// <summary>How many words start the statement (SHOW BACKUP: two); hovering any of them describes the statement.</summary>
    private static int HeadLength(StatementTokens tokens)
    {
        var words = tokens.Tokens.Take(3).Select(t => t.Kind == TokenKind.Word ? tokens.TextOf(t) : null).ToList();
        return StatementHeads.Recognise(words)?.Head.Words.Length ?? 0;
    }

    /// <summary>A non-reserved keyword may be a name (<c>ON (view)</c>); the tree, when there is one, knows which.</summary>
    private static bool IsNameInTree(ParsedStatement parsed, SyntaxToken token) =>
        parsed.Syntax is { } syntax && SyntaxWalk.Names(syntax).Any(n => n.Span == token.Span);

    private static HoverText? NameTopic(StatementTokens tokens, ParserPosition position, AnalysisContext session, Lazy<ScriptNames> made)
    {
        var catalog = session.Catalog;
        var index = tokens.Split;
        var token = tokens.Tokens[index];
        if (token.Kind is not (TokenKind.Word or TokenKind.BacktickName or TokenKind.String))
            return null;
        var name = tokens.NameAt(index);
        var qualifier = tokens.IsKind(index + 1, TokenKind.Dot);
        var kind = position.Kind;
        if (kind == StatementKind.ShowSnapshot && token.Kind == TokenKind.String && StatementClues.IsSnapshotFilterValue(tokens))
            return Snapshot(name, kind, StatementClues.Repository(tokens, kind), catalog, made);
        if (kind == StatementKind.ShowSnapshot && token.Kind == TokenKind.String && StatementClues.IsTimestampFilterValue(tokens))
            return Timestamp(name, NameMentions.FilteredNames(tokens.Text, tokens.Tokens).FirstOrDefault().Name, StatementClues.Repository(tokens, kind),
                kind, catalog, made);
        foreach (var expected in position.Names)
        {
            var isString = token.Kind == TokenKind.String;
            switch (expected)
            {
                case Expectations.PropertyKey when isString:
                    return LanguageFacts.Property(kind, name, session.Options.Version) is { } fact ? HoverTopics.Property(fact, kind)
                        : kind == StatementKind.CreateRepository ? HoverTopics.OtherStorageProperty(name) : HoverTopics.UnknownProperty(name, kind, session.Options.Version);
                case Expectations.PropertyValue when isString && StatementClues.PropertyKeyBeforeValue(tokens, session.Options.Version) is { } key:
                    // A RESTORE's backup_timestamp is read against the snapshot's backups, as SHOW SNAPSHOT's TIMESTAMP is.
                    if (LanguageFacts.TakesTimestamps(kind, key))
                        return Timestamp(name, StatementClues.SnapshotName(tokens), StatementClues.Repository(tokens, kind), kind, catalog, made);
                    return LanguageFacts.Property(kind, key, session.Options.Version) is { } valueFact ? HoverTopics.Property(valueFact, kind) : null;
                case Expectations.PartitionName:
                    var (partitionKeyword, ownerTable) = StatementClues.PartitionClause(tokens);
                    if (StatementClues.IsTemporary(tokens, partitionKeyword))
                        return HoverTopics.TemporaryPartition(name, ownerTable, TableOf(ownerTable), kind);
                    var partition = Partition(name, ownerTable);
                    return ownerTable is not null && kind == StatementKind.Restore && made.Value.Restored(tokens, catalog) is var (held, takenOn)
                        && held.Table(ownerTable) is (true, { } inSnapshot, var inTheirCase)
                        ? HoverTopics.PartitionInSnapshot(partition, inSnapshot, inTheirCase, name, ownerTable, takenOn)
                        : partition;
                // `t1 PARTITION p1, p2, 'p3'`: a string there can only be another partition of t1, and so are the names of its run.
                case Expectations.TableName when StatementClues.UnparenthesizedPartitionList(tokens) is (>= 0 and var keyword, var owner)
                        && StatementClues.PartitionListHoldsString(tokens, keyword):
                    return Partition(name, owner);
                case Expectations.Location when isString:
                    return HoverTopics.Location(name);
                case Expectations.BrokerName:
                    return HoverTopics.Broker(name);
                case var _ when isString:
                    continue;
                case Expectations.RepositoryName:
                    return kind == StatementKind.CreateRepository ? HoverTopics.NewRepository(name, catalog)
                        : HoverTopics.TakenInScript(HoverTopics.Repository(name, catalog), [.. made.Value.Snapshots.Where(s => s.Scope == name)]);
                case Expectations.DatabaseName:
                case Expectations.SnapshotName or Expectations.TableName when qualifier:
                    return Created(HoverTopics.Database(name, catalog), made.Value.Database(name));
                case Expectations.SnapshotName:
                    return Snapshot(name, kind, StatementClues.Repository(tokens, kind), catalog, made);
                case Expectations.TableName when !(session.Options.Version <= ObjectRules.LastReadingNextAsTable)
                        && StatementClues.UnparenthesizedPartitionList(tokens) is (>= 0, { } owner):
                    var ownerDatabase = StatementClues.Database(tokens, catalog);
                    return ObjectRules.ReadsNextAsPartitionOnly(session.Options)
                        ? HoverTopics.Partition(name, owner, ownerDatabase is null ? null : catalog?.FindDatabase(ownerDatabase)?.Tables?.GetValueOrDefault(owner))
                        : HoverTopics.PartitionOrTable(name, owner, ownerDatabase, catalog);
                case Expectations.TableName:
                    var tableDatabase = StatementClues.Database(tokens, catalog);
                    // Where the script drops it is looked for only if it does: the search goes through every statement before.
                    var dropped = tableDatabase is not null && catalog?.FindDatabase(tableDatabase)?.WasDropped(name) == true
                        ? made.Value.DroppedTable(tableDatabase, name) : null;
                    var table = Created(HoverTopics.Table(name, tableDatabase, catalog, dropped), made.Value.Table(tableDatabase, name));
                    // A table the catalog does not hold: the partitions the CREATE TABLE that makes it declares.
                    if (tableDatabase is not null && catalog?.FindDatabase(tableDatabase)?.Tables?.ContainsKey(name) != true
                        && made.Value.DeclaredPartitions(tableDatabase, name) is { } declared)
                        table.Names("Partitions", declared);
                    return kind == StatementKind.Restore && made.Value.Restored(tokens, catalog) is var (contents, line)
                        ? HoverTopics.TableInSnapshot(table, contents, name, line) : table;
                case Expectations.ObjectName:
                    return HoverTopics.NamedObject(ObjectKind(tokens, index), name, StatementClues.Database(tokens, catalog), catalog);
                case Expectations.CatalogName:
                    // A RESTORE makes a dropped catalog again; a BACKUP of one fails.
                    return kind == StatementKind.Backup && made.Value.DroppedCatalog(name) is { } droppedOn
                        ? HoverTopics.DroppedCatalog(HoverTopics.ExternalCatalog(name), droppedOn) : HoverTopics.ExternalCatalog(name);
                case Expectations.AliasName:
                    return AliasTopic(tokens, name, session.Options);
            }
        }
        return null;

        // A database or table a statement before this one creates, renames or swaps: which line does.
        static HoverText Created(HoverText text, MadeName? created) => created is { } made ? text.MadeOn(made) : text;

        HoverText Partition(string partition, string? tableName) => HoverTopics.Partition(partition, tableName, TableOf(tableName));

        TableInfo? TableOf(string? tableName) =>
            tableName is not null && StatementClues.Database(tokens, catalog) is { } database
                ? catalog?.FindDatabase(database)?.Tables?.GetValueOrDefault(tableName)
                : null;
    }

    /// <summary>
    /// After names that go on an unparenthesized PARTITION list (<c>t1 PARTITION p1, p2 AS x</c>) the alias renames the
    /// table to current StarRocks, which reads them as its partitions, and the last name to releases up to 3.5.
    /// </summary>
    private static HoverText AliasTopic(StatementTokens tokens, string alias, AnalysisOptions options)
    {
        var before = StatementClues.AliasedName(tokens);
        if (options.Version <= ObjectRules.LastReadingNextAsTable
            || StatementClues.UnparenthesizedPartitionList(tokens with { Split = tokens.Split - 2 }) is not (>= 0, { } table))
            return HoverTopics.Alias(alias, before);
        return ObjectRules.ReadsNextAsPartitionOnly(options) || before is null
            ? HoverTopics.Alias(alias, table)
            : HoverTopics.AliasAfterPartitionList(alias, table, before);
    }

    /// <summary>A snapshot; for one a BACKUP earlier in the script takes (and the repository did not hold), what it holds.</summary>
    private static HoverText Snapshot(string name, StatementKind kind, string? repository, StarRocksCatalog? catalog, Lazy<ScriptNames> made)
    {
        var text = HoverTopics.Snapshot(name, kind, repository, catalog, made.Value.Taken(repository, name));
        if (kind == StatementKind.Backup || repository is null || made.Value.Contents(repository, name, catalog) is not ({ } contents, _))
            return text;
        if (contents.TablesKnown && contents.Tables().ToList() is { Count: > 0 } tables)
            text.Names("Tables in it", tables);
        if (contents.FunctionsKnown && contents.Functions().ToList() is { Count: > 0 } functions)
            text.Names("Functions in it", functions);
        return text;
    }

    /// <summary>The kind of object a (possibly qualified) name after VIEW, MATERIALIZED VIEW or FUNCTION is.</summary>
    private static CompletionEntryKind ObjectKind(StatementTokens tokens, int index)
    {
        var start = index;
        while (tokens.IsKind(start - 1, TokenKind.Dot))
            start -= 2;
        return StatementClues.ObjectKindBeforeSplit(tokens with { Split = start });
    }
}
