using Serverless.Routing.Events;

namespace Serverless.Routing.Routing;

/// <summary>The <c>not</c> dialect: the inverse of one nested filter.</summary>
public sealed class NotFilter : IEventFilter
{
    /// <summary>Creates the filter around <paramref name="filter"/>.</summary>
    public NotFilter(IEventFilter filter)
    {
        ArgumentNullException.ThrowIfNull(filter);
        Filter = filter;
    }

    /// <summary>The filter being inverted.</summary>
    public IEventFilter Filter { get; }

    /// <inheritdoc />
    public bool Matches(CloudEvent cloudEvent) => !Filter.Matches(cloudEvent);
}
