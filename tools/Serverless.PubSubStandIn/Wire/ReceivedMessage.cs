namespace Serverless.PubSubStandIn.Wire;

/// <summary>A pulled message; <see cref="DeliveryAttempt"/> is set only with a dead-letter policy, as Google does.</summary>
public sealed record ReceivedMessage(string AckId, PubsubMessage Message, int? DeliveryAttempt);
