namespace Serverless.Functions.Azure;

/// <summary>
/// Thrown for a transient failure so the Functions host makes the message visible again after
/// <c>visibilityTimeout</c> and, after <c>maxDequeueCount</c> attempts, moves it to the poison queue.
/// </summary>
public sealed class MessageRetryException : Exception
{
    /// <summary>Creates the exception for a message that must be retried.</summary>
    public MessageRetryException(string messageId, string? reason, string? detail)
        : base($"message {messageId} will be retried: {reason ?? "transient"}: {detail ?? "a destination failed transiently"}")
    {
        MessageId = messageId;
        Reason = reason;
    }

    /// <summary>Creates the exception with a message only.</summary>
    public MessageRetryException(string message)
        : base(message) => MessageId = string.Empty;

    /// <summary>Creates the exception with a message and cause.</summary>
    public MessageRetryException(string message, Exception innerException)
        : base(message, innerException) => MessageId = string.Empty;

    /// <summary>Creates the exception with no detail.</summary>
    public MessageRetryException()
        : this("message will be retried")
    {
    }

    /// <summary>The inbound message id.</summary>
    public string MessageId { get; }

    /// <summary>The reason code, when the router gave one.</summary>
    public string? Reason { get; }
}
