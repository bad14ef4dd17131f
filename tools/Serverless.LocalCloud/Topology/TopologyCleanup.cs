using Amazon.SQS;
using Azure.Storage.Queues;

namespace Serverless.LocalCloud.Topology;

/// <summary>Deletes a (private, suffixed) topology's queues from the shared emulators once a run is over.</summary>
public static class TopologyCleanup
{
    /// <summary>Deletes the SQS and Storage queues of <paramref name="addresses"/>; the Pub/Sub stand-in forgets its own state when it stops.</summary>
    public static async Task DeleteAsync(IAmazonSQS sqs, LocalCloudAddresses addresses, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sqs);
        ArgumentNullException.ThrowIfNull(addresses);
        foreach (var queue in new[] { addresses.AwsInbound, addresses.AwsDeadLetter })
        {
            try
            {
                await sqs.DeleteQueueAsync(queue.ToString(), cancellationToken).ConfigureAwait(false);
            }
            catch (AmazonSQSException)
            {
                // Already gone.
            }
        }

        foreach (var name in new[] { addresses.Topology.AzureInbound, addresses.Topology.AzurePoison })
        {
            await new QueueClient(addresses.Endpoints.AzureConnectionString, name).DeleteIfExistsAsync(cancellationToken).ConfigureAwait(false);
        }
    }
}
