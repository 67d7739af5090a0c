using System.Text.Json;
using System.Text.Json.Serialization.Metadata;
using BackupLsp.Server.Hosting;
using BackupLsp.Server.Protocol;

namespace BackupLsp.Server.Tests;

/// <summary>The work done after <c>initialized</c> so that the first completion and hover need not do it.</summary>
public sealed class FirstRequestWarmUpTests
{
    /// <summary>Serves LspJsonContext's contracts and records which types were asked for.</summary>
    private sealed class RecordingResolver : IJsonTypeInfoResolver
    {
        public HashSet<Type> Asked { get; } = [];

        public JsonTypeInfo? GetTypeInfo(Type type, JsonSerializerOptions options)
        {
            lock (Asked)
                Asked.Add(type);
            return ((IJsonTypeInfoResolver)LspJsonContext.Default).GetTypeInfo(type, options);
        }
    }

    [Fact]
    public void It_resolves_the_contracts_of_the_messages_of_typing_and_runs_completion_and_hover_without_failing()
    {
        var resolver = new RecordingResolver();
        FirstRequestWarmUp.Run(new JsonSerializerOptions { TypeInfoResolver = resolver });
        Assert.Superset(
            new HashSet<Type> { typeof(DidChangeTextDocumentParams), typeof(TextDocumentPositionParams), typeof(CompletionList), typeof(Hover) },
            resolver.Asked);
    }
}
