using System.Net;
using Serverless.Functions.Aws;
using Serverless.Routing.Configuration;

namespace Serverless.Aws.Tests;

public sealed class SecretSettingsTests
{
    private const string Arn = "arn:aws:secretsmanager:us-east-1:123456789012:secret:evroute-azure-abc";

    [Fact]
    public void Get_SecretArnSet_ReadsSecretStringThroughTheExtensionWithTheSessionToken()
    {
        var extension = new FakeExtension(HttpStatusCode.OK, """{"ARN":"x","SecretString":"https://acct.queue.core.windows.net/q?sv=1&sig=s"}""");
        var env = new Dictionary<string, string> { ["EVROUTE_AZURE_QUEUE_URL_SECRET_ARN"] = Arn, ["AWS_SESSION_TOKEN"] = "session-1" };
        var settings = new SecretSettings(env.GetValueOrDefault, new HttpMessageInvoker(extension));

        Assert.Equal("https://acct.queue.core.windows.net/q?sv=1&sig=s", settings.Get("EVROUTE_AZURE_QUEUE_URL"));
        Assert.Equal("https://acct.queue.core.windows.net/q?sv=1&sig=s", settings.Get("EVROUTE_AZURE_QUEUE_URL"));

        Assert.Equal(1, extension.Calls);
        Assert.Equal("session-1", extension.Token);
        Assert.Contains(Uri.EscapeDataString(Arn), extension.Url, StringComparison.Ordinal);
        Assert.StartsWith("http://localhost:2773/secretsmanager/get", extension.Url, StringComparison.Ordinal);
    }

    [Fact]
    public void Get_PlainSettingPresent_WinsWithoutCallingTheExtension()
    {
        var extension = new FakeExtension(HttpStatusCode.OK, "{}");
        var env = new Dictionary<string, string> { ["EVROUTE_AZURE_QUEUE_URL"] = "plain", ["EVROUTE_AZURE_QUEUE_URL_SECRET_ARN"] = Arn };

        Assert.Equal("plain", new SecretSettings(env.GetValueOrDefault, new HttpMessageInvoker(extension)).Get("EVROUTE_AZURE_QUEUE_URL"));
        Assert.Equal(0, extension.Calls);
    }

    [Fact]
    public void Get_ExtensionRefuses_ThrowsNamingTheArnSetting()
    {
        var extension = new FakeExtension(HttpStatusCode.BadRequest, "no");
        var env = new Dictionary<string, string> { ["EVROUTE_AZURE_QUEUE_URL_SECRET_ARN"] = Arn };

        var error = Assert.Throws<SettingsException>(() => new SecretSettings(env.GetValueOrDefault, new HttpMessageInvoker(extension)).Get("EVROUTE_AZURE_QUEUE_URL"));

        Assert.Equal("EVROUTE_AZURE_QUEUE_URL_SECRET_ARN", error.Setting);
    }

    [Fact]
    public void Get_NeitherSet_ReturnsNull() =>
        Assert.Null(new SecretSettings(_ => null, new HttpMessageInvoker(new FakeExtension(HttpStatusCode.OK, "{}"))).Get("EVROUTE_AZURE_QUEUE_URL"));

    private sealed class FakeExtension(HttpStatusCode status, string body) : HttpMessageHandler
    {
        public int Calls { get; private set; }

        public string? Token { get; private set; }

        public string? Url { get; private set; }

        protected override HttpResponseMessage Send(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            Calls++;
            Token = request.Headers.TryGetValues("X-Aws-Parameters-Secrets-Token", out var values) ? values.Single() : null;
            Url = request.RequestUri!.ToString();
            return new HttpResponseMessage(status) { Content = new StringContent(body) };
        }

        protected override Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken) =>
            Task.FromResult(Send(request, cancellationToken));
    }
}
