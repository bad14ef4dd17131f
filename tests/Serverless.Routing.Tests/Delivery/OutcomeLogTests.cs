using System.Text.Json;
using Serverless.Routing;
using Serverless.Routing.Delivery;
using static Serverless.Routing.Tests.Delivery.BatchRouterFixture;

namespace Serverless.Routing.Tests.Delivery;

public class OutcomeLogTests
{
    [Fact]
    public async Task ToJson_RoutedMessage_NamesEventRoutesDestinationsAndSeverity()
    {
        var fixture = new BatchRouterFixture();
        var outcome = (await fixture.RouteAsync(Message("m1", Event("inv-1", "com.example.invoice.issued"))))[0];

        using var line = JsonDocument.Parse(OutcomeLog.ToJson(outcome, Cloud.Aws, cloudLoggingSeverity: true));

        var root = line.RootElement;
        Assert.Equal("INFO", root.GetProperty("severity").GetString());
        Assert.Equal("routed", root.GetProperty("outcome").GetString());
        Assert.Equal("inv-1", root.GetProperty("eventId").GetString());
        Assert.Equal("com.example.invoice.issued", root.GetProperty("type").GetString());
        Assert.Equal("//tests", root.GetProperty("source").GetString());
        Assert.Equal(["invoices", "invoices-again"], root.GetProperty("routes").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["gcp", "azure"], root.GetProperty("destinations").EnumerateArray().Select(e => e.GetString()));
        Assert.True(root.GetProperty("durationMs").GetDouble() >= 0);
    }

    [Fact]
    public async Task ToJson_DeadLetter_IsAnErrorWithReasonAndNoSeverityUnlessAsked()
    {
        var fixture = new BatchRouterFixture();
        var outcome = (await fixture.RouteAsync(Message("m1", "{not json")))[0];

        using var line = JsonDocument.Parse(OutcomeLog.ToJson(outcome, Cloud.Aws, cloudLoggingSeverity: false));

        Assert.False(line.RootElement.TryGetProperty("severity", out _));
        Assert.Equal("error", line.RootElement.GetProperty("level").GetString());
        Assert.Equal("invalid", line.RootElement.GetProperty("reason").GetString());
        Assert.Equal("m1", line.RootElement.GetProperty("messageId").GetString());
    }
}
