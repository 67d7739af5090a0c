using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Rules;

/// <summary>What StarRocks rejects while parsing although our (more forgiving) grammar accepted it.</summary>
internal static partial class StructureRules
{
    public static readonly RuleDescriptor SnapshotNameParts = new("SRB100", "snapshot-name-parts", DiagnosticSeverity.Error,
        "A snapshot name is `snapshot` or `db.snapshot`; three or more parts are rejected.");
    public static readonly RuleDescriptor AliasInBackup = new("SRB101", "alias-in-backup", DiagnosticSeverity.Error,
        "`AS alias` after an object in BACKUP's ON (...): only RESTORE allows aliases.") { Title = "Alias in BACKUP" };
    public static readonly RuleDescriptor DatabaseNamedTwice = new("SRB102", "database-named-twice", DiagnosticSeverity.Error,
        "`DATABASE db` cannot be combined with a `db.snapshot` name (in a RESTORE the prefix names the database to restore into, DATABASE the snapshot's own: `DATABASE db AS db2` says both).");
    public static readonly RuleDescriptor ExternalCatalogConflict = new("SRB103", "external-catalog-conflict", DiagnosticSeverity.Error,
        "The external-catalog form cannot be combined with DATABASE, a `db.` prefix or `ON (...)`, nor back up, restore or restore as `default_catalog`.");
    public static readonly RuleDescriptor RestoreOnWithoutDatabase = new("SRB104", "restore-on-without-database", DiagnosticSeverity.Error,
        "RESTORE with `ON (...)` needs a database: `db.snapshot` or `DATABASE db`.") { Title = "RESTORE ON without a database" };
    public static readonly RuleDescriptor CancelWithoutTarget = new("SRB105", "cancel-without-target", DiagnosticSeverity.Error,
        "CANCEL BACKUP/RESTORE needs `FROM db` (or `FOR EXTERNAL CATALOG`).") { Title = "CANCEL without a target" };
    public static readonly RuleDescriptor UnquotedLiteral = new("SRB106", "unquoted-literal", DiagnosticSeverity.Error,
        "Property keys and values and repository locations must be quoted strings.");

    public static readonly IReadOnlyList<RuleDescriptor> All =
        [SnapshotNameParts, AliasInBackup, DatabaseNamedTwice, ExternalCatalogConflict, RestoreOnWithoutDatabase, CancelWithoutTarget, UnquotedLiteral];

    public static void Check(RuleContext context)
    {
        switch (context.Syntax)
        {
            case SnapshotJobStatement job:
                CheckJob(context, job);
                break;
            case CreateRepositoryStatement { Location.IsQuoted: false } create:
                if (InTypographicQuotes(context, create.Location) is { } typographic)
                    context.Report(typographic);
                else
                    context.Report(UnquotedLiteral, create.Location.Span,
                        $"The location must be a quoted string: write \"{create.Location.Value}\".",
                        CodeFix.Replace("Quote the location", create.Location.Span, $"\"{create.Location.Value}\"", certain: true));
                break;
            case CancelJobStatement { Database: null, ForExternalCatalogSpan: null } cancel:
                var kind = cancel.Kind.ToString().ToUpperInvariant();
                // The session's database is the likely one; the person confirms it by applying.
                context.Report(CancelWithoutTarget, new TextSpan(0, context.OwnEnd),
                    $"CANCEL {kind} needs the database whose job to cancel: add FROM db{(context.Options.Version < StarRocksVersion.V3_4 ? "" : " (or FOR EXTERNAL CATALOG)")}.",
                    SessionDatabase(context) is { } database
                        ? [CodeFix.Replace($"Add FROM {NameText.ToSql(database, context.Options.Version)}", new TextSpan(context.OwnEnd, 0), $" FROM {NameText.ToSql(database, context.Options.Version)}")]
                        : []);
                break;
        }
        if (SyntaxWalk.Properties(context.Syntax) is { } properties)
            CheckQuoted(context, properties);
        // The clauses looked up first: the expressions' iterator, made for every statement, was most of what this check allocated.
        if (SyntaxWalk.ShowClausesOf(context.Syntax) is not { } clauses)
            return;
        foreach (var (tokens, sortKeys, read) in ShowExpressions(context.Parsed, context.Syntax, clauses, context.Options.Version))
            ReportExpression(context, tokens, sortKeys, read);
        if (clauses.Limit is { } limit)
            CheckRowCounts(context, limit);
    }

    /// <summary>
    /// SHOW BACKUP's, SHOW RESTORE's and SHOW REPOSITORIES' WHERE, and every SHOW's ORDER BY, take any expression StarRocks'
    /// grammar reads (showPredicateClauses: WHERE expression, ORDER BY sortItem, ...), which no analyzer then looks into
    /// (BackupRestoreAnalyzer.visitShowRestoreStatement checks only the database); one its parser cannot read fails the
    /// statement. Each such expression (SHOW SNAPSHOT's condition is read further, as its analyzer reads it: RepositoryRules)
    /// with what the configured release's parser makes of it; none where it is left unchecked.
    /// </summary>
    private static IEnumerable<(ImmutableArray<SyntaxToken> Tokens, bool SortKeys, ExpressionCheck Read)> ShowExpressions(ParsedStatement parsed,
        Statement syntax, ShowClauses clauses, StarRocksVersion? version)
    {
        if (clauses.Where is { Condition: var condition } && syntax is not ShowSnapshotStatement && Checked(parsed, condition, sortKeys: false, version) is { } inCondition)
            yield return (condition, false, inCondition);
        if (clauses.OrderBy is { } orderBy && SortKeys(parsed, orderBy) is var keys && Checked(parsed, keys, sortKeys: true, version) is { } inSortKeys)
            yield return (keys, true, inSortKeys);
    }

    /// <summary>The tokens of an ORDER BY's sort keys: the clause's after ORDER BY.</summary>
    private static ImmutableArray<SyntaxToken> SortKeys(ParsedStatement parsed, TextSpan orderBy) =>
        [.. parsed.Tokens.Where(t => !t.Kind.IsTrivia() && orderBy.Contains(t.Span.Start)).Skip(2)];

    /// <summary>What StarRocks' parser makes of a condition or of sort keys; null where they are left unchecked.</summary>
    private static ExpressionCheck? Checked(ParsedStatement parsed, ImmutableArray<SyntaxToken> tokens, bool sortKeys, StarRocksVersion? version)
    {
        if (tokens.IsEmpty)
            return null;
        // A space beyond ASCII is read here as the space it was meant to be (SRB001), where StarRocks may read a letter of a
        // name (`5　a` is a column, and so is `t.5　` with the one after it): whether one reading parses says nothing of the other.
        var text = parsed.OwnText[tokens[0].Span.Start..];
        if (text.ContainsAny(Lexer.SpaceLetters))
            return null;
        // Forms StarRocks' grammar takes that the expression grammar does not read ({fn f()} escapes, named arguments):
        // left unchecked rather than called errors.
        if (text.Contains('{') || text.Contains("=>", StringComparison.Ordinal))
            return null;
        return ExpressionGrammar.Check(parsed.Text, tokens, sortKeys, version);
    }

    /// <summary>
    /// The bare reserved words StarRocks' parser fails on in a SHOW's WHERE and ORDER BY, where backticks would mend them:
    /// SRB110 there (a word the configured release takes as a name is none).
    /// </summary>
    internal static IEnumerable<TextSpan> ReservedWordsIn(ParsedStatement parsed, StarRocksVersion? version) =>
        parsed.Syntax is { } syntax && SyntaxWalk.ShowClausesOf(syntax) is { } clauses
            ? ShowExpressions(parsed, syntax, clauses, version).SelectMany(expression => expression.Read.ReservedWords) : [];

    private const string ConditionFailure = "it cannot parse this condition, so the statement fails";

    private static void ReportExpression(RuleContext context, ImmutableArray<SyntaxToken> tokens, bool sortKeys, ExpressionCheck read)
    {
        // Whether the condition, its marks mended, is one StarRocks parses: then those marks are what it fails on.
        bool Parses(string edited, ImmutableArray<SyntaxToken> mended) => ExpressionGrammar.Check(edited, mended, sortKeys: false, context.Options.Version).IsRead;
        switch (read)
        {
            case { IsRead: true }:
                return;
            case { ReservedWords: [_, ..] reserved }:
                if (NameRules.ReservedWordsReported(context.Options))
                    foreach (var word in reserved)
                        context.Report(NameRules.ReservedWordAsName(context.Text.Substring(word.Start, word.Length), word, context.Options.Version));
                return;
            case { } when !sortKeys && QuotedConditions.Mended(SyntaxRules.SyntaxError, context.Text, tokens, ConditionFailure, Parses) is { } marked:
                context.Report(marked);
                return;
            default:
                context.Report(SyntaxRules.SyntaxError, TextSpan.FromBounds(tokens[0].Span.Start, tokens[^1].Span.End), sortKeys
                    ? "StarRocks cannot parse these sort keys, so the statement fails: write columns (or expressions) separated by commas, each with ASC or DESC if needed, such as CreateTime DESC."
                    : "StarRocks cannot parse this condition, so the statement fails: write an expression as in a query's WHERE, such as State = 'FINISHED'.");
                return;
        }
    }

    /// <summary>
    /// StarRocks' parser reads a LIMIT's and an OFFSET's digits with Java's Long.parseLong (AstBuilder.visitLimitElement),
    /// which throws past a 64-bit integer: the statement fails.
    /// </summary>
    private static void CheckRowCounts(RuleContext context, TextSpan limit)
    {
        for (var position = limit.Start; position < limit.End;)
        {
            var kind = Lexer.Scan(context.Text, position, out var end);
            var digits = context.Text[position..end];
            if (kind == TokenKind.Number && JavaInteger.Parse(digits, 0, long.MaxValue, out _) == JavaIntegerParse.OutOfRange)
                context.Report(SyntaxRules.SyntaxError, TextSpan.FromBounds(position, end),
                    $"StarRocks reads a row count as a 64-bit integer, which {digits} is too large for (at most {long.MaxValue}): the statement fails.");
            position = end;
        }
    }

    /// <summary>
    /// Aliases are RESTORE's. BACKUP's grammar takes one after an object in ON (...) from 3.4, which its analyzer then
    /// refuses, but none after an external catalog or DATABASE db, where StarRocks' parser fails.
    /// </summary>
    private static void ReportAliases(RuleContext context, SnapshotJobStatement backup)
    {
        foreach (var catalog in backup.External?.Catalogs ?? [])
            if (catalog.Alias is { } catalogAlias)
                ReportAlias(context, SyntaxRules.SyntaxError, catalogAlias,
                    $"BACKUP names external catalogs without aliases: `{context.Text.Substring(catalogAlias.Span.Start, catalogAlias.Span.Length)}` is a syntax error (RESTORE takes one, to restore a catalog under another name).");
        if (backup.Database?.Alias is { } databaseAlias)
            ReportAlias(context, SyntaxRules.SyntaxError, databaseAlias,
                $"BACKUP's DATABASE clause takes no alias: `{context.Text.Substring(databaseAlias.Span.Start, databaseAlias.Span.Length)}` is a syntax error (RESTORE takes one, to restore into another database).");
        // Before 3.4 BACKUP's grammar had no alias at all (tableDesc: qualifiedName partitionNames?): a syntax error there.
        var parsedAway = context.Options.Version < StarRocksVersion.V3_4;
        foreach (var item in backup.On?.Objects ?? [])
            if (item.Alias is { } alias)
                ReportAlias(context, AliasInBackup, alias, parsedAway
                    ? $"BACKUP takes no alias: `{context.Text.Substring(alias.Span.Start, alias.Span.Length)}` is a syntax error in StarRocks {context.Options.Version} (the configured version); aliases are only allowed in RESTORE."
                    : "Specifying alias for backup object is forbidden in BACKUP stmt: aliases are only allowed in RESTORE.");
    }

    private static void ReportAlias(RuleContext context, RuleDescriptor rule, Alias alias, string message) =>
        context.Report(rule, alias.Span, message, CodeFix.Replace("Remove the alias", context.WithLeadingSpace(alias.Span), ""));

    private static void CheckJob(RuleContext context, SnapshotJobStatement job)
    {
        if (job.Snapshot.Parts.Length > 2)
            context.Report(SnapshotNameParts, job.Snapshot.Span,
                $"A snapshot name has at most two parts (db.snapshot); `{job.Snapshot}` has {job.Snapshot.Parts.Length}.");
        // StarRocks' parser turns a table's (or view's) name into catalog.database.table and refuses more parts.
        foreach (var item in job.On?.Objects ?? [])
            if (item is { Kind: ObjectKind.Table or ObjectKind.View or ObjectKind.MaterializedView, Name.Parts.Length: > 3 })
                context.Report(SyntaxRules.SyntaxError, item.Name.Span,
                    $"Invalid table format: a name here has at most three parts (catalog.database.table); `{item.Name}` has {item.Name.Parts.Length}.");

        if (job.Kind == JobKind.Backup)
            ReportAliases(context, job);

        if (job.Database is { } database && job.Snapshot.Parts.Length >= 2)
            ReportDatabaseNamedTwice(context, job, database);

        if (job.External is { } external)
        {
            const string message = "A {0} of external catalogs cannot name {1}: external catalogs are backed up as a whole, outside any database.";
            var what = job.Kind == JobKind.Backup ? "BACKUP" : "RESTORE";
            if (job.Database is { } db)
                context.Report(ExternalCatalogConflict, db.Span, string.Format(message, what, "a DATABASE"));
            if (job.Snapshot.Parts.Length >= 2)
                context.Report(ExternalCatalogConflict, job.Snapshot.Parts[0].Span, string.Format(message, what, "a database prefix"));
            if (job.On is { } on)
                context.Report(ExternalCatalogConflict, on.Span, string.Format(message, what, "objects in ON (...)"));
            // CatalogRef.analyzeForBackup refuses the internal catalog by name, whatever its case; a snapshot therefore never
            // holds it, and BackupHandler refuses it as a RESTORE's alias too.
            foreach (var catalog in external.Catalogs)
            {
                if (SessionEffect.IsDefaultCatalog(catalog.Name.Value))
                    context.Report(ExternalCatalogConflict, catalog.Name.Span, job.Kind == JobKind.Backup
                        ? $"'{catalog.Name.Value}' is the cluster's own catalog, which StarRocks does not back up whole (\"Do not support Backup/Restore the entire default catalog\"): back up its databases one by one (BACKUP DATABASE db SNAPSHOT ...)."
                        : $"'{catalog.Name.Value}' is the cluster's own catalog, which no external-catalog snapshot holds (StarRocks does not back it up whole): StarRocks fails the RESTORE (\"Can not find restore catalog\").");
                if (job.Kind == JobKind.Restore && catalog.Alias is { } alias && SessionEffect.IsDefaultCatalog(alias.Name.Value))
                    context.Report(ExternalCatalogConflict, alias.Name.Span,
                        $"An external catalog cannot be restored as '{alias.Name.Value}', the cluster's own catalog (\"Do not support set alias as default catalog for external catalog restore\"): choose another name.");
            }
        }
        else if (job.Kind == JobKind.Restore && job.On is { } on && job.NamedDatabase is null)
        {
            context.Report(RestoreOnWithoutDatabase, on.OnSpan,
                context.Options.Version < StarRocksVersion.V3_4 ? "RESTORE with ON (...) needs a database: write db.snapshot." : "RESTORE with ON (...) needs a database: write db.snapshot or add DATABASE db.",
                CurrentDatabaseFix(context, job) is { } fix ? [fix] : []);
        }
    }

    /// <summary>
    /// The session's database as the snapshot's prefix: without ON, StarRocks restores into that database. Only when the
    /// catalog lists it.
    /// </summary>
    private static CodeFix? CurrentDatabaseFix(RuleContext context, SnapshotJobStatement restore)
    {
        if (SessionDatabase(context) is not { } database || context.Catalog!.FindDatabase(database) is null)
            return null;
        var prefix = NameText.ToSql(database, context.Options.Version) + ".";
        var snapshot = restore.Snapshot.Span;
        return CodeFix.Replace($"Change to {prefix}{context.Text.Substring(snapshot.Start, snapshot.Length)} (the current database)",
            new TextSpan(snapshot.Start, 0), prefix);
    }

    /// <summary>
    /// The session's database (the last USE, or the catalog's default), which StarRocks looks up in default_catalog whatever
    /// the session's catalog (<see cref="Catalog.StarRocksCatalog.BackupDatabase"/>). Only with a catalog that lists
    /// databases: results are kept per catalog, and without one a USE changes no statement's results (see
    /// DocumentAnalyzer.CatalogOfRules).
    /// </summary>
    private static string? SessionDatabase(RuleContext context) =>
        context.Catalog is { Databases: not null, BackupDatabase: { } database } ? database : null;

    /// <summary>An unquoted key or value, quoted as the list's first quoted string is (double quotes where none is).</summary>
    private static void CheckQuoted(RuleContext context, PropertyList properties)
    {
        // Loops rather than LINQ, and the quoting sought only for a literal without: this runs for every statement with properties.
        Literal? quoting = null;
        foreach (var property in properties.Properties)
            foreach (var literal in (ReadOnlySpan<Literal>)[property.Key, property.Value])
                if (!literal.IsQuoted)
                {
                    quoting ??= FirstQuoted(properties) ?? new Literal("", default, true);
                    context.Report(InTypographicQuotes(context, literal) ?? Diagnostic.Create(UnquotedLiteral, literal.Span,
                        $"Property keys and values must be quoted strings: write {quoting.Requoted(literal.Value)}.",
                        CodeFix.Replace($"Add quotes: {quoting.Requoted(literal.Value)}", literal.Span, quoting.Requoted(literal.Value), certain: true)));
                }
    }

    /// <summary>The first quoted key or value of the list, whose quote a fix writes.</summary>
    private static Literal? FirstQuoted(PropertyList properties)
    {
        foreach (var property in properties.Properties)
            foreach (var literal in (ReadOnlySpan<Literal>)[property.Key, property.Value])
                if (literal.IsQuoted)
                    return literal;
        return null;
    }

    /// <summary>
    /// An unquoted literal written in typographic quotes (<c>“full”</c>), which StarRocks reads as a name: the string meant,
    /// in the ASCII quote the first mark stands for, is the one right edit where the marks are a pair of one kind; then
    /// it makes ASCII too a full-width space beside it that StarRocks would still read as a letter (<c>“full”　)</c> made
    /// <c>"full"　)</c> has a name <c>　</c>), as the fix of a SHOW condition's quotes does.
    /// </summary>
    private static Diagnostic? InTypographicQuotes(RuleContext context, Literal literal)
    {
        var written = context.Text.AsSpan(literal.Span.Start, literal.Span.Length);
        if (TypographicMarks.InQuotes(written) is not { } quoted)
            return null;
        TextEdit straight = new(literal.Span, quoted.Straight);
        var spaces = quoted.Matched
            ? MeantSpaces.BesideQuoted(context.Text, [straight], [literal.Span]).Spaces
            : [];
        return Diagnostic.Create(UnquotedLiteral, literal.Span,
            $"{TypographicMarks.QuotesNamed(written)} are not SQL quotes: StarRocks reads them as letters, so `{written}` is no string. Write {quoted.Straight}.",
            new CodeFix($"Change to {quoted.Straight}{MeantSpaces.Named(spaces)}", MeantSpaces.With([straight], spaces), Certain: quoted.Matched));
    }
}
