using System.Collections.Immutable;
using System.Text;
using System.Text.RegularExpressions;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Rules;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Features;

/// <summary>
/// The name under the cursor that a rename would change: its span and what it reads, or why it cannot be renamed whatever
/// the new name (then the client is told before it asks for one).
/// </summary>
public sealed record RenameTarget(TextSpan Span, string Name, string? Refusal)
{
    /// <summary>Shown by the editor as a message is, so the names it quotes show their invisible characters escaped.</summary>
    public string? Refusal { get; init; } = Refusal is null ? null : Diagnostic.WithInvisiblesEscaped(Refusal);
}

/// <summary>The edits that rename every mention, or why the new name cannot be written (then no edits).</summary>
public sealed record RenamePlan(ImmutableArray<TextEdit> Edits, string? Refusal)
{
    /// <summary>Shown by the editor as a message is (see <see cref="RenameTarget.Refusal"/>).</summary>
    public string? Refusal { get; init; } = Refusal is null ? null : Diagnostic.WithInvisiblesEscaped(Refusal);
}

/// <summary>
/// Renames a repository, snapshot, catalog, database, table, partition or function at every mention of it in the document (see <see cref="References"/>).
/// Each mention keeps its form: a backticked name stays backticked, a name in a SHOW filter's string stays in the string, and a
/// bare name is backticked only when the new name needs it (a reserved word, a space).
/// </summary>
public static class Rename
{
    /// <summary>The name under the cursor, and why it cannot be renamed (the catalog's, the cluster's own default_catalog, or mentioned where a rename cannot reach).</summary>
    public static RenameTarget? Prepare(DocumentAnalysis analysis, int offset, CancellationToken cancellationToken = default)
    {
        if (References.NameAt(analysis, offset) is not (var named, var span))
            return null;
        var refusal = Find(analysis, offset, cancellationToken) is { } renaming ? Unrenameable(analysis, renaming) : null;
        return new RenameTarget(span, named.Name, refusal);
    }

    /// <summary>The plan, or null when the cursor is on no name that can be renamed.</summary>
    public static RenamePlan? Plan(DocumentAnalysis analysis, int offset, string newName, CancellationToken cancellationToken = default)
    {
        if (Find(analysis, offset, cancellationToken) is not { Found: var found } renaming)
            return null;
        newName = NewNames.Read(newName);
        if (NewNames.Refusal(found.Object.Kind, newName, analysis.Context.Options) is { } refusal)
            return new RenamePlan([], refusal);
        if (Unrenameable(analysis, renaming) is { } unrenameable)
            return new RenamePlan([], unrenameable);
        if (!found.Object.IsNamed(newName) && Taken(analysis, renaming, newName, cancellationToken) is { } taken)
            return new RenamePlan([], taken);
        if (!found.Object.IsNamed(newName) && found.Object.Kind is NamedObjectKind.Snapshot or NamedObjectKind.Repository or NamedObjectKind.Database
            && PatternMention(analysis, found.Object with { Name = newName }) is var (pattern, written, _))
            return new RenamePlan([], $"{Mentioned(found.Object.Kind, newName)} is found by the {written} pattern on line {LineOf(analysis, pattern)}, which a rename cannot rewrite: "
                + $"the pattern would find the renamed {KindText(found.Object.Kind)}, which it does not find now. Rename it by hand.");
        if (found.Object.Kind == NamedObjectKind.Table && !found.Object.IsNamed(newName) && RestoredAlike(analysis, found, newName) is { } alike)
            return new RenamePlan([], alike);
        return new RenamePlan([.. found.References.Select(r => new TextEdit(r.Span, Written(newName, r.Quoting, analysis.Context.Options.Version)))], null);
    }

    /// <summary>
    /// What a rename changes: the object under the cursor with every mention of it (of a table, under the name under the
    /// cursor: see <see cref="References.UnderItsName"/>), and the object the catalog lists if the cluster has it. For a
    /// table, that is the name in its database as the two are at the script's start (none where a rename gave either
    /// the name); for a partition, its table's under the name the table has at the script's start, or the one
    /// of the table a copy takes it from (see <see cref="SourceTable"/>); none where the table took its name after a rename
    /// freed it. <see cref="Tables"/> are the tables whose partition of that name the rename changes (the cursor's, the one
    /// it was copied from and their copies), none for another kind of object.
    /// </summary>
    private sealed record Renaming(ReferenceResult Found, NamedObject? InCluster, ImmutableArray<TableLineage.Table> Tables);

    /// <summary>
    /// The object under the cursor and every mention a rename changes: a temporary partition that a REPLACE makes regular
    /// under its own name is that partition from there on, one word naming both, so the two are renamed together; a
    /// partition a copy took from another table is renamed with that table's, which gave it its name.
    /// </summary>
    private static Renaming? Find(DocumentAnalysis analysis, int offset, CancellationToken cancellationToken)
    {
        if (References.NameAt(analysis, offset) is not (var target, var span))
            return null;
        var found = new ReferenceResult(target, span, References.UnderItsName(analysis, target, span.Start, cancellationToken));
        var lineage = TableLineage.Of(analysis, cancellationToken);
        if (target.Kind == NamedObjectKind.Table)
            return new Renaming(found, lineage.NameAt(target.Scope, target.Name, span.Start) is (var database, _, < 0) ? target with { Scope = database } : null, []);
        if (!target.IsPartition)
            return new Renaming(found, target, []);
        var (table, source) = TablesOf(analysis, found, lineage, cancellationToken);
        var (references, tables) = Family(analysis, found.Object, table, found.References, lineage, cancellationToken);
        // A source the script does not make the partition in (the catalog's, most often) has no family that reaches the copy.
        if (source != table && Family(analysis, found.Object, source, References.OfPartition(analysis, found.Object, source, lineage, cancellationToken),
                lineage, cancellationToken) is var fromSource && fromSource.References.Any(r => r.Span == found.NameSpan))
            (references, tables) = fromSource;
        return new Renaming(found with { References = references }, InCluster(found, source), [.. tables.Prepend(table).Distinct()]);
    }

    /// <summary>
    /// The object found as the cluster holds it, where it may: what the catalog file writes of it, for go to definition. A
    /// table is the one in its database as the two are named at the script's start (none where a rename gave either the
    /// name), and a database the one named so at the script's start; a partition as <see cref="Renaming"/> has it.
    /// </summary>
    internal static NamedObject? InCluster(DocumentAnalysis analysis, ReferenceResult found, CancellationToken cancellationToken)
    {
        if (found.Object.Kind == NamedObjectKind.Table)
            return TableLineage.Of(analysis, cancellationToken).At(found.Object.Scope, found.Object.Name, found.NameSpan.Start) is (var database, var name, < 0)
                ? found.Object with { Scope = database, Name = name } : null;
        if (found.Object.Kind == NamedObjectKind.Database)
            return TableLineage.Of(analysis, cancellationToken).DatabaseAt(found.Object.Name, found.NameSpan.Start) is ({ } named, < 0)
                ? found.Object with { Name = named } : null;
        if (!found.Object.IsPartition)
            return found.Object;
        var (_, source) = TablesOf(analysis, found, TableLineage.Of(analysis, cancellationToken), cancellationToken);
        return InCluster(found, source);
    }

    /// <summary>The table the partition found is of where it is named, and the one it comes from (<see cref="SourceTable"/>; a temporary partition's own).</summary>
    private static (TableLineage.Table Table, TableLineage.Table Source) TablesOf(DocumentAnalysis analysis, ReferenceResult found, TableLineage lineage,
        CancellationToken cancellationToken)
    {
        var table = lineage.At(found.Object.Scope, found.Object.Table!, found.NameSpan.Start);
        return (table, found.Object.Kind == NamedObjectKind.Partition ? SourceTable(analysis, found.Object, table, found.NameSpan.Start, lineage, cancellationToken) : table);
    }

    /// <summary>The partition found as the cluster holds it in <paramref name="source"/>: none where the script took the table's name.</summary>
    private static NamedObject? InCluster(ReferenceResult found, TableLineage.Table source) =>
        source.Since < 0 ? found.Object with { Scope = source.Database, Table = source.Name } : null;

    /// <summary>
    /// The mentions of the partition in <paramref name="table"/> (<paramref name="own"/>), of the temporary partition one of
    /// them also makes, and in the table's copies; with the table and those copies.
    /// </summary>
    private static (ImmutableArray<Reference> References, ImmutableArray<TableLineage.Table> Tables) Family(DocumentAnalysis analysis, NamedObject partition, TableLineage.Table table, ImmutableArray<Reference> own,
        TableLineage lineage, CancellationToken cancellationToken)
    {
        var otherKind = partition.Kind == NamedObjectKind.Partition ? NamedObjectKind.TemporaryPartition : NamedObjectKind.Partition;
        var other = References.OfPartition(analysis, partition with { Kind = otherKind }, table, lineage, cancellationToken);
        var references = other.Any(o => own.Any(r => r.Span == o.Span)) ? own.AddRange(other) : own;
        references = [.. references.DistinctBy(r => r.Span).OrderBy(r => r.Span.Start)];
        var copies = Copied(analysis, partition with { Kind = NamedObjectKind.Partition }, table, references, inCopy: false, lineage, cancellationToken).ToArray();
        return ([.. references.Concat(copies.SelectMany(c => c.Mentions)).OrderBy(r => r.Span.Start)], [table, .. copies.Select(c => c.Copy)]);
    }

    /// <summary>
    /// The table a partition of <paramref name="table"/> named at <paramref name="at"/> comes from: where a CREATE TABLE ...
    /// LIKE made the table and it neither makes nor drops the partition itself after that, the partition is the copied
    /// table's, where that one still had it (and so on back).
    /// </summary>
    private static TableLineage.Table SourceTable(DocumentAnalysis analysis, NamedObject partition, TableLineage.Table table, int at, TableLineage lineage,
        CancellationToken cancellationToken)
    {
        while (lineage.SourceOf(table, at) is (var source, var made))
        {
            var own = References.OfPartition(analysis, partition, table, lineage, cancellationToken);
            if (own.Any(r => r.Span.Start > made && (r.Span.Start < at ? r.Writes : r.Span.Start == at && r.Declares))
                || References.OfPartition(analysis, partition, source, lineage, cancellationToken).LastOrDefault(r => r.Writes && r.Span.Start < made).Ends)
                break;
            (table, at) = (source, made);
        }
        return table;
    }

    /// <summary>
    /// The mentions of the partition in the tables a CREATE TABLE ... LIKE copies from its table (and from those copies)
    /// while the table has it: each copy's partition is another, but takes its name from the one renamed, so a rename that
    /// left its mentions behind would have them name a partition the copy does not have. The partition of the script's
    /// table is there where a statement before the copy last makes it (rather than drops it); a copy's, from the copy on.
    /// Each copy comes with its mentions, none where the script does not name its partition.
    /// </summary>
    private static IEnumerable<(TableLineage.Table Copy, ImmutableArray<Reference> Mentions)> Copied(DocumentAnalysis analysis, NamedObject partition, TableLineage.Table table,
        ImmutableArray<Reference> references, bool inCopy, TableLineage lineage, CancellationToken cancellationToken)
    {
        foreach (var (copy, made) in lineage.CopiesOf(table))
        {
            var last = references.LastOrDefault(r => r.Writes && r.Span.Start < made);
            if (last.Ends || (!inCopy && !last.Declares))
                continue;
            ImmutableArray<Reference> copied = [.. References.OfPartition(analysis, partition, copy, lineage, cancellationToken).Where(r => r.Span.Start > made)];
            yield return (copy, copied);
            foreach (var further in Copied(analysis, partition, copy, copied, inCopy: true, lineage, cancellationToken))
                yield return further;
        }
    }

    /// <summary>Why the object cannot be renamed to any name: it is the cluster's (default_catalog too), or named where the rename cannot reach.</summary>
    private static string? Unrenameable(DocumentAnalysis analysis, Renaming renaming)
    {
        var found = renaming.Found;
        if (found.Object.Kind == NamedObjectKind.Catalog && SessionEffect.IsDefaultCatalog(found.Object.Name))
            return $"{MessageNames.Object(found.Object.Name)} is the cluster's own catalog: renaming it in the script would not rename it in the cluster.";
        if (found.Object.Kind == NamedObjectKind.Catalog && ClusterCatalogUse(analysis, found) is { } used)
            return $"{MessageNames.Object(found.Object.Name)} is a catalog of the cluster, which the script names on line {LineOf(analysis, used)} before it makes it: "
                + "renaming it in the script would not rename it in the cluster.";
        if (ClusterObject(analysis, found, renaming.InCluster) is { } cluster)
            return cluster;
        if (UnparsedMention(analysis, found.Object) is { } unparsed)
            return $"{Mentioned(found.Object.Kind, found.Object.Name)} also appears on line {LineOf(analysis, unparsed)}, in a statement that does not parse: "
                + $"a rename would leave it behind. Fix the syntax error on line {LineOf(analysis, unparsed)} first.";
        if (found.Object.Kind is NamedObjectKind.Snapshot or NamedObjectKind.Repository or NamedObjectKind.Database
            && PatternMention(analysis, found.Object) is var (pattern, written, surely))
            return $"{Mentioned(found.Object.Kind, found.Object.Name)} {(surely ? "is also found" : "may be found")} by the {written} pattern on line {LineOf(analysis, pattern)}"
                + $"{(surely ? "" : " (a regular expression not read here)")}, which a rename cannot rewrite: the pattern may not find the new name. Rename it by hand.";
        if ((found.Object.Kind is NamedObjectKind.Table or NamedObjectKind.Database or NamedObjectKind.Function or NamedObjectKind.Catalog || found.Object.IsPartition)
            && UnreadMention(analysis, found) is { } unread)
            return $"{Mentioned(found.Object.Kind, found.Object.Name)} also appears in other SQL on line {LineOf(analysis, unread)}, "
                + "which is not read: a rename would leave it behind. Rename it by hand.";
        return null;
    }

    /// <summary>
    /// Why an object of the catalog cannot be renamed: the catalog mirrors the cluster, where it keeps its name, so the
    /// script would name one that does not exist. An object the script makes before any mention of it is the script's own.
    /// </summary>
    private static string? ClusterObject(DocumentAnalysis analysis, ReferenceResult found, NamedObject? inCluster)
    {
        if (analysis.Context.Catalog is not { } catalog || found.References[0].Declares
            || inCluster is not { } listed || CatalogNames.KindOf(catalog, listed) is not { } kind)
            return null;
        return $"{Mentioned(found.Object.Kind, found.Object.Name)} is a {kind} of {CatalogNames.Described(catalog)}: renaming it in the script would not rename it in the cluster.";
    }

    /// <summary>
    /// Where the script names an external catalog as one the cluster has before a statement of it makes the catalog (a
    /// CREATE EXTERNAL CATALOG StarRocks runs, a RESTORE's new name): a switch to it, a USE or name in it, a BACKUP or
    /// RESTORE of it, a DROP CATALOG without IF EXISTS. The catalog file lists no external catalog, but such a script
    /// works only where the cluster has it, and StarRocks renames no catalog (StarRocks.g4's alterCatalogStatement only
    /// modifies properties). A CREATE it refuses and a DROP CATALOG IF EXISTS need none.
    /// </summary>
    private static int? ClusterCatalogUse(DocumentAnalysis analysis, ReferenceResult found)
    {
        foreach (var reference in found.References)
        {
            if (reference.Declares)
                return null;
            if (analysis.StatementAt(reference.Span.Start) is not { } statement)
                continue;
            var own = statement.InnermostAt(reference.Span.Start).Parsed.OwnText;
            if (SessionEffect.Read(own) is not ({ Kind: SessionEffectKind.CreateCatalog }, _) && !SessionEffect.IsCatalogDropIfExists(own))
                return reference.Span.Start;
        }
        return null;
    }

    /// <summary>
    /// Why the new name cannot be had: the script or the catalog already names another object of the kind in that scope
    /// (for a partition, a partition or a temporary partition of any table the rename changes it in, which share their
    /// names: a copy that has one of the new name would end up with two).
    /// </summary>
    private static string? Taken(DocumentAnalysis analysis, Renaming renaming, string newName, CancellationToken cancellationToken)
    {
        var renamed = renaming.Found.Object with { Name = newName };
        if (!renamed.IsPartition)
        {
            // A table's name is taken by any table of it in the database, before the rename or after it: the renamed table's
            // own (`ALTER TABLE t RENAME t2` renamed onto t2) too.
            var named = renamed.Kind == NamedObjectKind.Table
                ? References.OfTableName(analysis, renamed, renaming.Found.NameSpan.Start, cancellationToken)
                : References.UnderItsName(analysis, renamed, renaming.Found.NameSpan.Start, cancellationToken);
            if (named is [var first, ..])
                return TakenAt(analysis, renamed, renamed.Kind, first);
        }
        else
        {
            var lineage = TableLineage.Of(analysis, cancellationToken);
            foreach (var table in renaming.Tables)
                foreach (var partitionKind in (ReadOnlySpan<NamedObjectKind>)[NamedObjectKind.Partition, NamedObjectKind.TemporaryPartition])
                    if (References.OfPartition(analysis, renamed with { Kind = partitionKind }, table, lineage, cancellationToken) is [var first, ..])
                        // The table as that line names it: a rename or swap may have given it another name there.
                        return TakenAt(analysis, renamed with { Table = References.NameAt(analysis, first.Span.Start)?.Object.Table ?? table.Name }, partitionKind, first);
        }
        if (analysis.Context.Catalog is { } catalog && CatalogNames.KindOf(catalog, renamed) is { } kind)
            return $"{Mentioned(renamed.Kind, renamed.Name)} already names a {kind}{ScopeOf(renamed)} in {CatalogNames.Described(catalog)}.";
        return null;
    }

    /// <summary>
    /// Why a table named in a RESTORE's ON list cannot take the new name there: another item of that list names it, or is
    /// restored under it, and StarRocks refuses a list that restores two objects under one name (SRB307).
    /// </summary>
    private static string? RestoredAlike(DocumentAnalysis analysis, ReferenceResult found, string newName)
    {
        foreach (var statement in analysis.Statements)
        {
            var span = new TextSpan(statement.Start, statement.Parsed.Text.Length);
            if (statement.Parsed.Kind != StatementKind.Restore || !found.References.Any(r => span.Contains(r.Span))
                || statement.Parsed.Syntax is not SnapshotJobStatement { On.Objects: var objects })
                continue;
            var mentioned = found.References.Select(r => r.Span.Start - statement.Start).ToHashSet();
            foreach (var item in objects)
            {
                if (item.Name is not { } name)
                    continue;
                // The item the renamed mention is part of keeps its other part: `t1 AS t9` renamed to `t1 AS t1` too.
                var (nameMentioned, aliasMentioned) = (mentioned.Contains(name.Last.Span.Start), item.Alias is { } own && mentioned.Contains(own.Name.Span.Start));
                if ((!nameMentioned && name.Last.Value == newName) || (!aliasMentioned && item.Alias?.Name.Value == newName))
                    return $"{MessageNames.Object(newName)} is already named in the ON list of the RESTORE on line {LineOf(analysis, statement.Start)}: "
                        + "after the rename it would restore two objects under one name, which StarRocks refuses.";
            }
        }
        return null;
    }

    private static string TakenAt(DocumentAnalysis analysis, NamedObject renamed, NamedObjectKind kind, Reference first) =>
        $"{Mentioned(kind, renamed.Name)} already names a {KindText(kind)}{ScopeOf(renamed)}, on line {LineOf(analysis, first.Span.Start)}: "
        + "after the rename the two could not be told apart.";

    /// <summary>A name as the diagnostics write one of its kind (<see cref="MessageNames"/>).</summary>
    internal static string Mentioned(NamedObjectKind kind, string name) => kind switch
    {
        NamedObjectKind.Repository => MessageNames.Repository(name),
        NamedObjectKind.Snapshot => MessageNames.Snapshot(name),
        _ => MessageNames.Object(name),
    };

    private static string KindText(NamedObjectKind kind) =>
        kind == NamedObjectKind.TemporaryPartition ? "temporary partition" : kind.ToString().ToLowerInvariant();

    private static string ScopeOf(NamedObject named) => (named.Kind, named.Scope) switch
    {
        (NamedObjectKind.Snapshot, { } repository) => $" of repository {MessageNames.Repository(repository)}",
        (NamedObjectKind.Table, { } database) => $" of database {MessageNames.Object(database)}",
        (NamedObjectKind.Partition or NamedObjectKind.TemporaryPartition, _) => $" of table {MessageNames.Object(named.Table!)}",
        _ => "",
    };

    /// <summary>
    /// Where a SHOW BACKUP's or SHOW RESTORE's filter finds a snapshot or a database, or a SHOW REPOSITORIES' filter a
    /// repository, of the name with a pattern (of any repository, as the filter's job may be of any): its operator as written (LIKE, RLIKE or
    /// REGEXP), and whether it surely finds the name or only may (a regular expression not read here). SHOW SNAPSHOT's
    /// analyzer takes no pattern: it refuses one beside a comparison, and lists every snapshot for one alone.
    /// </summary>
    private static (int Start, string Operator, bool Surely)? PatternMention(DocumentAnalysis analysis, NamedObject named)
    {
        foreach (var statement in analysis.Statements)
        {
            var (where, column) = (statement.Parsed.Syntax, named.Kind) switch
            {
                (ShowJobsStatement show, NamedObjectKind.Snapshot) => (show.Clauses.Where, show.Kind == JobKind.Backup ? "SnapshotName" : "Label"),
                (ShowJobsStatement show, NamedObjectKind.Database) => (show.Clauses.Where, "DbName"),
                (ShowRepositoriesStatement show, NamedObjectKind.Repository) => (show.Clauses.Where, "RepoName"),
                _ => (null, ""),
            };
            foreach (var (written, pattern, start) in where is null ? [] : NameMentions.FilterPatterns(statement.Parsed.Text, where.Condition, column))
                if ((written == "LIKE" ? LikeMatches(pattern, named.Name) : RegexFinds(pattern, named.Name)) is var finds and not false)
                    return (statement.Start + start, written, finds == true);
        }
        return null;
    }

    /// <summary>
    /// Whether SQL's LIKE finds <paramref name="value"/> with <paramref name="pattern"/>: `%` any run of characters, `_` any
    /// one, `\` the next as written.
    /// </summary>
    private static bool LikeMatches(string pattern, string value)
    {
        var regex = new StringBuilder("^");
        for (var i = 0; i < pattern.Length; i++)
            regex.Append(pattern[i] switch
            {
                '%' => ".*",
                '_' => ".",
                '\\' when i + 1 < pattern.Length => Regex.Escape(pattern[++i].ToString()),
                var written => Regex.Escape(written.ToString()),
            });
        return Regex.IsMatch(value, regex.Append('$').ToString(), RegexOptions.Singleline | RegexOptions.CultureInvariant);
    }

    /// <summary>How long a filter's regular expression may take on one name before it is taken as one that may find it.</summary>
    private static readonly TimeSpan RegexTimeout = TimeSpan.FromMilliseconds(100);

    /// <summary>
    /// Whether RLIKE or REGEXP finds <paramref name="value"/> with <paramref name="pattern"/>: StarRocks' regular expressions
    /// (RE2's, or Java's) match anywhere in the value, and .NET reads most of them alike. Null where that cannot be told: a
    /// pattern .NET does not compile (RE2's <c>(?P&lt;name&gt;…)</c>, Java's possessive <c>a++</c>) or that runs past the
    /// timeout, which a rename takes as one that may find the name: refusing it is the safe side.
    /// </summary>
    private static bool? RegexFinds(string pattern, string value)
    {
        try
        {
            return Regex.IsMatch(value, pattern, RegexOptions.CultureInvariant, RegexTimeout);
        }
        catch (Exception e) when (e is ArgumentException or RegexMatchTimeoutException)
        {
            return null;
        }
    }

    /// <summary>
    /// Where other SQL writes the name as a word, apart from the words read as mentions (a CREATE TABLE's name, a USE, also
    /// of an external catalog's database): an INSERT into the table, say, or a CREATE FUNCTION or a call of the function,
    /// which this does not read and so cannot rename. Repositories and snapshots are not looked for: other SQL does not name
    /// them, and a column of the same name is no mention.
    /// </summary>
    private static int? UnreadMention(DocumentAnalysis analysis, ReferenceResult found)
    {
        var known = References.ReadMentions(analysis, found.Object);
        return FirstNameToken(analysis, found.Object, p => !p.IsFamily, offset => !known.Contains(offset));
    }

    /// <summary>
    /// Where a backup or restore statement that does not parse writes the name as a word: nothing in it is read, so
    /// whether it names this object cannot be told, and renaming around it would leave it behind.
    /// </summary>
    private static int? UnparsedMention(DocumentAnalysis analysis, NamedObject named) =>
        FirstNameToken(analysis, named, p => p.IsFamily && !p.HasSyntax, _ => true);

    /// <summary>The first word or backtick name that reads as <paramref name="named"/>'s name, in a statement <paramref name="read"/> picks.</summary>
    private static int? FirstNameToken(DocumentAnalysis analysis, NamedObject named, Func<ParsedStatement, bool> read, Func<int, bool> counts)
    {
        foreach (var statement in analysis.Statements)
        {
            var text = statement.Parsed.Text;
            if (!read(statement.Parsed) || !References.MayMention(text, named))
                continue;
            var tokens = new StatementTokens(text, SyntaxToken.Scan(text), 0);
            for (var i = 0; i < tokens.Tokens.Length; i++)
                if (tokens.IsName(i) && named.IsNamed(tokens.NameAt(i)) && counts(statement.Start + tokens.Tokens[i].Span.Start))
                    return statement.Start + tokens.Tokens[i].Span.Start;
        }
        return null;
    }

    private static int LineOf(DocumentAnalysis analysis, int offset) => analysis.Lines.GetPosition(offset).Line + 1;

    private static string Written(string name, NameQuoting quoting, StarRocksVersion? version) => quoting switch
    {
        NameQuoting.String => name,
        NameQuoting.Backtick => $"`{name}`",
        _ => NameText.ToSql(name, version),
    };
}
