namespace BackupLsp.Language.Analysis;

/// <summary>
/// A StarRocks release as major.minor.patch, for the version gates. A gate's version is a release's first patch (3.4 is
/// 3.4.0); a version configured without its patch stands for that release's latest patch (<see cref="LatestPatch"/>).
/// </summary>
public readonly record struct StarRocksVersion(int Major, int Minor, int Patch = 0) : IComparable<StarRocksVersion>
{
    public static readonly StarRocksVersion V3_4 = new(3, 4);

    /// <summary>The oldest release whose grammar and checks are modelled: for an older one the checks may be wrong.</summary>
    public static readonly StarRocksVersion OldestModelled = new(2, 5);

    /// <summary>The release lines StarRocks has had from <see cref="OldestModelled"/> on, oldest first (after 3.5 came 4.0).</summary>
    private static readonly StarRocksVersion[] ModelledReleases =
        [new(2, 5), new(3, 0), new(3, 1), new(3, 2), new(3, 3), new(3, 4), new(3, 5), new(4, 0), new(4, 1), new(4, 2)];

    /// <summary>The newest release whose grammar and checks are modelled: a newer one is checked as it is.</summary>
    public static StarRocksVersion NewestModelled => ModelledReleases[^1];

    /// <summary>
    /// What to tell of a configured version the checks do not know: older than <see cref="OldestModelled"/>, newer than
    /// <see cref="NewestModelled"/> (a typo such as 33.3 turns every version warning off), or a minor StarRocks never had
    /// (3.6); null for a release that is modelled.
    /// </summary>
    public static string? NotModelled(StarRocksVersion? version)
    {
        if (version is not { } given)
            return null;
        if (given < OldestModelled)
            return $"StarRocks {given} is older than {OldestModelled}, the oldest release modelled: its statements are checked by what is known of {OldestModelled} and later, which may be wrong for it";
        if (new StarRocksVersion(given.Major, given.Minor) > NewestModelled)
            return $"StarRocks {given} is newer than {NewestModelled}, the newest release modelled: its statements are checked as {NewestModelled}'s are, which may be wrong for it";
        if (ModelledReleases.Any(release => (release.Major, release.Minor) == (given.Major, given.Minor)))
            return null;
        // Between the oldest and the newest, every major has releases: the minor is past its last (3.6, 3.33).
        var before = ModelledReleases.Last(release => release < given);
        var last = ModelledReleases.Last(release => release.Major == given.Major);
        return $"StarRocks {given.Major}.{given.Minor} is no release (the {given.Major}.x releases end at {last}): its statements are checked as {before}'s are, which may be wrong for it";
    }

    /// <summary>The patch of a version given as major.minor: the release as it is now, with every patch it has had.</summary>
    public const int LatestPatch = int.MaxValue;

    /// <summary>
    /// Whether the patch was written out: a configured "3.4.0" is named so in messages, where "3.4" would read as the
    /// release's latest; a gate's first patch is named by its release ("requires 3.4").
    /// </summary>
    private bool PatchWritten { get; init; }

    public int CompareTo(StarRocksVersion other) => (Major, Minor, Patch).CompareTo((other.Major, other.Minor, other.Patch));

    public static bool operator <(StarRocksVersion a, StarRocksVersion b) => a.CompareTo(b) < 0;
    public static bool operator >(StarRocksVersion a, StarRocksVersion b) => a.CompareTo(b) > 0;
    public static bool operator <=(StarRocksVersion a, StarRocksVersion b) => a.CompareTo(b) <= 0;
    public static bool operator >=(StarRocksVersion a, StarRocksVersion b) => a.CompareTo(b) >= 0;

    /// <summary>
    /// Accepts "3.3" or "3.3.5", with a "v" before and a pre-release or build after, as a cluster reports its version:
    /// "3.3.5-6d0e4a4", "3.4.0-rc01". Not a major alone ("3", see <see cref="IsMajorOnly"/>), which names no release.
    /// </summary>
    public static bool TryParse(string? text, out StarRocksVersion version)
    {
        version = default;
        var parts = Core(text).Split('.');
        const System.Globalization.NumberStyles Digits = System.Globalization.NumberStyles.None;
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        if (parts.Length is < 2 or > 3 || !int.TryParse(parts[0], Digits, culture, out var major) || !int.TryParse(parts[1], Digits, culture, out var minor))
            return false;
        var patch = LatestPatch;
        if (parts.Length > 2 && (!int.TryParse(parts[2], Digits, culture, out patch) || patch == LatestPatch))
            return false;
        version = new StarRocksVersion(major, minor, patch) { PatchWritten = parts.Length > 2 };
        return true;
    }

    /// <summary>
    /// Whether the text is a major version alone ("3", "v4"): no release, as 3.0 and 3.5 differ in what they take, so it
    /// is refused with this said, rather than read as one of them.
    /// </summary>
    public static bool IsMajorOnly(string? text) => Core(text) is { Length: > 0 } core && core.All(char.IsAsciiDigit);

    /// <summary>What the command line and the settings say of a major alone (<see cref="IsMajorOnly"/>), after the text quoted.</summary>
    public const string MajorOnlyProblem = "names no release (3.0 and 3.5 take different statements): give its minor too, such as 3.3 (a version without its patch is that release's latest)";

    /// <summary>The version without the "v" before it and the pre-release or build after it.</summary>
    private static string Core(string? text)
    {
        var core = (text ?? "").Trim().TrimStart('v', 'V');
        return core.IndexOfAny(['-', '+']) is > 0 and var suffix ? core[..suffix] : core;
    }

    public bool Equals(StarRocksVersion other) => CompareTo(other) == 0;

    public override int GetHashCode() => HashCode.Combine(Major, Minor, Patch);

    public override string ToString() =>
        Patch == LatestPatch || (Patch == 0 && !PatchWritten) ? $"{Major}.{Minor}" : $"{Major}.{Minor}.{Patch}";
}
