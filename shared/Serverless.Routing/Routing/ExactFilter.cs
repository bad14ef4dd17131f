namespace Serverless.Routing.Routing;

/// <summary>The <c>exact</c> dialect: every listed attribute has a value equal to the given string (case-sensitive).</summary>
public sealed class ExactFilter : AttributeFilter
{
    /// <summary>Creates the filter from attribute name to expected value.</summary>
    public ExactFilter(IEnumerable<KeyValuePair<string, string>> attributes)
        : base(attributes)
    {
    }

    /// <inheritdoc />
    public override string Dialect => "exact";

    /// <inheritdoc />
    protected override bool Compare(string actual, string expected) => string.Equals(actual, expected, StringComparison.Ordinal);
}
