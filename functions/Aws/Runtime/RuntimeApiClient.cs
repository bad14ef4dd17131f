using System.Globalization;
using System.Net.Http.Headers;
using System.Text.Json;
using Serverless.Functions.Aws.Model;

namespace Serverless.Functions.Aws.Runtime;

/// <summary>
/// A client of the Lambda Runtime API (<c>http://${AWS_LAMBDA_RUNTIME_API}/2018-06-01</c>) for the provided.al2023
/// custom runtime: next invocation, response, invocation error, init error.
/// </summary>
public sealed class RuntimeApiClient
{
    private const string ErrorTypeHeader = "Lambda-Runtime-Function-Error-Type";
    private readonly HttpClient http;

    /// <summary>Creates a client over <paramref name="http"/>, whose base address is the API root (see <see cref="CreateHttpClient"/>).</summary>
    public RuntimeApiClient(HttpClient http) => this.http = http ?? throw new ArgumentNullException(nameof(http));

    /// <summary>An HTTP client for <paramref name="hostAndPort"/> (the value of AWS_LAMBDA_RUNTIME_API) with no time-out: next blocks until an event comes.</summary>
    public static HttpClient CreateHttpClient(string hostAndPort) => new()
    {
        BaseAddress = new Uri($"http://{hostAndPort}/2018-06-01/"),
        Timeout = Timeout.InfiniteTimeSpan,
    };

    /// <summary>Waits for the next invocation.</summary>
    public async Task<Invocation> GetNextAsync(CancellationToken cancellationToken)
    {
        using var response = await http.GetAsync(new Uri("runtime/invocation/next", UriKind.Relative), cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
        var requestId = Header(response, "Lambda-Runtime-Aws-Request-Id")
            ?? throw new HttpRequestException("the Runtime API answered without Lambda-Runtime-Aws-Request-Id");
        var deadline = long.TryParse(Header(response, "Lambda-Runtime-Deadline-Ms"), NumberStyles.None, CultureInfo.InvariantCulture, out var ms)
            && ms <= 253402300799999
            ? DateTimeOffset.FromUnixTimeMilliseconds(ms)
            : (DateTimeOffset?)null;
        var payload = await response.Content.ReadAsByteArrayAsync(cancellationToken).ConfigureAwait(false);
        return new Invocation(requestId, deadline, Header(response, "Lambda-Runtime-Invoked-Function-Arn"), Header(response, "Lambda-Runtime-Trace-Id"), payload);
    }

    /// <summary>Posts the invocation's response.</summary>
    public Task PostResponseAsync(string requestId, byte[] body, CancellationToken cancellationToken)
    {
        var content = new ByteArrayContent(body);
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return PostAsync($"runtime/invocation/{Uri.EscapeDataString(requestId)}/response", content, null, cancellationToken);
    }

    /// <summary>Reports that the invocation failed.</summary>
    public Task PostErrorAsync(string requestId, Exception error, CancellationToken cancellationToken) =>
        PostAsync($"runtime/invocation/{Uri.EscapeDataString(requestId)}/error", ErrorContent(error), ErrorType(error), cancellationToken);

    /// <summary>Reports that start-up failed; the process should exit afterwards.</summary>
    public Task PostInitErrorAsync(Exception error, CancellationToken cancellationToken) =>
        PostAsync("runtime/init/error", ErrorContent(error), ErrorType(error), cancellationToken);

    private async Task PostAsync(string path, HttpContent content, string? errorType, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(path, UriKind.Relative)) { Content = content };
        if (errorType is not null)
        {
            request.Headers.TryAddWithoutValidation(ErrorTypeHeader, errorType);
        }

        using var response = await http.SendAsync(request, cancellationToken).ConfigureAwait(false);
        response.EnsureSuccessStatusCode();
    }

    private static string ErrorType(Exception error) => error.GetType().Name;

    private static ByteArrayContent ErrorContent(Exception error)
    {
        ArgumentNullException.ThrowIfNull(error);
        var body = new RuntimeErrorBody { ErrorMessage = error.Message, ErrorType = ErrorType(error) };
        var content = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(body, AwsJsonContext.Default.RuntimeErrorBody));
        content.Headers.ContentType = new MediaTypeHeaderValue("application/json");
        return content;
    }

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault() : null;
}
