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

    /// <summary>What to tell of a configured version older than <see cref="OldestModelled"/>; null for one that is not.</summary>
    public static string? OlderThanModelled(StarRocksVersion? version) =>
        version < OldestModelled
            ? $"StarRocks {version} is older than {OldestModelled}, the oldest release modelled: its statements are checked by what is known of {OldestModelled} and later, which may be wrong for it"
            : null;

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
    /// Accepts "3", "3.3" or "3.3.5", with a "v" before and a pre-release or build after, as a cluster reports its
    /// version: "3.3.5-6d0e4a4", "3.4.0-rc01".
    /// </summary>
    public static bool TryParse(string? text, out StarRocksVersion version)
    {
        version = default;
        var core = (text ?? "").Trim().TrimStart('v', 'V');
        if (core.IndexOfAny(['-', '+']) is > 0 and var suffix)
            core = core[..suffix];
        var parts = core.Split('.');
        const System.Globalization.NumberStyles Digits = System.Globalization.NumberStyles.None;
        var culture = System.Globalization.CultureInfo.InvariantCulture;
        if (parts.Length is 0 or > 3 || !int.TryParse(parts[0], Digits, culture, out var major))
            return false;
        var minor = 0;
        if (parts.Length > 1 && !int.TryParse(parts[1], Digits, culture, out minor))
            return false;
        var patch = LatestPatch;
        if (parts.Length > 2 && (!int.TryParse(parts[2], Digits, culture, out patch) || patch == LatestPatch))
            return false;
        version = new StarRocksVersion(major, minor, patch) { PatchWritten = parts.Length > 2 };
        return true;
    }

    public bool Equals(StarRocksVersion other) => CompareTo(other) == 0;

    public override int GetHashCode() => HashCode.Combine(Major, Minor, Patch);

    public override string ToString() =>
        Patch == LatestPatch || (Patch == 0 && !PatchWritten) ? $"{Major}.{Minor}" : $"{Major}.{Minor}.{Patch}";
}
