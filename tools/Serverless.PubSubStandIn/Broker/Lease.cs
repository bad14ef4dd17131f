namespace Serverless.PubSubStandIn.Broker;

/// <summary>A delivered message with the ack id that settles it.</summary>
internal sealed record Lease(string AckId, StoredMessage Message, int DeliveryAttempt);
