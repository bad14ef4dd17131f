using Serverless.LocalCloud.Functions;

namespace Serverless.LocalCloud;

/// <summary>What <see cref="LocalCloudEnvironment.StartAsync"/> brings up and how.</summary>
public sealed record LocalCloudOptions
{
    /// <summary>The checkout's root: <c>scripts/emulators.sh</c>, <c>.local/</c>.</summary>
    public required string RepositoryRoot { get; init; }

    /// <summary>The routing table every function gets (JSON text).</summary>
    public required string RoutesJson { get; init; }

    /// <summary>Queue and topic names.</summary>
    public LocalTopology Topology { get; init; } = LocalTopology.Default;

    /// <summary>Emulator addresses and the Google function's port.</summary>
    public LocalEndpoints Endpoints { get; init; } = new();

    /// <summary>Start Azurite and fauxqs through <c>scripts/emulators.sh</c> when they are not running (and stop them at the end).</summary>
    public bool StartEmulators { get; init; } = true;

    /// <summary>
    /// Use the Pub/Sub emulator at <see cref="LocalEndpoints.PubSubEmulatorHost"/> when something answers there
    /// (Google's own emulator, or a stand-in started elsewhere) instead of starting the stand-in.
    /// </summary>
    public bool UseRunningPubSubEmulator { get; init; } = true;

    /// <summary>The stand-in's back-off multiplier (1 = Google's 10 s minimum back-off).</summary>
    public double StandInBackoffScale { get; init; } = 0.1;

    /// <summary>Run the Lambda as the real <c>bootstrap</c> process (true) or call its handler in this process.</summary>
    public bool AwsAsProcess { get; init; } = true;

    /// <summary>The bootstrap executable; default the one built beside this assembly.</summary>
    public string? BootstrapPath { get; init; }

    /// <summary>Extra settings for all three functions (e.g. <c>EVROUTE_MAX_EVENT_BYTES</c>).</summary>
    public IReadOnlyDictionary<string, string> ExtraSettings { get; init; } = new Dictionary<string, string>();

    /// <summary>The Azure pump's behaviour.</summary>
    public AzurePumpOptions Azure { get; init; } = new();

    /// <summary>The SQS event source mapping's behaviour.</summary>
    public SqsMappingOptions Aws { get; init; } = new();

    /// <summary>Where the journal is written (JSON lines); null keeps it in memory.</summary>
    public string? JournalPath { get; init; }

    /// <summary>Keep every arrival's events in memory (tests).</summary>
    public bool KeepArrivals { get; init; } = true;
}
