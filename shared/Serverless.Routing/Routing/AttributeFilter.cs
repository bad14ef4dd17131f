using Serverless.Routing.Events;

namespace Serverless.Routing.Routing;

/// <summary>
/// The Subscriptions API string dialects (<c>exact</c>, <c>prefix</c>, <c>suffix</c>): every listed attribute must be
/// present and its value must compare true with the expected string, case-sensitively.
/// </summary>
public abstract class AttributeFilter : IEventFilter
{
    // An array rather than a dictionary: the matching loop walks it with no enumerator allocation.
    private readonly KeyValuePair<string, string>[] attributes;

    /// <summary>Creates the filter from attribute name to expected value; names and values must be non-empty.</summary>
    protected AttributeFilter(IEnumerable<KeyValuePair<string, string>> attributes)
    {
        ArgumentNullException.ThrowIfNull(attributes);
        this.attributes = [.. attributes];
        if (this.attributes.Length == 0)
        {
            throw new ArgumentException("a filter needs at least one attribute", nameof(attributes));
        }

        foreach (var (name, value) in this.attributes)
        {
            if (string.IsNullOrEmpty(name) || string.IsNullOrEmpty(value))
            {
                throw new ArgumentException("attribute names and values must not be empty", nameof(attributes));
            }
        }
    }

    /// <summary>The dialect's name as written in a routing table.</summary>
    public abstract string Dialect { get; }

    /// <summary>Attribute name to expected value, in table order.</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Attributes => attributes;

    /// <inheritdoc />
    public bool Matches(CloudEvent cloudEvent)
    {
        ArgumentNullException.ThrowIfNull(cloudEvent);
        foreach (var (name, expected) in attributes)
        {
            var actual = cloudEvent.GetAttribute(name);
            if (actual is null || !Compare(actual, expected))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>True when the attribute's <paramref name="actual"/> value satisfies the <paramref name="expected"/> one.</summary>
    protected abstract bool Compare(string actual, string expected);
}
