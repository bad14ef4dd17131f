namespace Serverless.PubSubStandIn.Broker;

/// <summary>
/// The wait before redelivering a nacked or expired message: minimumBackoff doubled per attempt up to
/// maximumBackoff. Without a retry policy, pull redelivers at once and push uses Google's push back-off
/// (100 ms growing to 60 s). Google does not publish its exact curve; doubling is the stand-in's choice.
/// </summary>
internal static class Backoff
{
    private static readonly (TimeSpan, TimeSpan) PushDefault = (TimeSpan.FromMilliseconds(100), TimeSpan.FromSeconds(60));

    public static TimeSpan Delay(SubscriptionSettings settings, int deliveryAttempts)
    {
        var range = settings.Retry ?? (settings.IsPush ? PushDefault : (TimeSpan.Zero, TimeSpan.Zero));
        var exponent = Math.Clamp(deliveryAttempts - 1, 0, 30);
        var ticks = Math.Min(range.Item1.Ticks * Math.Pow(2, exponent), range.Item2.Ticks);
        return TimeSpan.FromTicks((long)ticks);
    }
}
