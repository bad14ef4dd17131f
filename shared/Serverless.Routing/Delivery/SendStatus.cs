namespace Serverless.Routing.Delivery;

/// <summary>The result of sending one event to one destination.</summary>
public enum SendStatus
{
    /// <summary>The destination accepted the event.</summary>
    Sent,

    /// <summary>Worth retrying: throttling, 5xx, time-outs, connection failures.</summary>
    Transient,

    /// <summary>Will never succeed as it is: too large, refused, malformed for that destination.</summary>
    Permanent,
}
