using System.Text;
using Serverless.Functions.Aws;
using Serverless.Routing;
using Serverless.Routing.Delivery;

namespace Serverless.Aws.Tests;

public sealed class InvalidEventTests
{
    [Theory]
    [InlineData("not json at all")]
    [InlineData("{\"foo\": 1}")]
    [InlineData("{\"Records\": null}")]
    [InlineData("[1, 2]")]
    [InlineData("{\"Records\": [{\"body\": \"no message id\", \"eventSource\": \"aws:sqs\"}]}")]
    [InlineData("{\"Records\": [{\"eventSource\": \"aws:s3\", \"eventName\": \"ObjectCreated:Put\", \"messageId\": \"x\"}]}")]
    public async Task HandleAsync_NotAnSqsEvent_FailsTheInvocation(string payload)
    {
        var log = new StringWriter();
        var gcp = new InMemorySink(Cloud.Gcp);
        var handler = RouterHosts.Handler(RouterHosts.Host(gcp, new InMemorySink(Cloud.Azure)), null, log);

        await Assert.ThrowsAsync<InvalidSqsEventException>(() =>
            handler.HandleAsync(Encoding.UTF8.GetBytes(payload), DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None));
        Assert.Equal(0, gcp.Calls);
    }

    [Fact]
    public async Task HandleAsync_NoRecords_AnswersAnEmptyFailureList()
    {
        var handler = RouterHosts.Handler(RouterHosts.Host(new InMemorySink(Cloud.Gcp), new InMemorySink(Cloud.Azure)), null, new StringWriter());

        var response = await handler.HandleAsync(Encoding.UTF8.GetBytes("{\"Records\":[]}"), null, CancellationToken.None);

        Assert.Equal("{\"batchItemFailures\":[]}", Encoding.UTF8.GetString(response));
    }
}
