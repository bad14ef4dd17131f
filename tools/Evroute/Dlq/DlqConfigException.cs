namespace Evroute.Dlq;

/// <summary>The command line or stack outputs do not say enough (or say something wrong) to reach a store (exit code 2).</summary>
internal sealed class DlqConfigException : Exception
{
    public DlqConfigException(string message)
        : base(message)
    {
    }

    public DlqConfigException(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    public DlqConfigException()
        : this("the dead-letter stores are not configured")
    {
    }
}
