using BackupLsp.Server.Tests.Infrastructure;
using BackupLsp.Server.Transport;
using StreamJsonRpc;

namespace BackupLsp.Server.Tests;

public sealed class InboundRequestsTests
{
    [Fact]
    public async Task A_wait_for_all_but_some_requests_completes_once_no_more_than_those_are_unanswered()
    {
        var inbound = new InboundRequests();
        inbound.Begin(new RequestId(1));
        inbound.Begin(new RequestId("two"));
        inbound.Begin(new RequestId(3));
        var allButOne = inbound.WhenAnswered(left: 1);
        var all = inbound.WhenAnswered();

        inbound.Answered(new RequestId(3));
        Assert.False(allButOne.IsCompleted);
        inbound.Answered(new RequestId("two"));
        await allButOne.WaitAsync(LspTestClient.Timeout);
        Assert.False(all.IsCompleted);
        inbound.Answered(new RequestId(1));
        await all.WaitAsync(LspTestClient.Timeout);
        Assert.True(inbound.WhenAnswered().IsCompleted);
    }
}
