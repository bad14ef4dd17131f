namespace Serverless.PubSubStandIn.Wire;

/// <summary>The body of a push request; <see cref="DeliveryAttempt"/> only with a dead-letter policy.</summary>
public sealed record PushEnvelope(PushMessage Message, string Subscription, int? DeliveryAttempt);
