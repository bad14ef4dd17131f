using System.Globalization;
using System.Net.Http.Headers;
using Serverless.Routing.Delivery;

namespace Serverless.Routing.Gcp;

/// <summary>
/// Publishes to Pub/Sub over its REST API (<c>POST {endpoint}/v1/{topic}:publish</c>), splitting into requests of at
/// most 1000 messages and 10 MB. A request succeeds or fails whole: 429, 5xx, time-outs and network errors are
/// transient, any other status is a permanent <c>rejected</c>. Without a token source (an emulator) no
/// <c>Authorization</c> header is sent.
/// </summary>
public sealed class PubSubPublisher
{
    private readonly HttpClient http;
    private readonly IAccessTokenSource? tokens;
    private readonly string baseUrl;

    /// <summary>Creates a publisher on <paramref name="endpoint"/> (e.g. <c>https://pubsub.googleapis.com</c>).</summary>
    public PubSubPublisher(HttpClient httpClient, Uri endpoint, IAccessTokenSource? tokenSource, PubSubLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(httpClient);
        ArgumentNullException.ThrowIfNull(endpoint);
        http = httpClient;
        tokens = tokenSource;
        Endpoint = endpoint;
        Limits = limits ?? PubSubLimits.Default;
        baseUrl = endpoint.GetLeftPart(UriPartial.Path).TrimEnd('/');
    }

    /// <summary>The REST base URL.</summary>
    public Uri Endpoint { get; }

    /// <summary>The limits requests are split by.</summary>
    public PubSubLimits Limits { get; }

    /// <summary>True when requests carry an access token (false against an emulator).</summary>
    public bool Authenticates => tokens is not null;

    /// <summary>Publishes <paramref name="messages"/> to <paramref name="topic"/> (<c>projects/P/topics/T</c>); one result per message, in order.</summary>
    public async Task<IReadOnlyList<SendResult>> PublishAsync(string topic, IReadOnlyList<PubSubMessage> messages, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(topic);
        ArgumentNullException.ThrowIfNull(messages);
        var results = new SendResult[messages.Count];
        var entries = new byte[]?[messages.Count];
        for (var i = 0; i < messages.Count; i++)
        {
            var size = messages[i].Size;
            if (size > Limits.MaxMessageBytes)
            {
                results[i] = SendResult.Permanent(
                    FailureReasons.TooLarge,
                    $"the Pub/Sub message would be {size.ToString(CultureInfo.InvariantCulture)} bytes (data and attributes); the limit is {Limits.MaxMessageBytes.ToString(CultureInfo.InvariantCulture)}");
                continue;
            }

            entries[i] = PublishRequestJson.Entry(messages[i]);
        }

        foreach (var batch in PublishBatcher.Split(entries, Limits))
        {
            var body = PublishRequestJson.Body(batch.ConvertAll(i => entries[i]!));
            var result = await SendAsync(topic, body, cancellationToken).ConfigureAwait(false);
            foreach (var i in batch)
            {
                results[i] = result;
            }
        }

        return results;
    }

    private async Task<SendResult> SendAsync(string topic, byte[] body, CancellationToken cancellationToken)
    {
        try
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, $"{baseUrl}/v1/{topic}:publish");
            request.Content = new ByteArrayContent(body);
            request.Content.Headers.ContentType = new MediaTypeHeaderValue("application/json") { CharSet = "utf-8" };
            if (tokens is not null)
            {
                var token = await tokens.GetAccessTokenAsync(cancellationToken).ConfigureAwait(false);
                request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
            }

            using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
            if (response.IsSuccessStatusCode)
            {
                return SendResult.Sent;
            }

            var detail = await PubSubErrors.DescribeAsync(response, topic, cancellationToken).ConfigureAwait(false);
            return PubSubErrors.IsTransient(response.StatusCode)
                ? SendResult.Transient(detail)
                : SendResult.Permanent(FailureReasons.Rejected, detail);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw;
        }
        catch (Exception ex) when (ex is HttpRequestException or OperationCanceledException or IOException)
        {
            return SendResult.Transient($"publishing to {topic} failed: {ex.GetType().Name}: {ex.Message}");
        }
#pragma warning disable CA1031 // a credential that cannot produce a token now (metadata server, STS) is worth a retry
        catch (Exception ex)
#pragma warning restore CA1031
        {
            return SendResult.Transient($"no access token for {topic}: {ex.GetType().Name}: {ex.Message}");
        }
    }
}
