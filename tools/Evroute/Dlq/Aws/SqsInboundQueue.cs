using Amazon.SQS;
using Amazon.SQS.Model;
using Serverless.Routing;
using Serverless.Routing.Aws;
using Serverless.Routing.Delivery;

namespace Evroute.Dlq.Aws;

/// <summary>The AWS inbound queue: CloudEvents through the router's own <see cref="SqsSink"/>, native messages as they were.</summary>
internal sealed class SqsInboundQueue(IAmazonSQS client, SqsQueueAddress queue, string region, Uri? serviceUrl) : IInboundQueue
{
    private SqsSink? sink;

    public Cloud Cloud => Cloud.Aws;

    public string Name => queue.Name;

    public async Task<SendResult> SendAsync(RedriveMessage message, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(message);
        try
        {
            var queueUrl = await queue.UrlAsync(cancellationToken).ConfigureAwait(false);
            if (message.Event is { } cloudEvent)
            {
                sink ??= new SqsSink(new SqsSinkOptions { QueueUrl = new Uri(queueUrl), Region = region, ServiceUrl = serviceUrl }, client);
                return (await sink.SendAsync([cloudEvent], cancellationToken).ConfigureAwait(false))[0];
            }

            var request = new SendMessageRequest
            {
                QueueUrl = queueUrl,
                MessageBody = System.Text.Encoding.UTF8.GetString(message.Body.Span),
                MessageAttributes = message.Attributes.Count == 0
                    ? null
                    : message.Attributes.ToDictionary(a => a.Key, a => new MessageAttributeValue { DataType = "String", StringValue = a.Value }),
            };
            await client.SendMessageAsync(request, cancellationToken).ConfigureAwait(false);
            return SendResult.Sent;
        }
        catch (Exception ex) when (SqsFailures.IsStoreFailure(ex))
        {
            return SendResult.Transient(SqsFailures.Describe(ex));
        }
    }
}
