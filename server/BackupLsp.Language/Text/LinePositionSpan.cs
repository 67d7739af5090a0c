namespace BackupLsp.Language.Text;

/// <summary>A range between two <see cref="LinePosition"/>s, for text the engine holds no line index of (a catalog file).</summary>
public readonly record struct LinePositionSpan(LinePosition Start, LinePosition End);
