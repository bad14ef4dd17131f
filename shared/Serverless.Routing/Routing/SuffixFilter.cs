namespace Serverless.Routing.Routing;

/// <summary>The <c>suffix</c> dialect: every listed attribute has a value ending with the given string (case-sensitive).</summary>
public sealed class SuffixFilter : AttributeFilter
{
    /// <summary>Creates the filter from attribute name to expected value.</summary>
    public SuffixFilter(IEnumerable<KeyValuePair<string, string>> attributes)
        : base(attributes)
    {
    }

    /// <inheritdoc />
    public override string Dialect => "suffix";

    /// <inheritdoc />
    protected override bool Compare(string actual, string expected) => actual.EndsWith(expected, StringComparison.Ordinal);
}
