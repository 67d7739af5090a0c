namespace BackupLsp.Language.Text;

/// <summary>A zero-based line and UTF-16 column, as LSP counts them.</summary>
public readonly record struct LinePosition(int Line, int Character)
{
    public override string ToString() => $"{Line}:{Character}";
}
