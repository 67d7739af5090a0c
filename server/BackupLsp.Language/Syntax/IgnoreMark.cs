using System.Collections.Immutable;
using System.Runtime.CompilerServices;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Syntax;

/// <summary>A name written in an ignore comment, and where, relative to the text the comment was read in.</summary>
internal readonly record struct IgnoreName(string Written, TextSpan Span);

/// <summary>
/// A <c>backup-lsp-ignore</c> comment as lexed: where it and its marker are and the names written in it, relative to the
/// text it was read in (a statement's, or the text between statements). Which rules the names stand for, and what the
/// comment silences, the analysis says (Analysis.IgnoreComments).
/// </summary>
internal sealed record IgnoreMark(TextSpan Span, TextSpan MarkerSpan, ImmutableArray<IgnoreName> Names)
{
    public const string Marker = "backup-lsp-ignore";

    /// <summary>
    /// Adds to <paramref name="marks"/> the ignore comment that the token of <paramref name="kind"/> from
    /// <paramref name="start"/> to <paramref name="end"/> of <paramref name="text"/> is, if it is one. Called for every token
    /// the lexing that finds the comments meets, so no search of the whole text looks for them: inlined, its test of the
    /// kind spares a call for every other token.
    /// </summary>
    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static void Collect(ReadOnlySpan<char> text, TokenKind kind, int start, int end, ref List<IgnoreMark>? marks)
    {
        if (kind is TokenKind.LineComment or TokenKind.BlockComment && Read(text, kind == TokenKind.BlockComment, start, end) is { } mark)
            (marks ??= []).Add(mark);
    }

    /// <summary>
    /// The ignore comment that a comment is, if it is one: <see cref="Marker"/> opens it (after its <c>--</c> or <c>/*</c>
    /// and spaces), followed by a space or the comment's end; the names follow, separated by commas or spaces.
    /// </summary>
    private static IgnoreMark? Read(ReadOnlySpan<char> text, bool block, int start, int end)
    {
        var bodyStart = start + 2;
        var body = text[bodyStart..(block ? end - 2 : end)];
        var spaces = body.Length - body.TrimStart().Length;
        if (!body[spaces..].StartsWith(Marker, StringComparison.OrdinalIgnoreCase))
            return null;
        var rest = body[(spaces + Marker.Length)..];
        if (!rest.IsEmpty && !char.IsWhiteSpace(rest[0]))
            return null;
        var names = ImmutableArray.CreateBuilder<IgnoreName>();
        var restStart = bodyStart + spaces + Marker.Length;
        for (var i = 0; i < rest.Length;)
        {
            if (rest[i] == ',' || char.IsWhiteSpace(rest[i]))
            {
                i++;
                continue;
            }
            var nameEnd = i;
            while (nameEnd < rest.Length && rest[nameEnd] != ',' && !char.IsWhiteSpace(rest[nameEnd]))
                nameEnd++;
            names.Add(new IgnoreName(rest[i..nameEnd].ToString(), new TextSpan(restStart + i, nameEnd - i)));
            i = nameEnd;
        }
        return new IgnoreMark(TextSpan.FromBounds(start, end), new TextSpan(bodyStart + spaces, Marker.Length), names.DrainToImmutable());
    }
}
