using Serverless.Routing.Delivery;

namespace Serverless.Functions.Gcp.Push;

/// <summary>What a request to <c>POST /</c> carried: the message to route, and where it came from.</summary>
/// <param name="Message">The message for the router.</param>
/// <param name="Kind"><c>push</c>, <c>eventarc</c> (a <c>messagePublished</c> event) or <c>cloudevent</c> (another Eventarc event).</param>
/// <param name="Subscription">The pushing subscription, when known.</param>
public sealed record PushRequest(IncomingMessage Message, string Kind, string? Subscription);
