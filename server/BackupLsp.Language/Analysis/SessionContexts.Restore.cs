using System.Collections.Immutable;
using BackupLsp.Language.Catalog;

namespace BackupLsp.Language.Analysis;

internal static partial class SessionContexts
{
    /// <summary>
    /// A RESTORE creates its database when it is missing (restoring a whole one takes the privilege to create it). One that
    /// names no database restores into the database the snapshot was taken from (BackupHandler reads it from the
    /// snapshot), not the session's: which one is the snapshot's to say, so every database the catalog lists may get its
    /// objects, and each is left as unknown as the restore makes its own.
    /// </summary>
    private static StarRocksCatalog? WithRestored(StarRocksCatalog? catalog, SessionEffect effect)
    {
        if (catalog is null)
            return null;
        var created = Restored(catalog.CreatedDatabases, effect);
        var made = Restored(catalog.MadeObjects, effect);
        var changed = ReferenceEquals(created, catalog.CreatedDatabases) && ReferenceEquals(made, catalog.MadeObjects) ? catalog
            : catalog with { CreatedDatabases = created, MadeObjects = made };
        if (catalog.Databases is not { } databases)
            return changed;
        if (effect.Database is not { } name)
        {
            var restoredInto = Restored(databases, effect);
            return ReferenceEquals(restoredInto, databases) ? changed : changed with { Databases = restoredInto };
        }
        var database = databases.GetValueOrDefault(name);
        var restored = effect.Restored!.ApplyTo(database ?? new DatabaseInfo(name, null, null, null, null, null));
        return ReferenceEquals(restored, database) ? changed : changed with { Databases = databases.SetItem(name, restored) };
    }

    /// <summary>
    /// The databases of <paramref name="databases"/> a RESTORE may bring objects back into, as it leaves them: the one it
    /// names, else every one (see <see cref="WithRestored"/>). One it names that is not among them is left to the caller.
    /// </summary>
    private static TDictionary Restored<TDictionary>(TDictionary databases, SessionEffect effect)
        where TDictionary : IImmutableDictionary<string, DatabaseInfo>
    {
        var changed = databases;
        foreach (var (listed, before) in databases)
            if ((effect.Database is null || effect.Database == listed) && effect.Restored!.ApplyTo(before) is var after && !ReferenceEquals(after, before))
                changed = (TDictionary)changed.SetItem(listed, after);
        return changed;
    }
}
