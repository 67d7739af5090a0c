namespace BackupLsp.Language.Text;

/// <summary>A range of UTF-16 code units in a text: [Start, Start + Length).</summary>
public readonly record struct TextSpan(int Start, int Length)
{
    public int End => Start + Length;

    public static TextSpan FromBounds(int start, int end) => new(start, end - start);

    public bool Contains(int offset) => offset >= Start && offset < End;

    public bool Contains(TextSpan other) => other.Start >= Start && other.End <= End;

    public bool OverlapsWith(TextSpan other) => Start < other.End && other.Start < End;

    public TextSpan Shift(int delta) => new(Start + delta, Length);

    public override string ToString() => $"[{Start}..{End})";
}
