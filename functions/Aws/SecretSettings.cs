using System.Collections.Concurrent;
using System.Text.Json;
using Serverless.Routing.Configuration;

namespace Serverless.Functions.Aws;

/// <summary>
/// Lambda has no secret references in its environment, so the Pulumi program sets <c>NAME_SECRET_ARN</c> instead of a
/// secret setting <c>NAME</c> (today: the SAS-bearing <c>EVROUTE_AZURE_QUEUE_URL</c>). This lookup resolves such a
/// setting once, at start-up, through the AWS Parameters and Secrets Lambda Extension on localhost (AWSSDK's
/// Secrets Manager client is not available here, and the extension also caches), authenticated with the
/// function's own session token. A plain <c>NAME</c> always wins.
/// </summary>
public sealed class SecretSettings
{
    private readonly Func<string, string?> environment;
    private readonly HttpMessageInvoker http;
    private readonly ConcurrentDictionary<string, string?> resolved = new(StringComparer.Ordinal);

    public SecretSettings(Func<string, string?> environment, HttpMessageInvoker http)
    {
        this.environment = environment;
        this.http = http;
    }

    /// <summary>Settings from the process environment with secrets resolved through the extension.</summary>
    public static SettingsReader FromEnvironment() =>
        new(new SecretSettings(Environment.GetEnvironmentVariable, new HttpClient { Timeout = TimeSpan.FromSeconds(5) }).Get);

    public string? Get(string name)
    {
        var plain = environment(name);
        if (!string.IsNullOrWhiteSpace(plain))
        {
            return plain;
        }

        var arnSetting = name + "_SECRET_ARN";
        var arn = environment(arnSetting);
        return string.IsNullOrWhiteSpace(arn) ? null : resolved.GetOrAdd(name, _ => Fetch(arnSetting, arn.Trim()));
    }

    private string Fetch(string arnSetting, string arn)
    {
        var port = environment("PARAMETERS_SECRETS_EXTENSION_HTTP_PORT") ?? "2773";
        using var request = new HttpRequestMessage(HttpMethod.Get, $"http://localhost:{port}/secretsmanager/get?secretId={Uri.EscapeDataString(arn)}");
        request.Headers.Add("X-Aws-Parameters-Secrets-Token", environment("AWS_SESSION_TOKEN") ?? string.Empty);
        try
        {
            using var response = http.Send(request, CancellationToken.None);
            if (!response.IsSuccessStatusCode)
            {
                throw new SettingsException(arnSetting, $"the secrets extension answered {(int)response.StatusCode} for {arn}");
            }

            using var body = JsonDocument.Parse(response.Content.ReadAsStream());
            return body.RootElement.TryGetProperty("SecretString", out var value) && value.GetString() is { Length: > 0 } text
                ? text
                : throw new SettingsException(arnSetting, $"secret {arn} has no SecretString");
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or JsonException)
        {
            throw new SettingsException(
                arnSetting,
                $"cannot read secret {arn} through the AWS Parameters and Secrets Lambda Extension on port {port} (is its layer attached? evroute:awsSecretsExtensionLayerArn): {ex.Message}");
        }
    }
}
