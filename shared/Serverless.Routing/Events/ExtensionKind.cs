namespace Serverless.Routing.Events;

/// <summary>How an extension attribute was written in the JSON format: the format has strings, integers and booleans.</summary>
public enum ExtensionKind
{
    /// <summary>A JSON string (also used for URI, URI-reference, timestamp and binary typed attributes, which JSON carries as strings).</summary>
    String,

    /// <summary>A JSON number that is a 32-bit signed integer.</summary>
    Integer,

    /// <summary>A JSON <c>true</c> or <c>false</c>.</summary>
    Boolean,
}
