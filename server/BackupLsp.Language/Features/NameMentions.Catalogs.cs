using System.Collections.Immutable;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Features;

internal static partial class NameMentions
{
    /// <summary>
    /// The catalogs other SQL names where the session reads them (see <see cref="ScriptCatalogs"/>): the one <c>CREATE
    /// EXTERNAL CATALOG</c> makes, <c>DROP CATALOG</c> drops, <c>SET CATALOG</c>, <c>USE CATALOG</c> (before 3.0) and
    /// <c>USE 'CATALOG c'</c> switch to, and the qualifier of <c>USE c.db</c>, of a database's <c>c.db</c> and of an
    /// object's <c>c.db.t</c> (a CREATE TABLE ... LIKE's source too).
    /// </summary>
    private static void AddCatalogs(ImmutableArray<NameMention>.Builder mentions, SessionEffect effect, EffectNames names, ReadOnlySpan<char> own)
    {
        switch (effect.Kind)
        {
            case SessionEffectKind.CreateCatalog or SessionEffectKind.DropCatalog or SessionEffectKind.SetCatalog or SessionEffectKind.LegacyUseCatalog:
                // A DROP of default_catalog drops nothing (see SessionContexts).
                AddCatalog(mentions, effect.Name, Unquoted(own, names.Name, effect.Name), effect.Kind == SessionEffectKind.CreateCatalog,
                    effect.Kind == SessionEffectKind.DropCatalog && !SessionEffect.IsDefaultCatalog(effect.Name));
                break;
            case SessionEffectKind.UseCatalog:
                AddCatalog(mentions, effect.Name, Unquoted(own, names.Name, effect.Name));
                break;
            case SessionEffectKind.UseDatabase when effect.Catalog is { } used && SessionEffect.UsedCatalog(own) is { } qualifier:
                AddCatalog(mentions, used, new WrittenName(qualifier, own[qualifier.Start] == '`' ? NameQuoting.Backtick : NameQuoting.Bare));
                break;
            // A database's qualifier is its catalog (`c.db`); an object's is its database, after its catalog (`c.db.t`).
            case SessionEffectKind.CreateDatabase or SessionEffectKind.DropDatabase when effect.Catalog is { } catalog:
                AddCatalog(mentions, catalog, QualifierBefore(own, (names.Other ?? names.Name).Span));
                break;
            case not (SessionEffectKind.CreateDatabase or SessionEffectKind.DropDatabase) when effect.Catalog is { } catalog && names.Database is { } database:
                AddCatalog(mentions, catalog, QualifierBefore(own, database.Span));
                break;
        }
        if (names.Source is { Catalog: { } copied, DatabaseName: { } copiedFrom })
            AddCatalog(mentions, copied, QualifierBefore(own, copiedFrom.Span));
    }

    /// <summary>A BACKUP's or RESTORE's external catalogs, and the new names a RESTORE gives them, which it makes.</summary>
    private static void AddCatalogs(ImmutableArray<NameMention>.Builder mentions, ExternalCatalogClause external, JobKind kind)
    {
        foreach (var (name, alias) in external.Catalogs)
        {
            AddCatalog(mentions, name.Value, new WrittenName(name.Span, name.Quoting));
            if (alias is { Name: var madeAs })
                AddCatalog(mentions, madeAs.Value, new WrittenName(madeAs.Span, madeAs.Quoting), declares: kind == JobKind.Restore);
        }
    }

    private static void AddCatalog(ImmutableArray<NameMention>.Builder mentions, string name, WrittenName? written, bool declares = false, bool ends = false)
    {
        if (written is { } at)
            mentions.Add(new NameMention(NamedObjectKind.Catalog, name, null, false, at.Span, declares, at.Quoting, Ends: ends));
    }

    /// <summary>
    /// Where a catalog written as a name or a string (<c>SET CATALOG 'c'</c>, <c>USE 'CATALOG c'</c>: a rename writes the new
    /// name inside the quotes, over an escape that writes the name too) names it.
    /// </summary>
    private static WrittenName Unquoted(ReadOnlySpan<char> own, WrittenName written, string name) =>
        SessionEffect.CatalogInString(own, written.Span, name) is { } inString ? new WrittenName(inString, NameQuoting.String) : written;

    /// <summary>The name written before the dot before <paramref name="part"/>: the catalog of <c>c.db</c>, where part is db.</summary>
    private static WrittenName? QualifierBefore(ReadOnlySpan<char> own, TextSpan part)
    {
        (TokenKind Kind, TextSpan Span)? name = null, dot = null;
        for (var position = 0; position < part.Start;)
        {
            var kind = Lexer.Scan(own, position, out var end);
            if (!kind.IsTrivia())
                (name, dot) = (dot, (kind, TextSpan.FromBounds(position, end)));
            position = end;
        }
        return dot is { Kind: TokenKind.Dot } && name is { Kind: TokenKind.Word or TokenKind.BacktickName } qualifier
            ? new WrittenName(qualifier.Span, qualifier.Kind == TokenKind.BacktickName ? NameQuoting.Backtick : NameQuoting.Bare)
            : null;
    }
}
