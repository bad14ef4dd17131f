using Serverless.Routing.Aws;

namespace Evroute.Dlq.Config;

/// <summary>
/// Works out where each cloud's stores are: the local topology (<c>--local</c>, or when nothing else is given), the
/// Pulumi stack outputs (<c>--stack-outputs</c>), then the per-cloud flags on top.
/// </summary>
internal static class EndpointResolver
{
    private static readonly Uri GoogleEndpoint = new("https://pubsub.googleapis.com");

    public static DlqEndpoints Resolve(DlqFlags flags, TextReader stdin, Func<string, string?> environment)
    {
        ArgumentNullException.ThrowIfNull(flags);
        var local = flags.Local || (flags.StackOutputs is null && !flags.AnyAws && !flags.AnyAzure && !flags.AnyGcp);
        var outputs = flags.StackOutputs is { } file ? StackOutputs.Read(file, stdin) : new Dictionary<string, string>();
        return new DlqEndpoints(Aws(flags, local, outputs, environment), Azure(flags, local, outputs), Gcp(flags, local, outputs, environment), local);
    }

    private static AwsEndpoints? Aws(DlqFlags flags, bool local, IReadOnlyDictionary<string, string> outputs, Func<string, string?> environment)
    {
        var dlqUrl = flags.AwsDlqUrl ?? Output(outputs, "awsDeadLetterQueueUrl");
        var inboundUrl = flags.AwsInboundUrl ?? Output(outputs, "awsInboundQueueUrl");
        if (!local && dlqUrl is null && inboundUrl is null && !flags.AnyAws)
        {
            return null;
        }

        var serviceUrl = flags.AwsEndpoint ?? (local && dlqUrl is null ? LocalTopology.SqsEndpoint : null);
        var endpoints = new AwsEndpoints
        {
            DlqUrl = dlqUrl,
            DlqName = dlqUrl is null && local ? LocalTopology.AwsDlq : null,
            InboundUrl = inboundUrl,
            InboundName = inboundUrl is null && local ? LocalTopology.AwsInbound : null,
            ServiceUrl = serviceUrl is null ? null : Absolute(serviceUrl, "--aws-endpoint"),
        };
        var fromUrl = new[] { dlqUrl, inboundUrl }.OfType<string>()
            .Select(u => Uri.TryCreate(u, UriKind.Absolute, out var uri) ? SqsRegion.FromQueueUrl(uri) : null).FirstOrDefault(r => r is not null);
        var region = flags.AwsRegion ?? environment("AWS_REGION") ?? environment("AWS_DEFAULT_REGION") ?? fromUrl
            ?? (endpoints.ServiceUrl is not null ? LocalTopology.Region : null);
        return endpoints with { Region = region };
    }

    private static AzureEndpoints? Azure(DlqFlags flags, bool local, IReadOnlyDictionary<string, string> outputs)
    {
        var account = Output(outputs, "azureStorageAccount");
        var fromStack = account is null ? null : new Uri($"https://{account}.queue.core.windows.net");
        if (!local && fromStack is null && !flags.AnyAzure)
        {
            return null;
        }

        var accountUrl = flags.AzureAccountUrl is { } url ? Absolute(url, "--azure-account-url") : flags.AzureConnectionString is null ? fromStack : null;
        var connection = flags.AzureConnectionString ?? (accountUrl is null && local ? LocalTopology.AzureConnectionString : null);
        var inbound = flags.AzureInboundQueue ?? Output(outputs, "azureInboundQueueName") ?? (local ? LocalTopology.AzureInbound : null);
        return new AzureEndpoints
        {
            ConnectionString = connection,
            AccountUrl = accountUrl,
            InboundQueue = inbound,
            PoisonQueue = flags.AzurePoisonQueue ?? Output(outputs, "azurePoisonQueueName") ?? (local ? LocalTopology.AzurePoison : inbound is null ? null : inbound + "-poison"),
        };
    }

    private static GcpEndpoints? Gcp(DlqFlags flags, bool local, IReadOnlyDictionary<string, string> outputs, Func<string, string?> environment)
    {
        var subscription = Output(outputs, "gcpDeadLetterSubscription");
        var topic = Output(outputs, "gcpInboundTopic");
        if (!local && subscription is null && topic is null && !flags.AnyGcp)
        {
            return null;
        }

        var project = flags.GcpProject ?? ProjectOf(subscription) ?? ProjectOf(topic) ?? (local ? LocalTopology.GcpProject : environment("GOOGLE_CLOUD_PROJECT"));
        var host = flags.GcpEndpoint ?? environment("PUBSUB_EMULATOR_HOST") ?? (local ? LocalTopology.PubSubHost : null);
        var endpoint = host is null ? GoogleEndpoint : Absolute(host.Contains("://", StringComparison.Ordinal) ? host : "http://" + host, "--gcp-endpoint");
        return new GcpEndpoints
        {
            Endpoint = endpoint,
            Emulator = endpoint.Scheme == Uri.UriSchemeHttp,
            DlqSubscription = FullName(flags.GcpDlqSubscription, "subscriptions", project, "--gcp-dlq-subscription")
                ?? subscription ?? (local ? $"projects/{project}/subscriptions/{LocalTopology.GcpDlqSubscription}" : null),
            InboundTopic = FullName(flags.GcpInboundTopic, "topics", project, "--gcp-inbound-topic")
                ?? topic ?? (local ? $"projects/{project}/topics/{LocalTopology.GcpInboundTopic}" : null),
        };
    }

    private static string? FullName(string? name, string kind, string? project, string flag)
    {
        if (name is null || name.StartsWith("projects/", StringComparison.Ordinal))
        {
            return name;
        }

        return project is null
            ? throw new DlqConfigException($"{flag} '{name}' is a short name: pass --gcp-project or the full projects/P/{kind}/{name}")
            : $"projects/{project}/{kind}/{name}";
    }

    private static string? ProjectOf(string? resource) =>
        resource?.Split('/') is ["projects", var project, ..] ? project : null;

    private static string? Output(IReadOnlyDictionary<string, string> outputs, string name) =>
        outputs.TryGetValue(name, out var value) && value.Length > 0 ? value : null;

    private static Uri Absolute(string text, string flag) =>
        Uri.TryCreate(text, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? uri
            : throw new DlqConfigException($"{flag} '{text}' is not an http or https URL");
}
