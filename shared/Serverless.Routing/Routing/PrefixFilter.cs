namespace Serverless.Routing.Routing;

/// <summary>The <c>prefix</c> dialect: every listed attribute has a value starting with the given string (case-sensitive).</summary>
public sealed class PrefixFilter : AttributeFilter
{
    /// <summary>Creates the filter from attribute name to expected value.</summary>
    public PrefixFilter(IEnumerable<KeyValuePair<string, string>> attributes)
        : base(attributes)
    {
    }

    /// <inheritdoc />
    public override string Dialect => "prefix";

    /// <inheritdoc />
    protected override bool Compare(string actual, string expected) => actual.StartsWith(expected, StringComparison.Ordinal);
}
