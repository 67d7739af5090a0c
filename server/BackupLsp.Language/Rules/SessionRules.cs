using BackupLsp.Language.Analysis;
using BackupLsp.Language.Facts;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Rules;

/// <summary>
/// The one check of other SQL: a catalog switch (<c>USE 'CATALOG c'</c>, <c>SET CATALOG c</c>) under a release that lacks
/// it, older than 3.0 (or than 2.5.3 for SET CATALOG), whose switch is <c>USE CATALOG c</c>; a <c>USE</c> of a database
/// the catalog does not list, and those StarRocks' parser refuses: <c>USE CATALOG c</c> from 3.0 on, <c>USE a.b.c</c>, a
/// string other than <c>'CATALOG c'</c>, no database or more after it, and a catalog name StarRocks refuses in a USE or
/// SET CATALOG; and a space StarRocks reads as a letter in a USE or SET CATALOG, or a full-width `；` where its `;`
/// was meant (<c>USE db；</c>, checked as if it ended before it: the database is <c>db；</c> to StarRocks); and a switch to,
/// or a USE in, a catalog the script dropped (<see cref="DroppedCatalogRules"/>).
/// StarRocks refuses each of them (<c>Unknown database 'd'</c>, a syntax error) and switches nothing: the statements after
/// it are checked in the database before it, as StarRocks would run them (but a refused <c>USE default_catalog.db</c> has
/// switched to that catalog: see SessionContexts.AfterRefusedUse). <c>USE catalog.db</c> names an external catalog's database, which the catalog file does not describe
/// (<c>default_catalog.db</c> is checked), and so does <c>USE db</c> after a switch to one (<c>SET CATALOG hive</c>).
/// </summary>
internal static class SessionRules
{
    /// <summary>Databases every StarRocks cluster has, which a hand-written catalog rarely lists.</summary>
    private static readonly HashSet<string> SystemDatabases = new(StringComparer.OrdinalIgnoreCase) { "information_schema", "sys", "_statistics_" };

    /// <summary>Whether a statement of other SQL is one this checks, from its first word: every statement is asked.</summary>
    public static bool Applies(ParsedStatement parsed) => SessionEffect.IsUse(parsed.Text) || SessionEffect.IsSet(parsed.Text);

    public static IReadOnlyList<Diagnostic> Check(ParsedStatement parsed, AnalysisContext context)
    {
        // A full-width `；` where the `;` was meant is reported, and the statement checked as if it ended before it.
        var own = parsed.OwnText;
        Diagnostic? fullWidthEnd = null;
        if (SessionEffect.FullWidthSemicolonAfterName(own) is { } marks)
        {
            fullWidthEnd = FullWidthEnd(parsed, marks);
            own = own[..marks.Start];
        }
        // Of the SET statements, only a catalog switch is checked; a USE that switches catalogs may fail for more. What
        // they name is checked first.
        IReadOnlyList<Diagnostic> named = SessionEffect.IsUse(own) ? CheckUse(own, context)
            : SessionEffect.RefusedCatalogSet(own, context.Options.Version) is var (span, message) ? [Diagnostic.Create(SyntaxRules.SyntaxError, span, message)] : [];
        IReadOnlyList<Diagnostic> checks = LackedCatalogSwitch(own, context) is { } lacked ? [lacked, .. named] : named;
        // A catalog the script dropped fails a switch that nothing else fails first.
        if (!checks.Any(check => check.RefusesStatement) && DroppedCatalogRules.Check(own, context) is { } dropped)
            checks = [dropped, .. checks];
        if (fullWidthEnd is not null)
            checks = [fullWidthEnd, .. checks];
        return SpacesAsLetters(parsed) is [_, ..] spaces ? [.. spaces, .. checks] : checks;
    }

    /// <summary>
    /// Full-width <c>；</c> marks where a USE's or SET CATALOG's `;` was meant (<c>USE db；</c>): StarRocks fails the
    /// statement, and it switches nothing (see StatementParts). Null where the parse reported them, at the statement after
    /// them that it cut this one at.
    /// </summary>
    private static Diagnostic? FullWidthEnd(ParsedStatement parsed, TextSpan marks)
    {
        foreach (var diagnostic in parsed.Diagnostics)
            if (diagnostic.Span == marks)
                return null;
        return StatementParser.FullWidthSemicolonEnding(parsed.Text, parsed.OwnText, marks);
    }

    /// <summary>
    /// The spaces StarRocks reads as letters in a USE or SET CATALOG (<c>USE　db</c> is one name to it, as is
    /// <c>USE\u00a0db</c>), reported as in a statement of the family (SRB001): StarRocks fails it, and it switches nothing
    /// (SessionEffect reads no effect of it).
    /// </summary>
    private static List<Diagnostic> SpacesAsLetters(ParsedStatement parsed)
    {
        var own = parsed.OwnText;
        List<Diagnostic> spaces = [];
        if (!own.ContainsAny(Lexer.SpaceLetters) || !(SessionEffect.IsUse(own) || SessionEffect.IsCatalogSet(own)))
            return spaces;
        for (var position = 0; position < own.Length;)
        {
            if (Lexer.Scan(own, position, out var end) == TokenKind.SpaceAsLetter)
                spaces.Add(StatementParser.SpaceAsLetter(parsed.Text, TextSpan.FromBounds(position, end)));
            position = end;
        }
        return spaces;
    }

    /// <param name="own">The statement's own text, as far as it is checked.</param>
    private static IReadOnlyList<Diagnostic> CheckUse(ReadOnlySpan<char> own, AnalysisContext context)
    {
        // Releases before 3.0 switch catalogs with USE CATALOG c (unset: the latest, which refuses it).
        if (SessionEffect.UseCatalogWords(own) is var (use, @switch, catalog))
            return context.Options.Version < Releases.CatalogSwitchSince ? []
                : [Diagnostic.Create(SyntaxRules.SyntaxError, @switch,
                    $"StarRocks 3.0 and later have no USE CATALOG: USE takes a database (db or catalog.db), so it fails here and switches nothing. Switch catalogs with SET CATALOG {catalog}.",
                    CodeFix.Replace("Write SET CATALOG", use, "SET"))];
        if (SessionEffect.AlwaysReservedUseName(own) is { } reserved)
            return [NameRules.ReservedWordAsName(own.Slice(reserved.Start, reserved.Length).ToString(), reserved, context.Options.Version)];
        if (SessionEffect.RefusedUse(own, context.Options.Version) is var (span, message))
            return [Diagnostic.Create(SyntaxRules.SyntaxError, span, message)];
        return Database(own, context) is { } database ? [database] : [];
    }

    /// <summary>
    /// <c>USE 'CATALOG c'</c> under a release before 3.0, or <c>SET CATALOG c</c> under one before 2.5.3, which lack it: it
    /// fails, and the session stays in its catalog and database. Those releases' own switch, <c>USE CATALOG c</c>, does
    /// what it does.
    /// </summary>
    private static Diagnostic? LackedCatalogSwitch(ReadOnlySpan<char> own, AnalysisContext context)
    {
        if (context.Options.Version is not { } version || SessionEffect.CatalogSwitch(own) is not var (span, catalog, kind))
            return null;
        var since = Releases.CatalogSwitchSinceFor(kind);
        if (!(version < since))
            return null;
        var form = kind == SessionEffectKind.SetCatalog ? "SET CATALOG" : "USE 'CATALOG catalog_name'";
        var legacy = $"USE CATALOG {NameText.ToSql(catalog, version)}";
        return Diagnostic.Create(VersionRules.RequiresNewerVersion, span,
            $"{form} requires StarRocks {since} or later; the configured version is {version}, which fails it and switches nothing. Switch catalogs there with {legacy}.",
            CodeFix.Replace("Write USE CATALOG", span, legacy));
    }

    /// <summary>What is wrong with the database a USE names: a word the release reserves, or one the catalog lacks.</summary>
    private static Diagnostic? Database(ReadOnlySpan<char> own, AnalysisContext context)
    {
        var read = SessionEffect.Read(own, context.Options.Version);
        // With SRB110 off (the person's release takes the word as a name), the database is looked up as one.
        if (read?.Reserved is { } reserved && NameRules.ReservedWordsReported(context.Options))
            return NameRules.ReservedWordAsName(own.Slice(reserved.Start, reserved.Length).ToString(), reserved, context.Options.Version);
        if (context.Catalog?.Databases is not { } databases
            || read is not ({ Kind: SessionEffectKind.UseDatabase } effect, var names, _)
            || effect.Name.Length == 0 || databases.ContainsKey(effect.Name) || SystemDatabases.Contains(effect.Name)
            || !effect.InDefaultCatalog(context.Catalog))
            return null;
        var name = new Name(effect.Name, names.Name.Span, names.Name.Quoting);
        return CatalogRules.UnknownDatabaseNamed(name, context.Catalog, context.Options.Version);
    }
}
