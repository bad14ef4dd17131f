using Serverless.Routing.Events;

namespace Serverless.Routing.Routing;

/// <summary>The <c>any</c> dialect: true when at least one nested filter is true (so an empty list is false).</summary>
public sealed class AnyFilter : IEventFilter
{
    private readonly IEventFilter[] filters;

    /// <summary>Creates the filter from its nested filters.</summary>
    public AnyFilter(IEnumerable<IEventFilter> filters)
    {
        ArgumentNullException.ThrowIfNull(filters);
        this.filters = [.. filters];
    }

    /// <summary>The nested filters in table order.</summary>
    public IReadOnlyList<IEventFilter> Filters => filters;

    /// <inheritdoc />
    public bool Matches(CloudEvent cloudEvent)
    {
        foreach (var filter in filters)
        {
            if (filter.Matches(cloudEvent))
            {
                return true;
            }
        }

        return false;
    }
}
