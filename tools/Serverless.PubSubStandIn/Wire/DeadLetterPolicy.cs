namespace Serverless.PubSubStandIn.Wire;

/// <summary>Where a message goes after too many delivery attempts.</summary>
public sealed record DeadLetterPolicy
{
    public string? DeadLetterTopic { get; init; }
    public int? MaxDeliveryAttempts { get; init; }
}
