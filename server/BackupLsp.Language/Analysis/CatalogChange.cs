using BackupLsp.Language.Text;

namespace BackupLsp.Language.Analysis;

/// <summary>
/// An external catalog a statement drops (DROP CATALOG) or makes again after a drop (CREATE EXTERNAL CATALOG, a RESTORE of
/// external catalogs), as the session follows it (<see cref="Catalog.StarRocksCatalog.DroppedCatalogs"/>): a statement
/// StarRocks refuses changes nothing, and none is made of it. The rules, hover and completion all read these.
/// </summary>
/// <param name="Statement">The statement (or part of one after a missing `;`), relative to its block.</param>
internal readonly record struct CatalogChange(string Catalog, TextSpan Statement, bool Dropped);
