namespace Serverless.Routing.Events;

/// <summary>What an event's data member holds.</summary>
public enum EventDataKind
{
    /// <summary>No data.</summary>
    None,

    /// <summary>
    /// A JSON value exactly as it appeared in the structured event's <c>data</c> member (raw UTF-8 JSON, a string
    /// literal included, quotes and escapes as received). Kept raw so forwarding never re-serialises the payload.
    /// </summary>
    Json,

    /// <summary>Raw bytes: from <c>data_base64</c>, or the body of a binary-mode message.</summary>
    Binary,
}
