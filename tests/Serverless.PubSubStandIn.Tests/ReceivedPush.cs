using System.Text.Json.Nodes;

namespace Serverless.PubSubStandIn.Tests;

/// <summary>One push request as the endpoint saw it.</summary>
public sealed record ReceivedPush(JsonNode Body, string Authorization, string? ContentType, DateTimeOffset At);
