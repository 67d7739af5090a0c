using BackupLsp.Language.Catalog;

namespace BackupLsp.Language.Features;

/// <summary>
/// The databases offered wherever a database goes (after FROM in SHOW and CANCEL, in a SHOW filter's <c>DbName</c>, in a
/// snapshot name, after a RESTORE's DATABASE, after USE), the likeliest first: the session's current database, where it
/// exists, since a statement that names none works in it; those the script creates that the catalog file does not
/// declare, the latest first (a script that creates a database is likely to work in it); the catalog's, in
/// <see cref="NameOrder"/>; last those the script's USEs switch to, the latest first, which add those a script works in
/// without a catalog that lists them (a catalog that lists databases lists these, StarRocks refusing a USE of another),
/// but for those it dropped or renamed since.
/// </summary>
internal static class CompletionDatabases
{
    public readonly record struct Offered(string Name, string Detail, Func<HoverText?> Documentation);

    /// <param name="forUse">For a USE, whose database is rarely the one a USE before it switched to: that one keeps its
    /// place among the others; the catalog's default, which a script often names in its first USE, still leads.</param>
    public static IEnumerable<Offered> InOrder(StarRocksCatalog catalog, ScriptNames made, bool forUse = false)
    {
        if (Current(catalog, made) is { } current && !(forUse && current.Used is not null))
            yield return current.Offered;
        foreach (var database in made.Databases.Reverse().Where(database => catalog.FindDatabase(database.Name) is not { Declared: not null }))
            yield return new(database.Name, database.Detail("database"), () => HoverTopics.Database(database.Name, catalog).MadeOn(database));
        foreach (var database in catalog.Databases is { } databases ? NameOrder.Values(databases) : [])
            yield return new(database.Name, "database", () => HoverTopics.Database(database.Name, catalog));
        foreach (var used in made.UsedDatabases.Reverse().Where(used => !Gone(catalog, used.Name)))
            yield return new(used.Name, $"database, used on line {used.Line}", () => HoverTopics.Database(used.Name, catalog).Paragraph(SwitchedTo(used)));
    }

    /// <summary>
    /// The session's current database (as a backup or restore statement reads it, after a switch to another catalog too),
    /// where it exists: where the catalog lists databases, one of them (a USE of another is refused, and one the script
    /// dropped or renamed is gone, SRB601); else one of <c>default_catalog</c> the script has not dropped or renamed. With the USE that
    /// switched to it, if one did: the catalog's default otherwise.
    /// </summary>
    private static (Offered Offered, MadeName? Used)? Current(StarRocksCatalog catalog, ScriptNames made)
    {
        if (catalog.BackupDatabase is not { } name
            || (catalog.Databases is { } listed ? !listed.ContainsKey(name)
                : catalog.ExternalCatalog is not null || Gone(catalog, name)))
            return null;
        var used = catalog.ExternalCatalog is null ? made.UsedDatabase(name) : null;
        var created = made.Database(name);
        HoverText Documentation()
        {
            var text = HoverTopics.Database(name, catalog);
            // Without a catalog's list, the hover cannot say it is the session's.
            if (catalog.FindDatabase(name) is null)
                text.Paragraph("The session's current database: statements that name no database use it.");
            if (used is { } switchedBy)
                text.Paragraph(SwitchedTo(switchedBy));
            return created is { } made ? text.MadeOn(made) : text;
        }
        return (new(name, used is { Line: var line } ? $"current database, used on line {line}" : "default database", Documentation), used);
    }

    /// <summary>Whether the script dropped the database, or renamed it where the catalog lists none, and has not made one of its name since.</summary>
    internal static bool Gone(StarRocksCatalog catalog, string name) => catalog.DroppedDatabases.Contains(name) && !catalog.CreatedDatabases.ContainsKey(name);

    private static string SwitchedTo(MadeName used) => $"A USE on line {used.Line} of this script switches to it.";
}
