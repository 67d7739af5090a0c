using System.Diagnostics.CodeAnalysis;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Text;
using BackupLsp.Server.Protocol;
using Range = BackupLsp.Server.Protocol.Range;

namespace BackupLsp.Server.Handlers;

/// <summary>Offsets of the core to and from LSP positions (UTF-16, the only encoding the server offers).</summary>
public static class Positions
{
    public static Range ToRange(this DocumentAnalysis analysis, TextSpan span) =>
        new(analysis.ToPosition(span.Start), analysis.ToPosition(span.End));

    /// <summary>A range in another file (a catalog), already in lines and UTF-16 columns.</summary>
    public static Range ToRange(LinePositionSpan span) =>
        new(new Position(span.Start.Line, span.Start.Character), new Position(span.End.Line, span.End.Character));

    public static Position ToPosition(this DocumentAnalysis analysis, int offset)
    {
        var position = analysis.Lines.GetPosition(offset);
        return new Position(position.Line, position.Character);
    }

    public static int ToOffset(this DocumentAnalysis analysis, Position position) =>
        analysis.Lines.GetOffset(new LinePosition(position.Line, position.Character), analysis.Text);

    /// <summary>
    /// The offset of the position a request asks about, which the request must have; null for a line past the document's
    /// last, which has no place in the document to answer for (the end would answer for another line's text). LSP's
    /// positions are unsigned: a negative one is refused; a column past its line's end stands at that end, as the
    /// specification says.
    /// </summary>
    public static int? ToRequestedOffset(this DocumentAnalysis analysis, Position? position)
    {
        var offset = analysis.ToRequestedBound(position);
        return position.Line < analysis.Lines.LineCount ? offset : null;
    }

    /// <summary>
    /// The span of a request's range, which the request must have; its ends are taken in either order, and one past the
    /// document's end stands at that end (a range over the whole document, say, may end on the line after the last).
    /// </summary>
    public static TextSpan ToRequestedSpan(this DocumentAnalysis analysis, Range? range)
    {
        if (range is null)
            throw ProtocolErrors.InvalidParams("range is required");
        var (start, end) = (analysis.ToRequestedBound(range.Start), analysis.ToRequestedBound(range.End));
        return TextSpan.FromBounds(Math.Min(start, end), Math.Max(start, end));
    }

    /// <summary>The offset of a request's position, one past a line's or the document's end standing at that end.</summary>
    private static int ToRequestedBound(this DocumentAnalysis analysis, [NotNull] Position? position) => position switch
    {
        null => throw ProtocolErrors.InvalidParams("position is required"),
        { Line: < 0 } or { Character: < 0 } => throw ProtocolErrors.InvalidParams($"position {position.Line}:{position.Character} is negative"),
        _ => analysis.ToOffset(position),
    };

    public static Protocol.TextEdit ToLsp(this DocumentAnalysis analysis, Language.Text.TextEdit edit) =>
        new(analysis.ToRange(edit.Span), edit.NewText);
}
