using Google.Apis.Auth.OAuth2;
using Serverless.Routing.Configuration;

namespace Serverless.Routing.Gcp;

/// <summary>
/// Builds a <see cref="PubSubPublisher"/> from settings: <c>PUBSUB_EMULATOR_HOST</c> (host:port, plain HTTP, no
/// credentials) wins, as in Google's client libraries; otherwise <c>EVROUTE_GCP_ENDPOINT</c> (default
/// <c>https://pubsub.googleapis.com</c>) with application default credentials, or with the service-account key
/// in <c>EVROUTE_GCP_CREDENTIALS_JSON</c> (the content, as a Key Vault reference delivers it) when
/// <c>GOOGLE_APPLICATION_CREDENTIALS</c> is not set.
/// </summary>
public static class PubSubPublisherFactory
{
    /// <summary>Google's REST endpoint.</summary>
    public static readonly Uri DefaultEndpoint = new("https://pubsub.googleapis.com");

    // One client and one credential per process: connections are pooled and the token cache is shared.
    private static readonly Lazy<HttpClient> SharedClient = new(() => new HttpClient(new SocketsHttpHandler
    {
        PooledConnectionLifetime = TimeSpan.FromMinutes(5),
        ConnectTimeout = TimeSpan.FromSeconds(10),
    })
    {
        Timeout = TimeSpan.FromSeconds(30),
    });

    private static readonly Lazy<GoogleAccessTokenSource> SharedTokens = new(() => new GoogleAccessTokenSource());

    /// <summary>The publisher the settings describe.</summary>
    /// <exception cref="SettingsException">An endpoint setting is malformed.</exception>
    public static PubSubPublisher FromSettings(SettingsReader settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var emulator = EmulatorEndpoint(settings);
        return emulator is not null
            ? new PubSubPublisher(SharedClient.Value, emulator, tokenSource: null)
            : new PubSubPublisher(SharedClient.Value, settings.OptionalUri("EVROUTE_GCP_ENDPOINT") ?? DefaultEndpoint, Tokens(settings));
    }

    private static GoogleAccessTokenSource Tokens(SettingsReader settings)
    {
        var json = settings.Optional("EVROUTE_GCP_CREDENTIALS_JSON");
        if (json is null || settings.Optional("GOOGLE_APPLICATION_CREDENTIALS") is not null)
        {
            return SharedTokens.Value;
        }

        try
        {
            return new GoogleAccessTokenSource(CredentialFactory.FromJson<ServiceAccountCredential>(json).ToGoogleCredential());
        }
        catch (Exception ex) when (ex is InvalidOperationException or ArgumentException or Newtonsoft.Json.JsonException)
        {
            // The message would echo nothing secret, but the key itself must never reach a log: name the setting only.
            throw new SettingsException("EVROUTE_GCP_CREDENTIALS_JSON", $"is not a service-account key JSON ({ex.GetType().Name})");
        }
    }

    /// <summary><c>http://host:port</c> from <c>PUBSUB_EMULATOR_HOST</c>, or null when it is not set.</summary>
    public static Uri? EmulatorEndpoint(SettingsReader settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var host = settings.Optional("PUBSUB_EMULATOR_HOST");
        if (host is null)
        {
            return null;
        }

        var text = host.Contains("://", StringComparison.Ordinal) ? host : "http://" + host;
        return Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https" && uri.Host.Length > 0
            ? uri
            : throw new SettingsException("PUBSUB_EMULATOR_HOST", $"'{host}' is not host:port");
    }
}
