namespace Serverless.Routing.Gcp;

/// <summary>A publish that had to succeed (a dead letter) did not; the message says why.</summary>
public sealed class PubSubPublishException : Exception
{
    /// <summary>Creates the exception.</summary>
    public PubSubPublishException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with a cause.</summary>
    public PubSubPublishException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with no detail.</summary>
    public PubSubPublishException()
        : this("publishing to Pub/Sub failed")
    {
    }
}
