using System.CommandLine;
using Evroute.Dlq.Config;

namespace Evroute.Dlq;

/// <summary>The connection options every <c>dlq</c> verb takes (one set of instances per verb).</summary>
internal sealed class ConnectionOptions
{
    private readonly Option<bool> local = new("--local") { Description = "Use the local topology (emulators); the default when no other connection option is given." };
    private readonly Option<string?> stack = Text("--stack-outputs", "FILE|-", "'pulumi stack output --json' of the deployed stack (a file, or - for standard input).");
    private readonly Option<string?> awsDlq = Text("--aws-dlq-url", "URL", "The SQS dead-letter queue.");
    private readonly Option<string?> awsInbound = Text("--aws-inbound-url", "URL", "The SQS inbound queue.");
    private readonly Option<string?> awsRegion = Text("--aws-region", "REGION", "AWS region (default: AWS_REGION, else the queue URL's).");
    private readonly Option<string?> awsEndpoint = Text("--aws-endpoint", "URL", "SQS endpoint override, e.g. an emulator (loopback: dummy credentials).");
    private readonly Option<string?> azureConnection = Text("--azure-connection-string", "TEXT", "Storage connection string (else --azure-account-url with DefaultAzureCredential).");
    private readonly Option<string?> azureAccount = Text("--azure-account-url", "URL", "https://ACCOUNT.queue.core.windows.net, authenticated with DefaultAzureCredential.");
    private readonly Option<string?> azurePoison = Text("--azure-poison-queue", "NAME", "The poison queue (default: the inbound queue's name + -poison).");
    private readonly Option<string?> azureInbound = Text("--azure-inbound-queue", "NAME", "The inbound queue.");
    private readonly Option<string?> gcpProject = Text("--gcp-project", "PROJECT", "Google project of short subscription and topic names.");
    private readonly Option<string?> gcpDlq = Text("--gcp-dlq-subscription", "NAME", "The pull subscription holding the dead letters.");
    private readonly Option<string?> gcpInbound = Text("--gcp-inbound-topic", "NAME", "The inbound topic.");
    private readonly Option<string?> gcpEndpoint = Text("--gcp-endpoint", "HOST:PORT|URL", "Pub/Sub endpoint (default: PUBSUB_EMULATOR_HOST, else pubsub.googleapis.com with application default credentials).");

    public void AddTo(Command command)
    {
        foreach (var option in new Option[] { local, stack, awsDlq, awsInbound, awsRegion, awsEndpoint, azureConnection, azureAccount, azurePoison, azureInbound, gcpProject, gcpDlq, gcpInbound, gcpEndpoint })
        {
            command.Options.Add(option);
        }
    }

    public DlqFlags Read(ParseResult result) => new()
    {
        Local = result.GetValue(local),
        StackOutputs = result.GetValue(stack),
        AwsDlqUrl = result.GetValue(awsDlq),
        AwsInboundUrl = result.GetValue(awsInbound),
        AwsRegion = result.GetValue(awsRegion),
        AwsEndpoint = result.GetValue(awsEndpoint),
        AzureConnectionString = result.GetValue(azureConnection),
        AzureAccountUrl = result.GetValue(azureAccount),
        AzurePoisonQueue = result.GetValue(azurePoison),
        AzureInboundQueue = result.GetValue(azureInbound),
        GcpProject = result.GetValue(gcpProject),
        GcpDlqSubscription = result.GetValue(gcpDlq),
        GcpInboundTopic = result.GetValue(gcpInbound),
        GcpEndpoint = result.GetValue(gcpEndpoint),
    };

    private static Option<string?> Text(string name, string helpName, string description) => new(name) { Description = description, HelpName = helpName };
}
