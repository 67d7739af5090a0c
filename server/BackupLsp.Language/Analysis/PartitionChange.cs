using BackupLsp.Language.Catalog;

namespace BackupLsp.Language.Analysis;

/// <summary>
/// What an ALTER TABLE does to partitions it names (a REPLACE, a DROP), as the session follows it. Compared by value, as
/// every effect is.
/// </summary>
internal abstract class PartitionChange
{
    /// <summary>The first release whose grammar has the form, if not every release's: an older one fails the ALTER.</summary>
    public virtual StarRocksVersion? Since => null;

    /// <summary>Whether the release's grammar lacks the form, so that it fails the ALTER.</summary>
    public virtual bool IsLackedBy(StarRocksVersion version) => version < Since;

    /// <summary>The table after the change; the table itself where StarRocks refuses it or what it changes is not known.</summary>
    public abstract TableInfo ApplyTo(TableInfo table);
}
