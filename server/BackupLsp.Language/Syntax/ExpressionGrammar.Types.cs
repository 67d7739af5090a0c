using Superpower;

namespace BackupLsp.Language.Syntax;

// StarRocks.g4's type, as CAST, CONVERT, :: and the typed ARRAY and MAP constructors take it; each yields whether it is scalar.
internal static partial class ExpressionGrammar
{
    private static TokenListParser<TokenKind, bool> ScalarType =>
        OneOf("TINYINT", "SMALLINT", "INT", "INTEGER", "BIGINT", "LARGEINT", "CHAR", "VARCHAR", "VARBINARY", "BINARY")
            .IgnoreThen(Parenthesized(SmallInteger).OptionalOrDefault()).Value(true)
            .Or(OneOf("BOOLEAN", "FLOAT", "DOUBLE", "DATE", "DATETIME", "TIME", "STRING", "TEXT", "BITMAP", "HLL", "PERCENTILE", "JSON", "VARIANT")
                .Value(true))
            .Or(OneOf("SIGNED", "UNSIGNED").IgnoreThen(Optionally(OneOf("INT", "INTEGER"))).Value(true))
            .Or(OneOf("DECIMAL", "DECIMALV2", "DECIMAL32", "DECIMAL64", "DECIMAL128", "DECIMAL256", "NUMERIC", "NUMBER")
                .IgnoreThen(Parenthesized(SmallInteger.IgnoreThen(Comma.IgnoreThen(SmallInteger).OptionalOrDefault())).OptionalOrDefault())
                .Value(true));

    private static TokenListParser<TokenKind, bool> ArrayType => Keyword("ARRAY").IgnoreThen(TypeName.Between(Symbol("<"), Symbol(">"))).Value(false);

    /// <summary><c>&lt;key, value&gt;</c>: the key a scalar type (TypeParser.getMapType).</summary>
    private static TokenListParser<TokenKind, bool> MapTypeArguments =>
        TypeName.Where(scalar => scalar).IgnoreThen(Comma).IgnoreThen(TypeName).Between(Symbol("<"), Symbol(">")).Value(false);

    private static TokenListParser<TokenKind, bool> MapType => Keyword("MAP").IgnoreThen(MapTypeArguments);

    private static TokenListParser<TokenKind, bool> StructType =>
        Keyword("STRUCT").IgnoreThen(Name.IgnoreThen(TypeName).AtLeastOnceDelimitedBy(Comma).Between(Symbol("<"), Symbol(">"))).Value(false);
}
