using Azure.Storage.Queues;

namespace Serverless.LocalCloud.Topology;

/// <summary>Creates the Storage side: the inbound queue and its <c>-poison</c> queue (idempotent).</summary>
public static class StorageTopology
{
    /// <summary>Creates both queues when they are missing.</summary>
    public static async Task EnsureAsync(string connectionString, LocalTopology topology, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(topology);
        foreach (var name in new[] { topology.AzureInbound, topology.AzurePoison })
        {
            var queue = new QueueClient(connectionString, name);
            await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }
}
