namespace BackupLsp.Language.Analysis;

/// <summary>
/// The rules that the ignore comments reaching one stretch of text silence, each with the names in those comments that
/// name it (a code or a name, in one comment or several). A list, looked through: most comments name a rule or two, and
/// no stretch more rules than there are.
/// </summary>
internal sealed class ReachedRules
{
    private readonly List<(RuleDescriptor Rule, List<IgnoredRule> Names)> _rules = [];

    public void Add(RuleDescriptor rule, IgnoredRule ignored)
    {
        if (NamesOf(rule) is { } names)
            names.Add(ignored);
        else
            _rules.Add((rule, [ignored]));
    }

    /// <summary>
    /// Whether a diagnostic of <paramref name="rule"/> is silenced; its names go into <paramref name="used"/> the first time
    /// only, as later diagnostics of the rule add nothing to it.
    /// </summary>
    public bool Silences(RuleDescriptor rule, HashSet<IgnoredRule> used)
    {
        if (NamesOf(rule) is not { } names)
            return false;
        if (names.Count > 0)
        {
            used.UnionWith(names);
            names.Clear();
        }
        return true;
    }

    private List<IgnoredRule>? NamesOf(RuleDescriptor rule)
    {
        foreach (var (named, names) in _rules)
            if (named == rule)
                return names;
        return null;
    }
}
