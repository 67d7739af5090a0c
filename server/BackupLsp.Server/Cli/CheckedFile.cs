using System.Collections.Immutable;
using BackupLsp.Language.Analysis;

namespace BackupLsp.Server.Cli;

/// <summary>A checked script and the diagnostics reported of it: those at or above <c>--min-severity</c>.</summary>
internal sealed record CheckedFile(string Path, DocumentAnalysis Analysis, ImmutableArray<Diagnostic> Diagnostics);
