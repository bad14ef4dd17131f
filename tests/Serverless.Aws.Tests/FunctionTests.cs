using System.Text;
using Serverless.Functions.Aws;
using Serverless.Routing;
using Serverless.Routing.Delivery;

namespace Serverless.Aws.Tests;

public sealed class FunctionTests
{
    [Fact]
    public async Task HandleAsync_StreamEvent_AnswersThePartialBatchResponseAsAStream()
    {
        var gcp = new InMemorySink(Cloud.Gcp) { Behaviour = e => e.Id == "o-2" ? SendResult.Transient("busy") : SendResult.Sent };
        var function = new Function(RouterHosts.Handler(RouterHosts.Host(gcp, new InMemorySink(Cloud.Azure)), null, new StringWriter()));
        using var input = new MemoryStream(SqsEvents.Event(
            SqsEvents.Record("s-1", SqsEvents.CloudEvent("o-1", "com.example.order.created")),
            SqsEvents.Record("s-2", SqsEvents.CloudEvent("o-2", "com.example.order.created"))));

        await using var output = await function.HandleAsync(input);
        using var reader = new MemoryStream();
        await output.CopyToAsync(reader);

        Assert.Equal("{\"batchItemFailures\":[{\"itemIdentifier\":\"s-2\"}]}", Encoding.UTF8.GetString(reader.ToArray()));
    }

    [Fact]
    public async Task HandleAsync_InvalidStream_Throws()
    {
        var function = new Function(RouterHosts.Handler(RouterHosts.Host(new InMemorySink(Cloud.Gcp), new InMemorySink(Cloud.Azure)), null, new StringWriter()));
        using var input = new MemoryStream(Encoding.UTF8.GetBytes("{\"detail-type\":\"Scheduled Event\"}"));

        await Assert.ThrowsAsync<InvalidSqsEventException>(() => function.HandleAsync(input));
    }
}
