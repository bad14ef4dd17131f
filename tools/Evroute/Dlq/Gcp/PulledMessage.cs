namespace Evroute.Dlq.Gcp;

/// <summary>One message of a Pub/Sub pull answer.</summary>
internal sealed record PulledMessage(
    string AckId, string MessageId, DateTimeOffset? PublishTime, byte[] Data, IReadOnlyDictionary<string, string> Attributes, int? DeliveryAttempt);
