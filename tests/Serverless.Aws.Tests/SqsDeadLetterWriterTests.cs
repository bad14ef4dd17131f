using Serverless.Routing;
using Serverless.Routing.Aws;
using Serverless.Routing.DeadLetters;
using Serverless.Routing.Delivery;

namespace Serverless.Aws.Tests;

/// <summary>Dead letters written by the handler to a real (fauxqs) queue.</summary>
public sealed class SqsDeadLetterWriterTests
{
    [Fact]
    public async Task HandleAsync_MalformedBody_WritesOriginalBodyWithReasonAttributes()
    {
        var dlq = await Fauxqs.CreateQueueAsync("dlq");
        using var client = Fauxqs.Client();
        var writer = new SqsDeadLetterWriter(client, dlq);
        var log = new StringWriter();
        var handler = RouterHosts.Handler(RouterHosts.Host(new InMemorySink(Cloud.Gcp), new InMemorySink(Cloud.Azure)), writer, log);
        const string body = "{\"specversion\":\"1.0\", \"id\": broken";
        var payload = SqsEvents.Event(
            SqsEvents.Record("m-bad", body, receiveCount: 2, contentType: "application/json"),
            SqsEvents.Record("m-ok", SqsEvents.CloudEvent("o-1", "com.example.order.created")));

        var response = await handler.HandleAsync(payload, DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None);

        Assert.Empty(Responses.FailedIds(response));
        var letter = Assert.Single(await Fauxqs.ReceiveAsync(dlq, 1, TimeSpan.FromSeconds(10)));
        Assert.Equal(body, letter.Body);
        var attributes = letter.MessageAttributes.ToDictionary(a => a.Key, a => a.Value.StringValue);
        Assert.InRange(attributes.Count, 1, SqsLimits.MaxMessageAttributes);
        Assert.All(letter.MessageAttributes.Values, v => Assert.Equal("String", v.DataType));
        Assert.Equal(FailureReasons.Invalid, attributes[DeadLetterFields.Reason]);
        Assert.Equal("m-bad", attributes[DeadLetterFields.MessageId]);
        Assert.Equal("aws", attributes[DeadLetterFields.Cloud]);
        Assert.Equal("2", attributes[DeadLetterFields.Attempts]);
        Assert.Equal("application/json", attributes["content-type"]);
        Assert.False(string.IsNullOrEmpty(attributes[DeadLetterFields.Detail]));
        Assert.True(DateTimeOffset.TryParse(attributes[DeadLetterFields.FailedAt], System.Globalization.CultureInfo.InvariantCulture, out _));
    }

    [Fact]
    public async Task WriteAsync_BinaryModeCloudEvent_KeepsItsCeAttributesInOneJsonAttribute()
    {
        var dlq = await Fauxqs.CreateQueueAsync("dlqbin");
        using var client = Fauxqs.Client();
        var writer = new SqsDeadLetterWriter(client, dlq);
        var original = new Dictionary<string, string>
        {
            ["ce-specversion"] = "1.0",
            ["ce-id"] = "bin-1",
            ["ce-source"] = "//orders",
            ["ce-type"] = "com.example.order.created",
            ["ce-tenantid"] = "acme",
            ["content-type"] = "application/json",
        };
        var letter = new DeadLetter
        {
            Message = new IncomingMessage { MessageId = "m-bin", Body = "{\"n\":1}"u8.ToArray(), Attributes = original },
            Cloud = Cloud.Aws,
            Reason = FailureReasons.Unmatched,
            Detail = "no route matched",
            FailedAt = DateTimeOffset.UtcNow,
            EventId = "bin-1",
        };

        await writer.WriteAsync([letter], CancellationToken.None);

        var stored = Assert.Single(await Fauxqs.ReceiveAsync(dlq, 1, TimeSpan.FromSeconds(10)));
        Assert.InRange(stored.MessageAttributes.Count, 1, SqsLimits.MaxMessageAttributes);
        Assert.Equal("application/json", stored.MessageAttributes["content-type"].StringValue);
        using var kept = System.Text.Json.JsonDocument.Parse(stored.MessageAttributes[DeadLetterFields.OriginalAttributes].StringValue);
        var restored = kept.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetString());
        Assert.Equal(original.Where(a => a.Key != "content-type").OrderBy(a => a.Key), restored.OrderBy(a => a.Key)!);
    }

    [Fact]
    public async Task WriteAsync_FifoQueueAndMoreThanTenLetters_WritesAll()
    {
        var dlq = await Fauxqs.CreateQueueAsync("dlqfifo", fifo: true);
        using var client = Fauxqs.Client();
        var writer = new SqsDeadLetterWriter(client, dlq);
        var letters = Enumerable.Range(0, 12).Select(i => new DeadLetter
        {
            Message = new IncomingMessage { MessageId = $"m-{i}", Body = "x"u8.ToArray() },
            Cloud = Cloud.Aws,
            Reason = FailureReasons.Unmatched,
            FailedAt = DateTimeOffset.UtcNow,
            EventId = $"e-{i}",
        }).ToList();

        await writer.WriteAsync(letters, CancellationToken.None);

        var received = await Fauxqs.ReceiveAsync(dlq, 12, TimeSpan.FromSeconds(15));
        Assert.Equal(letters.Select(l => l.Message.MessageId).Order(), received.Select(m => m.MessageAttributes[DeadLetterFields.MessageId].StringValue).Order());
    }

    [Fact]
    public async Task WriteAsync_UnreachableQueue_Throws()
    {
        using var client = Serverless.Routing.Aws.SqsClientFactory.Create(Fauxqs.Options(new Uri("http://127.0.0.1:1/000000000000/dlq"), Fauxqs.ClosedEndpoint()));
        var writer = new SqsDeadLetterWriter(client, new Uri("http://127.0.0.1:1/000000000000/dlq"));
        var letter = new DeadLetter
        {
            Message = new IncomingMessage { MessageId = "m-1", Body = "x"u8.ToArray() },
            Cloud = Cloud.Aws,
            Reason = FailureReasons.Invalid,
            FailedAt = DateTimeOffset.UtcNow,
        };

        await Assert.ThrowsAsync<InvalidOperationException>(() => writer.WriteAsync([letter], CancellationToken.None));
    }
}
