namespace Evroute.Dlq;

/// <summary>A dead-letter store or inbound queue cannot be reached, authenticated to or found (exit code 3).</summary>
internal sealed class DlqStoreException : Exception
{
    public DlqStoreException(string message)
        : base(message)
    {
    }

    public DlqStoreException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DlqStoreException()
        : this("the dead-letter store cannot be reached")
    {
    }
}
