using System.Globalization;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Amazon.SQS;
using Azure.Storage.Queues;

namespace Serverless.LocalCloud.DeadLetters;

/// <summary>How many messages each inbound and dead-letter queue holds now (for <c>evroute local watch</c>).</summary>
public sealed class DeadLetterDepths(IAmazonSQS sqs, LocalCloudAddresses addresses, HttpClient pubSub)
{
    /// <summary>Queue name to depth; null where the emulator cannot say (Google's own emulator has no statistics).</summary>
    public async Task<IReadOnlyList<(string Cloud, string Queue, long? Depth)>> ReadAsync(CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(addresses);
        var topology = addresses.Topology;
        var stats = await PubSubStatsAsync(cancellationToken).ConfigureAwait(false);
        return
        [
            ("aws", topology.AwsInbound, await SqsDepthAsync(addresses.AwsInbound, cancellationToken).ConfigureAwait(false)),
            ("aws", topology.AwsDeadLetter, await SqsDepthAsync(addresses.AwsDeadLetter, cancellationToken).ConfigureAwait(false)),
            ("azure", topology.AzureInbound, await StorageDepthAsync(addresses, topology.AzureInbound, cancellationToken).ConfigureAwait(false)),
            ("azure", topology.AzurePoison, await StorageDepthAsync(addresses, topology.AzurePoison, cancellationToken).ConfigureAwait(false)),
            ("gcp", topology.GcpPushSubscriptionId, Backlog(stats, topology.GcpProject, topology.GcpPushSubscriptionId)),
            ("gcp", topology.GcpDeadLetterSubscriptionId, Backlog(stats, topology.GcpProject, topology.GcpDeadLetterSubscriptionId)),
        ];
    }

    private async Task<long?> SqsDepthAsync(Uri queue, CancellationToken cancellationToken)
    {
        try
        {
            var attributes = await sqs.GetQueueAttributesAsync(queue.ToString(), ["ApproximateNumberOfMessages", "ApproximateNumberOfMessagesNotVisible"], cancellationToken).ConfigureAwait(false);
            return (long)attributes.ApproximateNumberOfMessages + attributes.ApproximateNumberOfMessagesNotVisible;
        }
        catch (Exception ex) when (ex is AmazonSQSException or HttpRequestException or Amazon.Runtime.AmazonClientException)
        {
            return null;
        }
    }

    private static async Task<long?> StorageDepthAsync(LocalCloudAddresses addresses, string queue, CancellationToken cancellationToken)
    {
        try
        {
            var properties = await new QueueClient(addresses.Endpoints.AzureConnectionString, queue).GetPropertiesAsync(cancellationToken).ConfigureAwait(false);
            return properties.Value.ApproximateMessagesCount;
        }
        catch (Exception ex) when (ex is Azure.RequestFailedException or HttpRequestException or AggregateException)
        {
            return null;
        }
    }

    private async Task<JsonNode?> PubSubStatsAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await pubSub.GetFromJsonAsync<JsonNode>(new Uri("standin/stats", UriKind.Relative), cancellationToken).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is HttpRequestException or System.Text.Json.JsonException or TaskCanceledException)
        {
            return null;
        }
    }

    private static long? Backlog(JsonNode? stats, string project, string subscription) =>
        stats?["subscriptions"]?[$"projects/{project}/subscriptions/{subscription}"]?["backlog"] is { } backlog
            ? long.Parse(backlog.ToJsonString(), CultureInfo.InvariantCulture)
            : null;
}
