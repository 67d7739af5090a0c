using BackupLsp.Language.Syntax;

namespace BackupLsp.Server.Handlers;

/// <summary>LSP's SymbolKind numbers for the outline's statements.</summary>
public static class SymbolKinds
{
    /// <summary>
    /// Jobs are events, repository statements packages, SHOW and CANCEL operators; for a client that takes only LSP's base
    /// kinds (File to Array), jobs are functions and SHOW and CANCEL methods.
    /// </summary>
    public static int Of(StatementKind kind, bool pastBase) => kind switch
    {
        StatementKind.Backup or StatementKind.Restore => pastBase ? 24 : 12, // Event, Function
        StatementKind.CreateRepository or StatementKind.DropRepository => 4, // Package
        _ => pastBase ? 25 : 6, // Operator, Method
    };
}
