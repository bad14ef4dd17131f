using System.Text;
using Amazon.SQS;
using Serverless.Routing.Delivery;
using Serverless.Routing.Events;

namespace Serverless.Routing.Aws;

/// <summary>
/// Sends CloudEvents to an SQS queue in structured mode (the event as JSON in the body, a <c>content-type</c>
/// attribute of <c>application/cloudevents+json</c>) with <c>SendMessageBatch</c>: at most 10 entries and 1 MiB per
/// call, calls run concurrently (bounded). A FIFO queue gets a group id from the configured attribute and a
/// deduplication id from the event's source and id.
/// </summary>
public sealed class SqsSink : IEventSink
{
    /// <summary>The message attribute naming the body's media type.</summary>
    public const string ContentTypeAttribute = "content-type";

    private static readonly Dictionary<string, string> StructuredAttributes = new(StringComparer.Ordinal)
    {
        [ContentTypeAttribute] = CloudEventJson.MediaType,
    };

    private static readonly int AttributeBytes = SqsOutgoing.AttributeBytes(StructuredAttributes);

    private readonly IAmazonSQS client;

    /// <summary>Creates a sink with a client built from <paramref name="options"/>.</summary>
    public SqsSink(SqsSinkOptions options)
        : this(options, SqsClientFactory.Create(options))
    {
    }

    /// <summary>Creates a sink over an existing client.</summary>
    public SqsSink(SqsSinkOptions options, IAmazonSQS client)
    {
        Options = options ?? throw new ArgumentNullException(nameof(options));
        this.client = client ?? throw new ArgumentNullException(nameof(client));
    }

    /// <summary>The largest encoded event this sink sends: 1 MiB less its <c>content-type</c> attribute.</summary>
    public static int MaxEventBytes => SqsLimits.MaxMessageBytes - AttributeBytes;

    /// <summary>The settings in force.</summary>
    public SqsSinkOptions Options { get; }

    /// <inheritdoc />
    public Cloud Destination => Cloud.Aws;

    /// <inheritdoc />
    public async Task<IReadOnlyList<SendResult>> SendAsync(IReadOnlyList<CloudEvent> events, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(events);
        var results = new SendResult[events.Count];
        var outgoing = new List<SqsOutgoing>(events.Count);
        for (var i = 0; i < events.Count; i++)
        {
            if (Prepare(i, events[i], out var failure) is { } message)
            {
                outgoing.Add(message);
            }
            else
            {
                results[i] = failure;
            }
        }

        // A FIFO queue keeps the order it is given: one batch at a time, so batches cannot overtake each other.
        var concurrency = Options.IsFifo ? 1 : Options.MaxConcurrentBatches;
        await SqsBatchSender.SendAsync(client, Options.QueueUrl, outgoing, results, concurrency, cancellationToken).ConfigureAwait(false);
        return results;
    }

    private SqsOutgoing? Prepare(int index, CloudEvent cloudEvent, out SendResult failure)
    {
        failure = default;
        byte[] encoded;
        try
        {
            encoded = CloudEventJson.Encode(cloudEvent);
        }
        catch (ArgumentException ex)
        {
            failure = SendResult.Permanent(FailureReasons.Invalid, SqsErrors.OneLine(ex.Message));
            return null;
        }

        if (encoded.Length > MaxEventBytes)
        {
            failure = SendResult.Permanent(
                FailureReasons.TooLarge,
                $"event is {encoded.Length} bytes; the SQS limit is {SqsLimits.MaxMessageBytes} ({MaxEventBytes} for the event beside its content-type attribute)");
            return null;
        }

        var fifo = Options.IsFifo;
        return new SqsOutgoing(
            index,
            Encoding.UTF8.GetString(encoded),
            encoded.Length + AttributeBytes,
            fifo ? SqsFifoIds.GroupId(cloudEvent.GetAttribute(Options.FifoGroupAttribute)) : null,
            fifo ? SqsFifoIds.DeduplicationId(cloudEvent.Source, cloudEvent.Id) : null,
            StructuredAttributes);
    }
}
