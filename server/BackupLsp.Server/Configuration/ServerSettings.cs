using System.Collections.Immutable;
using System.Text.Json;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Catalog;
using BackupLsp.Language.Rules;
using BackupLsp.Server.Protocol;

namespace BackupLsp.Server.Configuration;

/// <summary>The <c>starrocksBackup</c> configuration section, and what was wrong with it.</summary>
/// <param name="ReportsWorkspace">
/// Whether diagnostics are reported for the workspace folders' scripts that are not open, to a client that pulls them
/// (<c>diagnosticMode</c> <c>workspace</c>); by default only open documents'.
/// </param>
public sealed record ServerSettings(string? CatalogPath, AnalysisOptions Options, ImmutableArray<string> Problems, bool ReportsWorkspace = false)
{
    public const string Section = "starrocksBackup";

    public static readonly ServerSettings Default = new(null, AnalysisOptions.Default, []);

    /// <summary>Reads the section itself, or an object that holds it under <see cref="Section"/> (as didChangeConfiguration sends it).</summary>
    public static ServerSettings Parse(JsonElement? json) => Parse(json, Default);

    /// <summary>
    /// As <see cref="Parse(JsonElement?)"/>, but a setting the section does not hold keeps its value in
    /// <paramref name="fallback"/>: a client that answers the configuration pull with nothing, or with only some
    /// settings, keeps what its <c>initializationOptions</c> said.
    /// </summary>
    public static ServerSettings Parse(JsonElement? json, ServerSettings fallback)
    {
        if (json is not { ValueKind: JsonValueKind.Object } root)
            return fallback with { Problems = [] };
        var section = root.Child(Section) ?? root;
        return ParseSettings(name => section.Child(name), fallback);
    }

    /// <summary>
    /// The settings as a VS Code settings file holds them, each under a key of its own (<c>starrocksBackup.catalogPath</c>),
    /// of <paramref name="names"/> alone (a file holds the editor's own settings too); null where it holds none of them.
    /// </summary>
    public static ServerSettings? ParseSettingsFile(JsonElement file, IReadOnlyCollection<string> names)
    {
        JsonElement? Setting(string name) => names.Contains(name) ? file.Child($"{Section}.{name}") : null;
        return names.Any(name => Setting(name) is not null) ? ParseSettings(Setting, Default) : null;
    }

    /// <param name="setting">A setting's value by its name in the section; null where it is not set.</param>
    private static ServerSettings ParseSettings(Func<string, JsonElement?> setting, ServerSettings fallback)
    {
        var problems = ImmutableArray.CreateBuilder<string>();
        var catalogPath = fallback.CatalogPath;
        if (setting("catalogPath") is { } pathJson)
        {
            catalogPath = pathJson.ValueKind == JsonValueKind.String && pathJson.GetString() is { Length: > 0 } path ? path : null;
            if (pathJson.ValueKind != JsonValueKind.String)
                problems.Add($"catalogPath: '{Shown(pathJson)}' is not a path such as \"starrocks-catalog.json\"; using {CatalogLoader.DefaultFileName}");
        }
        var version = fallback.Options.Version;
        if (setting("starrocksVersion") is { } versionJson)
        {
            version = null;
            if (versionJson.ValueKind == JsonValueKind.String && StarRocksVersion.TryParse(versionJson.GetString(), out var parsed))
            {
                version = parsed;
                if (StarRocksVersion.NotModelled(parsed) is { } unknown)
                    problems.Add($"starrocksVersion: {unknown}");
            }
            else if (versionJson.ValueKind == JsonValueKind.String && StarRocksVersion.IsMajorOnly(versionJson.GetString()))
                problems.Add($"starrocksVersion: '{Shown(versionJson)}' {StarRocksVersion.MajorOnlyProblem}; checking for no release in particular (the newest release's rules)");
            else if (!(versionJson.ValueKind == JsonValueKind.String && string.IsNullOrWhiteSpace(versionJson.GetString())))
                problems.Add($"starrocksVersion: '{Shown(versionJson)}' is not a version such as \"3.3\"; checking for no release in particular (the newest release's rules)");
        }
        var levels = ImmutableDictionary.CreateBuilder<string, RuleLevel>(StringComparer.OrdinalIgnoreCase);
        switch (setting("ruleSeverity"))
        {
            case null:
                levels.AddRange(fallback.Options.RuleLevels);
                break;
            case { ValueKind: JsonValueKind.Object } rules:
                foreach (var rule in rules.EnumerateObject())
                {
                    if (StatementRules.WhyNotConfigurable(rule.Name.Trim()) is { } notConfigurable)
                        problems.Add($"ruleSeverity.{rule.Name}: {notConfigurable}; ignored");
                    // Keyed by code, as `check --rule` keys it: of a rule given by code and by name, the last wins.
                    else if (rule.Value.ValueKind == JsonValueKind.String && AnalysisOptions.TryParseLevel(rule.Value.GetString(), out var level))
                        levels[StatementRules.Find(rule.Name.Trim())!.Code] = level;
                    else
                        problems.Add($"ruleSeverity.{rule.Name}: '{Shown(rule.Value)}' is not one of off, hint, information, warning, error");
                }
                break;
            case { } notRules:
                problems.Add($"ruleSeverity: '{Shown(notRules)}' is not an object such as {{\"SRB204\": \"off\"}}; using every rule's default level");
                break;
        }
        var reportsWorkspace = fallback.ReportsWorkspace;
        if (setting("diagnosticMode") is { } modeJson)
        {
            reportsWorkspace = modeJson.ValueKind == JsonValueKind.String && modeJson.GetString() == "workspace";
            if (!(modeJson.ValueKind == JsonValueKind.String && modeJson.GetString() is "workspace" or "openFilesOnly"))
                problems.Add($"diagnosticMode: '{Shown(modeJson)}' is not openFilesOnly or workspace; reporting open files only");
        }
        var options = new AnalysisOptions { Version = version, RuleLevels = levels.ToImmutable() };
        return new ServerSettings(catalogPath, options, problems.ToImmutable(), reportsWorkspace);
    }

    /// <summary>A value as the user wrote it: a string's text, any other value's JSON (<c>false</c>, not .NET's <c>False</c>).</summary>
    private static string? Shown(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString() : value.GetRawText();

    public static bool SameOptions(AnalysisOptions one, AnalysisOptions other) =>
        one.Version == other.Version &&
        one.RuleLevels.Count == other.RuleLevels.Count &&
        one.RuleLevels.All(pair => other.RuleLevels.TryGetValue(pair.Key, out var level) && level == pair.Value);
}
