namespace Serverless.Routing.Routing;

/// <summary>
/// The loop guard's CloudEvents extension attributes. Names are lower-case letters and digits as the spec requires.
/// </summary>
public static class HopExtensions
{
    /// <summary>Integer: how many times the event has been forwarded between clouds.</summary>
    public const string Hops = "evroutehops";

    /// <summary>String: the clouds the event has passed, comma-separated in order, e.g. <c>azure,aws</c>.</summary>
    public const string Path = "evroutepath";
}
