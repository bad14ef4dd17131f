namespace Serverless.Routing.Configuration;

/// <summary>A missing or bad setting; the message names it. Thrown at start-up so a function never runs half-configured.</summary>
public sealed class SettingsException : Exception
{
    /// <summary>Creates the exception for <paramref name="setting"/>.</summary>
    public SettingsException(string setting, string problem)
        : base($"setting {setting}: {problem}") => Setting = setting;

    /// <summary>Creates an exception with a message only.</summary>
    public SettingsException(string message)
        : base(message) => Setting = string.Empty;

    /// <summary>Creates an exception with a message and cause.</summary>
    public SettingsException(string message, Exception innerException)
        : base(message, innerException) => Setting = string.Empty;

    /// <summary>Creates an exception with no detail.</summary>
    public SettingsException()
        : this("invalid settings")
    {
    }

    /// <summary>The setting's name, e.g. <c>EVROUTE_AWS_QUEUE_URL</c>.</summary>
    public string Setting { get; }
}
