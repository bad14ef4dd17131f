using Serverless.Routing.Events;

namespace Serverless.Routing.Routing;

/// <summary>The <c>all</c> dialect: true when every nested filter is true (so an empty list is true).</summary>
public sealed class AllFilter : IEventFilter
{
    private readonly IEventFilter[] filters;

    /// <summary>Creates the filter from its nested filters.</summary>
    public AllFilter(IEnumerable<IEventFilter> filters)
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
            if (!filter.Matches(cloudEvent))
            {
                return false;
            }
        }

        return true;
    }
}
