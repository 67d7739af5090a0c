using System.Collections.Immutable;

namespace BackupLsp.Language.Analysis;

/// <summary>A severity the user may configure for a rule; <see cref="Off"/> silences it.</summary>
public enum RuleLevel
{
    Off,
    Hint,
    Information,
    Warning,
    Error,
}

/// <summary>What the user configured. Unset version means the latest StarRocks.</summary>
public sealed record AnalysisOptions
{
    public static readonly AnalysisOptions Default = new();

    public StarRocksVersion? Version { get; init; }

    /// <summary>Per-rule levels, keyed by code (SRB204) or name (incremental-backup), case-insensitively.</summary>
    public ImmutableDictionary<string, RuleLevel> RuleLevels { get; init; } =
        ImmutableDictionary<string, RuleLevel>.Empty.WithComparers(StringComparer.OrdinalIgnoreCase);

    /// <summary>The severity a diagnostic of <paramref name="rule"/> is reported with, or null when the rule is off.</summary>
    public DiagnosticSeverity? SeverityOf(RuleDescriptor rule)
    {
        if (!RuleLevels.TryGetValue(rule.Code, out var level) && !RuleLevels.TryGetValue(rule.Name, out level))
            return rule.DefaultSeverity;
        return SeverityOf(level);
    }

    /// <summary>The severity of a diagnostic reported at <paramref name="level"/>, or null for <see cref="RuleLevel.Off"/>.</summary>
    public static DiagnosticSeverity? SeverityOf(RuleLevel level) =>
        level switch
        {
            RuleLevel.Off => null,
            RuleLevel.Hint => DiagnosticSeverity.Hint,
            RuleLevel.Information => DiagnosticSeverity.Information,
            RuleLevel.Warning => DiagnosticSeverity.Warning,
            _ => DiagnosticSeverity.Error,
        };

    /// <summary>
    /// A level by its name, in any case and with spaces around it ignored: off, hint, information, warning or error. Not
    /// a number, nor a list of names, which <see cref="Enum.TryParse{TEnum}(string?, bool, out TEnum)"/> also reads.
    /// </summary>
    public static bool TryParseLevel(string? text, out RuleLevel level)
    {
        var name = text?.Trim();
        foreach (var known in Enum.GetValues<RuleLevel>())
            if (known.ToString().Equals(name, StringComparison.OrdinalIgnoreCase))
            {
                level = known;
                return true;
            }
        level = default;
        return false;
    }
}
