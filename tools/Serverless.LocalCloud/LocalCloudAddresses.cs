using System.Text.Json;
using Serverless.LocalCloud.Topology;

namespace Serverless.LocalCloud;

/// <summary>
/// Where a running local environment's queues are: written by <c>evroute local up</c> to <c>.local/local/state.json</c>
/// so <c>send</c> and <c>watch</c> in another terminal find the same queues and ports.
/// </summary>
public sealed record LocalCloudAddresses
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };

    /// <summary>The names.</summary>
    public required LocalTopology Topology { get; init; }

    /// <summary>The emulators and the Google function's port.</summary>
    public required LocalEndpoints Endpoints { get; init; }

    /// <summary>SQS inbound queue URL.</summary>
    public required Uri AwsInbound { get; init; }

    /// <summary>SQS dead-letter queue URL.</summary>
    public required Uri AwsDeadLetter { get; init; }

    /// <summary>The journal file of the run, when there is one.</summary>
    public string? JournalPath { get; init; }

    /// <summary>The addresses of the contract topology, when no state file exists (URLs as fauxqs forms them).</summary>
    public static LocalCloudAddresses Default(LocalEndpoints endpoints)
    {
        ArgumentNullException.ThrowIfNull(endpoints);
        var topology = LocalTopology.Default;
        var account = new Uri(endpoints.SqsServiceUrl, "000000000000/");
        return new LocalCloudAddresses
        {
            Topology = topology,
            Endpoints = endpoints,
            AwsInbound = new Uri(account, topology.AwsInbound),
            AwsDeadLetter = new Uri(account, topology.AwsDeadLetter),
        };
    }

    /// <summary>The addresses after the topology was created.</summary>
    public static LocalCloudAddresses From(LocalTopology topology, LocalEndpoints endpoints, LocalQueues queues, string? journalPath)
    {
        ArgumentNullException.ThrowIfNull(queues);
        return new LocalCloudAddresses
        {
            Topology = topology,
            Endpoints = endpoints,
            AwsInbound = queues.AwsInbound,
            AwsDeadLetter = queues.AwsDeadLetter,
            JournalPath = journalPath,
        };
    }

    /// <summary>Writes the state file.</summary>
    public async Task SaveAsync(string path, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.GetFullPath(path))!);
        await File.WriteAllTextAsync(path, JsonSerializer.Serialize(this, Json), cancellationToken).ConfigureAwait(false);
    }

    /// <summary>Reads a state file; null when it is missing or unreadable.</summary>
    public static LocalCloudAddresses? Load(string path)
    {
        try
        {
            return File.Exists(path) ? JsonSerializer.Deserialize<LocalCloudAddresses>(File.ReadAllText(path), Json) : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
