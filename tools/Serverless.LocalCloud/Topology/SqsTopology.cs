using System.Globalization;
using System.Text.Json;
using Amazon.SQS;
using Amazon.SQS.Model;

namespace Serverless.LocalCloud.Topology;

/// <summary>
/// Creates the SQS side as the Pulumi program does: a dead-letter queue kept 14 days that only the inbound queue may
/// redrive into, and the inbound queue (1 MiB messages) whose redrive policy moves a message after
/// <see cref="LocalTopology.MaxReceiveCount"/> receives. Creating again only re-applies the attributes.
/// </summary>
public static class SqsTopology
{
    /// <summary>Creates or updates both queues; returns their URLs.</summary>
    public static async Task<LocalQueues> EnsureAsync(IAmazonSQS sqs, LocalTopology topology, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(sqs);
        ArgumentNullException.ThrowIfNull(topology);
        var dlqUrl = await EnsureQueueAsync(sqs, topology.AwsDeadLetter, new() { ["MessageRetentionPeriod"] = "1209600" }, cancellationToken).ConfigureAwait(false);
        var dlqArn = await ArnAsync(sqs, dlqUrl, cancellationToken).ConfigureAwait(false);
        var redrive = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["deadLetterTargetArn"] = dlqArn,
            ["maxReceiveCount"] = topology.MaxReceiveCount.ToString(CultureInfo.InvariantCulture),
        });
        var inboundUrl = await EnsureQueueAsync(sqs, topology.AwsInbound, new()
        {
            ["RedrivePolicy"] = redrive,
            ["MaximumMessageSize"] = "1048576",
            ["VisibilityTimeout"] = topology.VisibilityTimeoutSeconds.ToString(CultureInfo.InvariantCulture),
            ["MessageRetentionPeriod"] = "345600",
        }, cancellationToken).ConfigureAwait(false);
        var inboundArn = await ArnAsync(sqs, inboundUrl, cancellationToken).ConfigureAwait(false);
        var allow = JsonSerializer.Serialize(new Dictionary<string, object>
        {
            ["redrivePermission"] = "byQueue",
            ["sourceQueueArns"] = new[] { inboundArn },
        });
        try
        {
            await sqs.SetQueueAttributesAsync(new SetQueueAttributesRequest
            {
                QueueUrl = dlqUrl,
                Attributes = new() { ["RedriveAllowPolicy"] = allow },
            }, cancellationToken).ConfigureAwait(false);
        }
        catch (AmazonSQSException)
        {
            // An emulator without RedriveAllowPolicy still redrives; the policy only restricts who may.
        }

        return new LocalQueues(new Uri(inboundUrl), new Uri(dlqUrl), inboundArn);
    }

    private static async Task<string> EnsureQueueAsync(IAmazonSQS sqs, string name, Dictionary<string, string> attributes, CancellationToken cancellationToken)
    {
        try
        {
            var created = await sqs.CreateQueueAsync(new CreateQueueRequest { QueueName = name, Attributes = attributes }, cancellationToken).ConfigureAwait(false);
            return created.QueueUrl;
        }
        catch (AmazonSQSException ex) when (ex is QueueNameExistsException || ex.ErrorCode is "QueueAlreadyExists" or "QueueNameExists")
        {
            // Exists with other attributes: keep the queue (and its messages), bring the attributes in line.
            var url = (await sqs.GetQueueUrlAsync(name, cancellationToken).ConfigureAwait(false)).QueueUrl;
            await sqs.SetQueueAttributesAsync(url, attributes, cancellationToken).ConfigureAwait(false);
            return url;
        }
    }

    private static async Task<string> ArnAsync(IAmazonSQS sqs, string url, CancellationToken cancellationToken)
    {
        var attributes = await sqs.GetQueueAttributesAsync(url, ["QueueArn"], cancellationToken).ConfigureAwait(false);
        return attributes.QueueARN;
    }
}
