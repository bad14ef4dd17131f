namespace Serverless.Routing.Routing;

/// <summary>A routing table that cannot be loaded; every problem names the route and the JSON path.</summary>
public sealed class RoutingTableException : Exception
{
    /// <summary>Creates the exception from its problems, one line each.</summary>
    public RoutingTableException(IReadOnlyList<string> errors)
        : base(string.Join(Environment.NewLine, errors)) => Errors = errors;

    /// <summary>Creates the exception with one problem.</summary>
    public RoutingTableException(string message)
        : this([message])
    {
    }

    /// <summary>Creates the exception with one problem and its cause.</summary>
    public RoutingTableException(string message, Exception innerException)
        : base(message, innerException) => Errors = [message];

    /// <summary>Creates an exception with no detail (for serializers and analyzers).</summary>
    public RoutingTableException()
        : this("invalid routing table")
    {
    }

    /// <summary>Each problem on its own line, e.g. <c>routes[1] (orders-to-gcp).filter.prefix: expected an object</c>.</summary>
    public IReadOnlyList<string> Errors { get; }
}
