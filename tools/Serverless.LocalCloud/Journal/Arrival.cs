using Serverless.Routing.Events;

namespace Serverless.LocalCloud.Journal;

/// <summary>A native message as a function received it, decoded as the function decodes it (kept for tests).</summary>
/// <param name="Cloud">The receiving cloud.</param>
/// <param name="MessageId">The native message id.</param>
/// <param name="DeliveryCount">The delivery count.</param>
/// <param name="Events">The CloudEvents it carried (none when it did not decode).</param>
/// <param name="At">When it was seen.</param>
public sealed record Arrival(string Cloud, string MessageId, int DeliveryCount, IReadOnlyList<CloudEvent> Events, DateTimeOffset At);
