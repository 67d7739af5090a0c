using System.Text.RegularExpressions;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Syntax;

namespace BackupLsp.Language.Rules;

/// <summary>Names: reserved words, empty names and the snapshot name's shape.</summary>
internal static partial class NameRules
{
    public static readonly RuleDescriptor ReservedWord = new("SRB110", "reserved-word", DiagnosticSeverity.Error,
        "A reserved word used as a bare name; backtick it.");
    public static readonly RuleDescriptor EmptyName = new("SRB111", "empty-name", DiagnosticSeverity.Error,
        "An empty backtick name (``).");
    public static readonly RuleDescriptor SnapshotNamePattern = new("SRB112", "snapshot-name-pattern", DiagnosticSeverity.Warning,
        "A snapshot name outside letters, digits, `_` and `-` (up to 128): rejected by StarRocks 2.x.");

    public static readonly IReadOnlyList<RuleDescriptor> All = [ReservedWord, EmptyName, SnapshotNamePattern];

    // \z, not $: .NET's $ also matches before a final line break.
    [GeneratedRegex(@"^[-\w]{1,128}\z", RegexOptions.ECMAScript)]
    internal static partial Regex PortableSnapshotName();

    public static void Check(RuleContext context)
    {
        SyntaxWalk.VisitNames(context.Syntax, context, static (context, name) =>
        {
            if (name.Quoting == NameQuoting.ReservedWord)
                context.Report(ReservedWord, name.Span,
                    $"`{name.Value}` is a reserved word in StarRocks: write it as `{NameText.ToSql(name.Value)}`.",
                    CodeFix.Replace("Quote with backticks", name.Span, NameText.ToSql(name.Value), certain: true));
            else if (name.Value.Length == 0)
                context.Report(EmptyName, name.Span, "A name cannot be empty.");
        });

        if (context.Syntax is SnapshotJobStatement { Kind: JobKind.Backup } backup)
            CheckSnapshotName(context, backup.Snapshot.Last);
    }

    private static void CheckSnapshotName(RuleContext context, Name snapshot)
    {
        if (snapshot.Value.Length == 0 || PortableSnapshotName().IsMatch(snapshot.Value))
            return;
        if (context.Options.Version is { } version && version >= new StarRocksVersion(3, 0))
            return;
        var diagnostic = $"StarRocks 2.x accepts only letters, digits, `_` and `-` (at most 128) in a snapshot name; `{snapshot.Value}` would be rejected there.";
        var isOld = context.Options.Version is { Major: < 3 };
        context.Report(isOld ? SnapshotNamePattern with { DefaultSeverity = DiagnosticSeverity.Error } : SnapshotNamePattern, snapshot.Span, diagnostic);
    }
}
