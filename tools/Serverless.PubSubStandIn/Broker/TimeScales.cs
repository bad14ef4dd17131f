namespace Serverless.PubSubStandIn.Broker;

/// <summary>Stand-in only: multipliers applied to back-off delays and ack deadlines so tests run fast.</summary>
internal sealed record TimeScales(double Backoff, double AckDeadline)
{
    public TimeSpan ScaleBackoff(TimeSpan value) => value * Backoff;

    public TimeSpan ScaleAckDeadline(int seconds) => TimeSpan.FromSeconds(seconds) * AckDeadline;
}
