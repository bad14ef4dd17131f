using Serverless.Routing.Events;

namespace Serverless.Routing.Routing;

/// <summary>A CloudEvents Subscriptions API filter expression (exact, prefix, suffix, all, any, not).</summary>
public interface IEventFilter
{
    /// <summary>True when <paramref name="cloudEvent"/> passes the filter.</summary>
    bool Matches(CloudEvent cloudEvent);
}
