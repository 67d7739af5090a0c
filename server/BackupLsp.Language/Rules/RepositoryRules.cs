using System.Collections.Immutable;
using System.Text.RegularExpressions;
using BackupLsp.Language.Analysis;
using BackupLsp.Language.Facts;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Rules;

/// <summary>CREATE REPOSITORY, the repository names of DROP REPOSITORY and DROP SNAPSHOT, and SHOW SNAPSHOT.</summary>
public static partial class RepositoryRules
{
    public static readonly RuleDescriptor InvalidRepositoryName = new("SRB400", "invalid-repository-name", DiagnosticSeverity.Error,
        "A repository name StarRocks rejects: a letter then up to 63 letters, digits or `_` (or `_` then a letter or digit).");
    public static readonly RuleDescriptor EmptyLocation = new("SRB401", "empty-location", DiagnosticSeverity.Error,
        "`ON LOCATION \"\"`: the location must not be empty.");
    public static readonly RuleDescriptor MissingWithBroker = new("SRB402", "missing-with-broker", DiagnosticSeverity.Error,
        "CREATE REPOSITORY without `WITH BROKER` (mandatory even without a broker name).") { Title = "Missing WITH BROKER" };
    public static readonly RuleDescriptor MisspelledStorageProperty = new("SRB403", "misspelled-storage-property", DiagnosticSeverity.Warning,
        "A repository property key one or two edits away from a known storage key, or written in another case.");
    public static readonly RuleDescriptor InvalidSnapshotFilter = new("SRB404", "invalid-snapshot-filter", DiagnosticSeverity.Error,
        "A `SHOW SNAPSHOT ... WHERE` StarRocks refuses: one its parser fails on, OR, NOT, a third condition, a TIMESTAMP alone, a comparison of other than SNAPSHOT or TIMESTAMP with a non-empty string.");
    public static readonly RuleDescriptor MisreadSnapshotFilter = new("SRB405", "misread-snapshot-filter", DiagnosticSeverity.Warning,
        "A `SHOW SNAPSHOT ... WHERE` StarRocks takes otherwise than written: an expression other than a comparison, AND, OR, NOT or IN, which it ignores, `!=` or `<` taken as `=`, NOT IN as IN, a column given twice, any IN before 3.0.");

    public static readonly RuleDescriptor RepositoryExists = new("SRB406", "repository-exists", DiagnosticSeverity.Error,
        "CREATE REPOSITORY of a name the catalog lists, or that a CREATE REPOSITORY earlier in this script made.");

    public static readonly IReadOnlyList<RuleDescriptor> All =
        [InvalidRepositoryName, EmptyLocation, MissingWithBroker, MisspelledStorageProperty, InvalidSnapshotFilter, MisreadSnapshotFilter, RepositoryExists];

    // \z, not $: Java's matches() takes the whole name, and .NET's $ also matches before a final line break.
    [GeneratedRegex(@"^([a-zA-Z]\w{0,63}|_[a-zA-Z0-9]\w{0,62})\z", RegexOptions.ECMAScript)]
    internal static partial Regex ValidRepositoryName();

    internal static void Check(RuleContext context)
    {
        switch (context.Syntax)
        {
            case CreateRepositoryStatement create:
                CheckCreate(context, create);
                break;
            // RepositoryAnalyzer.checkRepoName (FeNameFormat.checkCommonName) runs before the repository is looked up.
            case DropRepositoryStatement drop:
                CheckName(context, drop.Name, creates: false);
                break;
            case DropSnapshotStatement drop:
                CheckName(context, drop.Repository, creates: false);
                break;
            case ShowSnapshotStatement { Clauses.Where: { } where }:
                CheckFilter(context, where);
                break;
        }
    }

    // Apart from Check: the local function below, capturing the context, is allocated on entry, for every statement checked.
    private static void CheckFilter(RuleContext context, WhereClause where)
    {
        var condition = TextSpan.FromBounds(where.Condition[0].Span.Start, where.Condition[^1].Span.End);
        var reading = SnapshotFilter.Read(context.Text, where.Condition, context.Options.Version);
        // Whether the filter, its marks mended, is one StarRocks takes: then those marks are what it refuses.
        bool Takes(string edited, ImmutableArray<SyntaxToken> tokens) => !SnapshotFilter.Read(edited, tokens, context.Options.Version).Refused;
        if (reading.Refused)
            context.Report(QuotedConditions.Mended(InvalidSnapshotFilter, context.Text, where.Condition, "it refuses this filter", Takes)
                ?? Diagnostic.Create(InvalidSnapshotFilter, condition,
                    "StarRocks refuses this filter: write SNAPSHOT = 'name', SNAPSHOT = 'name' AND TIMESTAMP = 'time' (either order) or SNAPSHOT IN ('a', 'b'), with non-empty string literals."));
        else if (reading.Misreading is { } misreading)
            context.Report(MisreadSnapshotFilter, condition, misreading);
    }

    /// <summary>Whether StarRocks refuses the (non-empty) name as a repository's: an empty one is SRB111's.</summary>
    internal static bool RefusesName(Name name) => name.Value.Length > 0 && !ValidRepositoryName().IsMatch(name.Value);

    /// <param name="creates">Whether the statement makes the repository (CREATE), rather than naming one that must exist (DROP).</param>
    private static void CheckName(RuleContext context, Name name, bool creates)
    {
        if (RefusesName(name))
            context.Report(InvalidRepositoryName, name.Span,
                $"`{name.Value}` is not a valid repository name: start with a letter (or `_` and a letter or digit), then up to 63 letters, digits or `_`.",
                ValidNameFix(context, name, creates) is { } fix ? [fix] : []);
    }

    /// <summary>
    /// The name with each ASCII character StarRocks does not take (<c>-</c>, <c>.</c>, a space...) replaced by <c>_</c>, where
    /// that makes a valid name that, as far as the catalog says, is free for a CREATE, or there for a DROP. None for a name
    /// that is invalid otherwise (its start, its length) or that holds other scripts' letters: an <c>_</c> for those would be a guess.
    /// </summary>
    private static CodeFix? ValidNameFix(RuleContext context, Name name, bool creates)
    {
        if (name.Value.Any(c => !char.IsAscii(c)))
            return null;
        var replaced = string.Concat(name.Value.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_'));
        if (replaced == name.Value || !ValidRepositoryName().IsMatch(replaced))
            return null;
        var held = context.Catalog?.HasRepository(replaced) == true;
        if (creates ? held : context.Catalog?.Repositories is not null && !held)
            return null;
        var sql = NameText.ToSql(replaced, context.Options.Version);
        return CodeFix.Replace($"Change to {sql}", name.Span, sql);
    }

    /// <summary>
    /// StarRocks refuses a repository whose name (case-sensitive) it holds: one the catalog lists, or one a CREATE
    /// REPOSITORY earlier in the script that StarRocks runs created, whatever the catalog (one it refuses creates nothing).
    /// </summary>
    private static void CheckExists(RuleContext context, Name name)
    {
        if (context.Catalog is not { } session)
            return;
        var why = session.CreatedRepositories.ContainsKey(name.Value) ? "a CREATE REPOSITORY earlier in this script creates it"
            : session.FindRepository(name.Value) is not null ? "the catalog lists it"
            : null;
        if (why is not null)
            context.Report(RepositoryExists, name.Span,
                $"Repository {MessageNames.Repository(name.Value)} already exists ({why}): StarRocks refuses to create it again (\"repository with same name already exist\"). Choose another name, or DROP REPOSITORY {NameText.ToSql(name.Value, context.Options.Version)} before it.");
    }

    private static void CheckCreate(RuleContext context, CreateRepositoryStatement create)
    {
        CheckName(context, create.Name, creates: true);
        CheckExists(context, create.Name);
        if (create.WithBrokerSpan is null)
            context.Report(MissingWithBroker, create.Name.Span,
                "CREATE REPOSITORY needs WITH BROKER after the repository name, even when no broker is named.",
                CodeFix.Replace("Insert WITH BROKER", new TextSpan(create.Name.Span.End, 0), " " + context.InStatementCase("WITH BROKER"), certain: true));
        if (create.Location.IsQuoted && create.Location.Value.Length == 0)
            context.Report(EmptyLocation, create.Location.Span,
                "The location must not be empty: give the storage path, such as \"s3a://bucket/backup\" or \"hdfs://host:port/path\".");
        var properties = create.Properties?.Properties ?? [];
        var (read, givenAgain) = PropertyRules.ReadKeys(context, properties);
        for (var i = 0; i < properties.Length; i++)
        {
            var (property, key) = (properties[i], read[i]);
            if (givenAgain[i] || StorageProperties.IsKnown(key))
                continue;
            if (StorageProperties.LikelyMeant(key) is { } suggestion)
                context.Report(MisspelledStorageProperty, property.Key.Span,
                    $"Unknown storage property \"{key}\": did you mean \"{suggestion}\"? StarRocks does not check these keys, so a typo only shows when the repository is used.",
                    CodeFix.Replace($"Change to {property.Key.Requoted(suggestion)}", property.Key.Span, property.Key.Requoted(suggestion)));
        }
    }
}
