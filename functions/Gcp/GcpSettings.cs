using System.Globalization;
using Serverless.Routing.Configuration;
using Serverless.Routing.Gcp;

namespace Serverless.Functions.Gcp;

/// <summary>The Cloud Run service's own settings (docs/settings.md, "Each function's own cloud").</summary>
public sealed record GcpSettings
{
    /// <summary>The port Kestrel listens on (<c>PORT</c>, default 8080; 0 picks a free one).</summary>
    public int Port { get; init; } = 8080;

    /// <summary>Where permanent failures are published (<c>EVROUTE_DEADLETTER_TOPIC</c>).</summary>
    public string? DeadLetterTopic { get; init; }

    /// <summary>The push token's audience (<c>EVROUTE_PUSH_AUDIENCE</c>); null turns verification off.</summary>
    public string? PushAudience { get; init; }

    /// <summary>The push service account's email (<c>EVROUTE_PUSH_SERVICE_ACCOUNT</c>).</summary>
    public string? PushServiceAccount { get; init; }

    /// <summary>Reads and checks the settings; <see cref="SettingsException"/> names a bad one.</summary>
    public static GcpSettings Read(SettingsReader settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var audience = settings.Optional("EVROUTE_PUSH_AUDIENCE");
        var account = settings.Optional("EVROUTE_PUSH_SERVICE_ACCOUNT");
        if (account is not null && audience is null)
        {
            throw new SettingsException("EVROUTE_PUSH_SERVICE_ACCOUNT", "is set but EVROUTE_PUSH_AUDIENCE is not: without an audience no push token is verified");
        }

        // Any Google service account can mint a token for a known audience: without the e-mail check the
        // verification would let anyone inject events.
        if (audience is not null && account is null)
        {
            throw new SettingsException("EVROUTE_PUSH_SERVICE_ACCOUNT", "is required when EVROUTE_PUSH_AUDIENCE is set: the token's e-mail must be the push service account's");
        }

        if (account is not null && !account.Contains('@', StringComparison.Ordinal))
        {
            throw new SettingsException("EVROUTE_PUSH_SERVICE_ACCOUNT", $"'{account}' is not a service account email");
        }

        return new GcpSettings
        {
            Port = ReadPort(settings),
            DeadLetterTopic = PubSubTopicName.FromSettings(settings, "EVROUTE_DEADLETTER_TOPIC"),
            PushAudience = audience,
            PushServiceAccount = account,
        };
    }

    private static int ReadPort(SettingsReader settings)
    {
        var text = settings.Optional("PORT");
        if (text is null)
        {
            return 8080;
        }

        return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var port) && port <= 65535
            ? port
            : throw new SettingsException("PORT", $"'{text}' is not a port number (0-65535)");
    }
}
