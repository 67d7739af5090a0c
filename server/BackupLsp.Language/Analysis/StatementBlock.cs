using System.Collections.Immutable;
using BackupLsp.Language.Rules;
using BackupLsp.Language.Syntax;
using BackupLsp.Language.Text;

namespace BackupLsp.Language.Analysis;

/// <summary>A statement of a <see cref="StatementBlock"/>, its span relative to the block's start.</summary>
internal readonly record struct BlockStatement(TextSpan Span, ParsedStatement Parsed);

/// <summary>
/// A run of consecutive statements and their diagnostics, all positioned relative to the block's start. An edit
/// rebuilds only the block it touches and reuses every other one as it is, merely placed at a moved start: the
/// cost of a keystroke does not grow with the length of the document.
/// </summary>
internal sealed class StatementBlock
{
    /// <summary>Statements per block: small enough to rebuild on a keystroke, large enough to keep the block list short.</summary>
    public const int TargetSize = 64;

    private StatementBlock(ImmutableArray<BlockStatement> statements, ImmutableArray<Diagnostic> diagnostics,
        ImmutableArray<Exception> errors, ImmutableArray<JobMention> jobs)
    {
        Statements = statements;
        Diagnostics = diagnostics;
        Errors = errors;
        Jobs = jobs;
    }

    /// <summary>The statements that were analysed (one that failed is left out, see <see cref="Errors"/>).</summary>
    public ImmutableArray<BlockStatement> Statements { get; }

    /// <summary>Relative to the block's start, in document order.</summary>
    public ImmutableArray<Diagnostic> Diagnostics { get; }

    /// <summary>The exceptions of statements that failed; each also became an internal-error diagnostic.</summary>
    public ImmutableArray<Exception> Errors { get; }

    /// <summary>What the rules across statements need of this block (relative to its start), kept so that an edit elsewhere need not look into its statements.</summary>
    public ImmutableArray<JobMention> Jobs { get; }

    /// <summary>A block of checked <paramref name="statements"/> (absolute spans), which starts where the first of them does.</summary>
    public static StatementBlock Create(ReadOnlySpan<PlannedStatement> statements, AnalysisContext context)
    {
        var start = statements[0].Span.Start;
        var members = ImmutableArray.CreateBuilder<BlockStatement>(statements.Length);
        var diagnostics = new List<Diagnostic>();
        var errors = ImmutableArray<Exception>.Empty;
        foreach (var statement in statements)
        {
            var relative = statement.Span.Shift(-start);
            if (statement.Error is { } error)
            {
                errors = errors.Add(error);
                diagnostics.Add(Diagnostic.Create(DocumentAnalyzer.InternalError, new TextSpan(relative.Start, 0),
                    $"Internal error while analysing this statement ({error.GetType().Name}: {error.Message}). Please report it."));
                continue;
            }
            foreach (var diagnostic in statement.Diagnostics)
                diagnostics.Add(diagnostic.Shift(relative.Start));
            members.Add(new BlockStatement(relative, statement.Parsed!));
        }
        diagnostics.Sort(Diagnostic.ByPosition);
        var analysed = members.DrainToImmutable();
        return new StatementBlock(analysed, [.. diagnostics], errors,
            ScriptRules.Mentions(analysed.Select(s => (s.Span.Start, s.Parsed)), context));
    }
}

/// <summary>
/// A statement of the new text, about to join a block: parsed and checked (its diagnostics relative to it), or the
/// exception that stopped it.
/// </summary>
internal readonly record struct PlannedStatement(TextSpan Span, ParsedStatement? Parsed, ImmutableArray<Diagnostic> Diagnostics, Exception? Error = null);
