using Amazon.SQS;

namespace Evroute.Dlq.Aws;

/// <summary>A queue known by URL, or by name and looked up once with <c>GetQueueUrl</c> (the local topology).</summary>
internal sealed class SqsQueueAddress
{
    private readonly IAmazonSQS client;
    private string? url;

    public SqsQueueAddress(IAmazonSQS client, string? url, string? name)
    {
        this.client = client;
        this.url = url;
        Name = name ?? url?.TrimEnd('/').Split('/')[^1] ?? throw new ArgumentException("a queue needs a URL or a name");
    }

    public string Name { get; }

    public async Task<string> UrlAsync(CancellationToken cancellationToken)
    {
        if (url is null)
        {
            var response = await client.GetQueueUrlAsync(Name, cancellationToken).ConfigureAwait(false);
            url = response.QueueUrl;
        }

        return url;
    }
}
