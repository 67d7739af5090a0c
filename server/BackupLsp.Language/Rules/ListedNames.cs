namespace BackupLsp.Language.Rules;

/// <summary>
/// The names a list gives, counted in any case, made at the first question: whether a name is listed by an item other
/// than the one at hand. A did-you-mean skips names the list has already (its fix would list them twice), and asking the
/// list itself for each of its thousands of unknown items made the check of one long list take seconds.
/// </summary>
internal sealed class ListedNames(IEnumerable<string> names)
{
    private Dictionary<string, int>? counts;

    /// <summary>Whether the list names <paramref name="name"/> at an item other than the one named <paramref name="own"/>.</summary>
    public bool ListsBesides(string own, string name)
    {
        counts ??= Count(names);
        return counts.GetValueOrDefault(name) > (string.Equals(own, name, StringComparison.OrdinalIgnoreCase) ? 1 : 0);
    }

    private static Dictionary<string, int> Count(IEnumerable<string> names)
    {
        var counts = new Dictionary<string, int>(StringComparer.OrdinalIgnoreCase);
        foreach (var name in names)
            counts[name] = counts.GetValueOrDefault(name) + 1;
        return counts;
    }
}
