using BackupLsp.Language.Syntax;

namespace BackupLsp.Server.Handlers;

/// <summary>LSP's SymbolKind numbers for the outline's statements.</summary>
public static class SymbolKinds
{
    /// <summary>Jobs are events, repository statements packages, SHOW and CANCEL operators.</summary>
    public static int Of(StatementKind kind) => kind switch
    {
        StatementKind.Backup or StatementKind.Restore => 24, // Event
        StatementKind.CreateRepository or StatementKind.DropRepository => 4, // Package
        _ => 25, // Operator
    };
}
