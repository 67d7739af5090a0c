using BackupLsp.Language.Features;
using BackupLsp.Server.Protocol;

namespace BackupLsp.Server.Handlers.SemanticTokens;

/// <summary>The advertised token types: standard LSP types, so that every theme colours them.</summary>
public static class SemanticTokenLegend
{
    private static readonly string[] TokenTypes =
        ["keyword", "comment", "string", "number", "operator", "namespace", "type", "class", "interface", "struct", "function", "enumMember", "variable", "property"];

    public static readonly SemanticTokensLegend Legend = new(TokenTypes, []);

    public static int TypeOf(SemanticRole role) => Array.IndexOf(TokenTypes, role switch
    {
        SemanticRole.Keyword => "keyword",
        SemanticRole.Comment => "comment",
        SemanticRole.String => "string",
        SemanticRole.Number => "number",
        SemanticRole.Operator => "operator",
        SemanticRole.Database or SemanticRole.Catalog => "namespace",
        SemanticRole.Repository or SemanticRole.Broker => "type",
        SemanticRole.Table => "class",
        SemanticRole.View => "interface",
        SemanticRole.MaterializedView => "struct",
        SemanticRole.Function => "function",
        SemanticRole.Partition => "enumMember",
        SemanticRole.Snapshot => "variable",
        // A column is a field of the rows a SHOW lists: LSP's member-field type, as a property key's.
        SemanticRole.PropertyKey or SemanticRole.Column => "property",
        _ => throw new ArgumentOutOfRangeException(nameof(role), role, null),
    });
}
