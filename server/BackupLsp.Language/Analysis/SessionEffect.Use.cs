using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Analysis;

/// <summary>USE as a statement of its own: the database or catalog it switches to, and the forms StarRocks refuses.</summary>
internal readonly partial record struct SessionEffect
{
    /// <summary>
    /// <c>USE db</c>, <c>USE catalog.db</c>, <c>USE 'CATALOG c'</c> (a catalog switch, as SET CATALOG), or <c>USE CATALOG
    /// c</c>, the switch of releases before 3.0 (see <see cref="UseCatalogWords"/>), never a USE of a database named CATALOG.
    /// Not a name of more parts, another string or a catalog name StarRocks refuses, which it fails (see <see cref="RefusedUse"/>).
    /// </summary>
    private static (SessionEffect, EffectNames)? Use(ref Words words)
    {
        if (words.StringAt(1) is not null)
            return CatalogSwitch(ref words) is var (kind, catalog, written) && !Rules.NameRules.RefusesCatalogName(catalog)
                ? (new SessionEffect(kind, catalog), new EffectNames(words.Written(written), null)) : null;
        if (words.Is(1, "CATALOG") && (words.NameAt(2) ?? words.StringAt(2)) is { } switched)
            return words.EndsAt(3) ? (new SessionEffect(SessionEffectKind.LegacyUseCatalog, switched), new EffectNames(words.Written(2), null)) : null;
        return words.QualifiedName(1) is ({ } name, var qualifier, null, var at, _)
            ? (new SessionEffect(SessionEffectKind.UseDatabase, name, Catalog: qualifier), new EffectNames(words.Written(at), null)) : null;
    }

    /// <summary>Where <c>USE c.db</c> writes its catalog, relative to the statement; null for a USE that names none.</summary>
    public static TextSpan? UsedCatalog(ReadOnlySpan<char> statement)
    {
        var words = new Words(statement, stackalloc (TokenKind, int, int)[MaxTokens]);
        return words.Is(0, "USE") && words.QualifiedName(1) is ({ }, { }, null, _, var qualifierAt) ? words.Written(qualifierAt).Span : null;
    }

    /// <summary>
    /// Where the catalog a switch or a CREATE or DROP CATALOG names is written inside its string <paramref name="written"/>
    /// (<c>USE 'CATALOG c'</c>, its last word; <c>SET CATALOG 'c'</c>, all of it), relative to the statement: where StarRocks
    /// reads its name from, escapes and all (<c>'CATALOG h\ive'</c> names hive, so a rename writes the new name over
    /// <c>h\ive</c>). Null where it is no string.
    /// </summary>
    public static TextSpan? CatalogInString(ReadOnlySpan<char> statement, TextSpan written, string catalog)
    {
        var token = statement.Slice(written.Start, written.Length);
        if (token[0] is not ('\'' or '"'))
            return null;
        // Nothing but whitespace follows the name in the string's text, so its last occurrence there is the name.
        var at = Unquote.String(token).LastIndexOf(catalog, StringComparison.Ordinal);
        return at < 0 ? null : Unquote.WrittenAt(token, at, catalog.Length).Shift(written.Start);
    }

    /// <summary>How many tokens <see cref="RefusedUse"/> reads: USE and a name of up to 32 parts.</summary>
    private const int MaxUseTokens = 64;

    /// <summary>
    /// A USE that StarRocks' parser refuses whatever the session: where and why. No database (<c>USE;</c>, <c>USE (db)</c>),
    /// a name of more than two parts (AstBuilder's visitUseDatabaseStatement: "Invalid db name format"), a string that is not
    /// <c>'CATALOG c'</c> or, under a release that has the switch (3.0 and later), whose c is no catalog's name
    /// (CatalogAnalyzer.visitUseCatalogStatement, which runs FeNameFormat.checkCatalogName on it), or anything after the name or string (<c>USE db2, db1</c>) but a statement on a
    /// line of its own, which is a missing `;` (see <see cref="StatementAfterCompleteForm"/>). A word every release reserves where the name
    /// goes is left to the rule on reserved names.
    /// </summary>
    public static (TextSpan Span, string Message)? RefusedUse(ReadOnlySpan<char> statement, StarRocksVersion? version)
    {
        var words = new Words(statement, stackalloc (TokenKind, int, int)[MaxUseTokens]);
        if (!words.Is(0, "USE"))
            return null;
        if (words.StringAt(1) is { } text)
        {
            if (CatalogOfUseString(text) is not { } catalog)
                return (words.Written(1).Span, "StarRocks reads a quoted USE as a catalog switch, USE 'CATALOG catalog_name', and fails any other "
                    + "string, switching nothing (\"The correct syntax is: USE 'CATALOG catalog_name'\"). A database is named unquoted: USE db or USE catalog.db.");
            // The parser fails what follows the string before the analyzer reads the name.
            var more = MoreAfterUse(statement, ref words, 1);
            if (more is not null || !RefusesSwitchedCatalog(SessionEffectKind.UseCatalog, catalog, version))
                return more;
            return (CatalogInString(statement, words.Written(1).Span, catalog) ?? words.Written(1).Span, RefusedCatalogName("USE", catalog));
        }
        if (words.NameAt(1) is null)
            return words.IsToken(1, TokenKind.Word) ? null
                : (words.Written(0).Span, "USE takes a database (USE db or USE catalog.db): StarRocks fails it without one, and switches nothing.");
        var last = words.NameEnd(1);
        if (last < 5)
            return MoreAfterUse(statement, ref words, last);
        var parts = new List<string>();
        for (var at = 1; at <= last; at += 2)
            parts.Add(words.NameAt(at)!);
        return (TextSpan.FromBounds(words.Written(1).Span.Start, words.Written(last).Span.End),
            $"Invalid db name format '{string.Join('.', parts)}': USE takes a database (db or catalog.db), so StarRocks fails it and switches nothing.");
    }

    /// <summary>
    /// <c>SET CATALOG c</c> of a catalog name StarRocks refuses (CatalogAnalyzer.visitSetCatalogStatement runs
    /// FeNameFormat.checkCatalogName on it, as on the one <c>USE 'CATALOG c'</c> names), under a release that has it: where
    /// and why. It switches nothing.
    /// </summary>
    public static (TextSpan Span, string Message)? RefusedCatalogSet(ReadOnlySpan<char> statement, StarRocksVersion? version)
    {
        var words = new Words(statement, stackalloc (TokenKind, int, int)[3]);
        if (!words.Is(0, "SET") || !words.Is(1, "CATALOG") || (words.NameAt(2) ?? words.StringAt(2)) is not { } catalog
            || !RefusesSwitchedCatalog(SessionEffectKind.SetCatalog, catalog, version))
            return null;
        // An empty name is marked by its whole string, not a point between the quotes.
        var inString = catalog.Length > 0 ? CatalogInString(statement, words.Written(2).Span, catalog) : null;
        return (inString ?? words.Written(2).Span, RefusedCatalogName("SET CATALOG", catalog));
    }

    /// <summary>
    /// Whether StarRocks fails a catalog switch for the name it switches to. Only a release that has the switch reads the
    /// name: an older one fails the statement for its form (see SessionRules), as a syntax error. CatalogAnalyzer runs
    /// FeNameFormat.checkCatalogName on it in every release that has it, whose pattern is the same in all of them (see
    /// <see cref="Rules.NameRules.RefusesCatalogName"/>).
    /// </summary>
    private static bool RefusesSwitchedCatalog(SessionEffectKind kind, string catalog, StarRocksVersion? version) =>
        !(version < Facts.Releases.CatalogSwitchSinceFor(kind)) && Rules.NameRules.RefusesCatalogName(catalog);

    // An empty name fails before the name check (CatalogAnalyzer.visitSetCatalogStatement: Strings.isNullOrEmpty). One too
    // long alone is told without StarRocks' words, which differ by release (see NameRules.RefusesCatalogNameForLengthAlone).
    private static string RefusedCatalogName(string statement, string catalog) => catalog.Length == 0
        ? $"StarRocks fails the {statement}, switching nothing (\"The correct syntax is: USE 'CATALOG catalog_name'\"): it needs a catalog's name."
        : Rules.NameRules.RefusesCatalogNameForLengthAlone(catalog)
        ? $"StarRocks fails the {statement}, switching nothing: a catalog's name is at most {Rules.NameRules.MaxCatalogNameLength} characters, and this one has {catalog.Length}."
        : $"StarRocks fails the {statement}, switching nothing (\"Incorrect catalog name '{catalog}'\"): a catalog's name is a letter, or `_` and a letter or digit, "
            + "then up to 63 ASCII letters, digits or `_`.";

    /// <summary>
    /// Full-width <c>；</c> marks where a USE's or SET CATALOG's `;` was meant: glued onto its database, catalog or string
    /// (<c>USE db；</c>, <c>SET CATALOG hive；</c>), or a name of their own after it (<c>USE 'CATALOG hive' ；</c>). StarRocks
    /// reads them as letters: the USE names a database that cannot exist (a database's and a catalog's name are of ASCII
    /// letters, digits and a few marks: FeNameFormat), or has more after its name, and fails, switching nothing. The marks;
    /// null for none.
    /// </summary>
    public static TextSpan? FullWidthSemicolonAfterName(ReadOnlySpan<char> statement)
    {
        if (!statement.Contains(TypographicMarks.FullWidthSemicolon))
            return null;
        var words = new Words(statement, stackalloc (TokenKind, int, int)[MaxUseTokens]);
        int last;
        if (words.Is(0, "USE") && (words.StringAt(1) is not null || words.NameAt(1) is not null))
            last = words.StringAt(1) is null ? words.NameEnd(1) : 1;
        else if (words.Is(0, "SET") && words.Is(1, "CATALOG") && (words.NameAt(2) ?? words.StringAt(2)) is not null)
            last = 2;
        else
            return null;
        var after = words.IsToken(last + 1, TokenKind.Word) ? words.Written(last + 1).Span : default;
        if (after.Length > 0 && statement.Slice(after.Start, after.Length).TrimStart(TypographicMarks.FullWidthSemicolon).IsEmpty)
            return after;
        var name = words.Written(last).Span;
        var marks = name.Length - statement.Slice(name.Start, name.Length).TrimEnd(TypographicMarks.FullWidthSemicolon).Length;
        return words.IsToken(last, TokenKind.Word) && marks > 0 ? new TextSpan(name.End - marks, marks) : null;
    }

    /// <summary>
    /// A bare word every release reserves where a USE's database (or its catalog) goes, as <c>USE order</c>: StarRocks'
    /// parser fails it, and it switches nothing.
    /// </summary>
    public static TextSpan? AlwaysReservedUseName(ReadOnlySpan<char> statement)
    {
        var words = new Words(statement, stackalloc (TokenKind, int, int)[MaxTokens]);
        if (!words.Is(0, "USE"))
            return null;
        for (var at = 1; words.IsToken(at, TokenKind.Word) || words.IsToken(at, TokenKind.BacktickName); at += 2)
        {
            var name = words.Written(at).Span;
            if (words.IsToken(at, TokenKind.Word) && Keywords.IsAlwaysReserved(statement.Slice(name.Start, name.Length)))
                return name;
            if (!words.IsToken(at + 1, TokenKind.Dot))
                break;
        }
        return null;
    }

    /// <summary>Anything after a USE's database or string at <paramref name="last"/>, but its `;` or a statement on a line of its own.</summary>
    private static (TextSpan Span, string Message)? MoreAfterUse(ReadOnlySpan<char> statement, ref Words words, int last)
    {
        if (words.EndsAt(last + 1) || StatementOnNextLine(statement, ref words, last + 1))
            return null;
        var extra = words.Written(last + 1).Span;
        return (extra, $"StarRocks fails a USE with more than its database after it (`{statement.Slice(extra.Start, extra.Length)}`), and switches nothing: "
            + "USE takes one database (USE db or USE catalog.db).");
    }

    /// <summary>Whether the token at <paramref name="index"/> is a word (or `(`) starting a statement on a line of its own.</summary>
    private static bool StatementOnNextLine(ReadOnlySpan<char> statement, ref Words words, int index) =>
        (words.IsToken(index, TokenKind.Word) || words.IsToken(index, TokenKind.LParen)) && words.Written(index).Span is var first
        && StatementParser.StartsLine(statement, first.Start)
        && StatementParser.StartsStatement(statement.Slice(first.Start, first.Length),
            words.EndsAt(index + 1) ? default : statement.Slice(words.Written(index + 1).Span.Start, words.Written(index + 1).Span.Length));

    /// <summary>
    /// <c>USE CATALOG c</c>, unquoted: the spans of USE and of the switch <c>CATALOG c</c>, and the catalog as written. Releases
    /// before 3.0 switch catalogs with it (useCatalogStatement: USE CATALOG identifierOrString, which branch-2.5 kept when it
    /// reverted the change to USE string); from 3.0 on USE takes a database or a string, so StarRocks fails it as a syntax
    /// error and switches nothing.
    /// </summary>
    public static (TextSpan Use, TextSpan Switch, string Catalog)? UseCatalogWords(ReadOnlySpan<char> statement)
    {
        var words = new Words(statement, stackalloc (TokenKind, int, int)[MaxTokens]);
        return words.Is(0, "USE") && words.Is(1, "CATALOG") && (words.NameAt(2) ?? words.StringAt(2)) is { } catalog && words.EndsAt(3)
            ? (words.Written(0).Span, TextSpan.FromBounds(words.Written(1).Span.Start, words.Written(2).Span.End), catalog) : null;
    }

    /// <summary>The characters of Java's <c>\s</c>, at which StarRocks splits the string of <c>USE 'CATALOG c'</c>.</summary>
    private static readonly char[] JavaWhitespace = [' ', '\t', '\n', '\v', '\f', '\r'];

    /// <summary>
    /// The catalog <c>USE 'CATALOG c'</c> names, read as StarRocks' CatalogAnalyzer reads the string: split at whitespace
    /// (a leading one makes an empty first part), CATALOG in any case and one name. Null for any other string (<c>USE
    /// 'hive'</c>), which StarRocks refuses, changing nothing.
    /// </summary>
    private static string? CatalogOfUseString(string text)
    {
        if (text.Length == 0 || JavaWhitespace.Contains(text[0]))
            return null;
        return text.Split(JavaWhitespace, StringSplitOptions.RemoveEmptyEntries) is [var keyword, var catalog]
            && keyword.Equals("CATALOG", StringComparison.OrdinalIgnoreCase) ? catalog : null;
    }
}
