namespace Serverless.Functions.Aws;

/// <summary>The invocation payload is not an SQS event: the invocation fails as a whole, so nothing is dropped silently.</summary>
public sealed class InvalidSqsEventException : Exception
{
    /// <summary>Creates the exception.</summary>
    public InvalidSqsEventException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception with its cause.</summary>
    public InvalidSqsEventException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    /// <summary>Creates the exception with no detail.</summary>
    public InvalidSqsEventException()
        : this("the payload is not an SQS event")
    {
    }
}
