using System.Text;
using Amazon.SQS;
using Serverless.Routing.Configuration;
using Serverless.Routing.DeadLetters;
using Serverless.Routing.Delivery;

namespace Serverless.Routing.Aws;

/// <summary>
/// Writes dead letters to an SQS queue: the original body untouched, the <see cref="DeadLetterFields"/> and the
/// original <c>content-type</c> as String message attributes (8 at most, within SQS's 10).
/// </summary>
public sealed class SqsDeadLetterWriter : IDeadLetterWriter
{
    private readonly IAmazonSQS client;

    /// <summary>Creates a writer for <paramref name="queueUrl"/> over <paramref name="client"/>.</summary>
    public SqsDeadLetterWriter(IAmazonSQS client, Uri queueUrl)
    {
        this.client = client ?? throw new ArgumentNullException(nameof(client));
        QueueUrl = queueUrl ?? throw new ArgumentNullException(nameof(queueUrl));
    }

    /// <summary>The dead-letter queue.</summary>
    public Uri QueueUrl { get; }

    /// <summary>
    /// A writer for <c>EVROUTE_DEADLETTER_QUEUE_URL</c>, or null when it is not set. Region: the URL's, else
    /// <c>AWS_REGION</c>; endpoint override and credentials as for the sink.
    /// </summary>
    public static SqsDeadLetterWriter? FromSettings(SettingsReader settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        var options = SqsSettings.Bind(settings, "EVROUTE_DEADLETTER_QUEUE_URL", "url", "AWS_REGION");
        return options is null ? null : new SqsDeadLetterWriter(SqsClientFactory.Create(options), options.QueueUrl);
    }

    /// <inheritdoc />
    public async Task WriteAsync(IReadOnlyList<DeadLetter> letters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(letters);
        var fifo = QueueUrl.AbsolutePath.EndsWith(".fifo", StringComparison.Ordinal);
        var messages = letters.Select((letter, i) => ToMessage(i, letter, fifo)).ToList();
        var results = new SendResult[letters.Count];
        await SqsBatchSender.SendAsync(client, QueueUrl, messages, results, 4, cancellationToken).ConfigureAwait(false);
        var failures = results.Select((r, i) => (r, i)).Where(x => x.r.Status != SendStatus.Sent).ToList();
        if (failures.Count > 0)
        {
            var (first, index) = failures[0];
            throw new InvalidOperationException(
                $"{failures.Count} of {letters.Count} dead letters were not written to {QueueUrl}; message {letters[index].Message.MessageId}: {first.Detail}");
        }
    }

    private static SqsOutgoing ToMessage(int index, DeadLetter letter, bool fifo)
    {
        var attributes = letter.ToFields();
        var contentType = letter.Message.ContentType ?? ContentTypeAttribute(letter.Message);
        if (contentType is not null)
        {
            attributes[SqsSink.ContentTypeAttribute] = contentType;
        }

        // The original attributes (a binary-mode CloudEvent's ce-* ones, say) travel as one JSON attribute: SQS
        // would not take them one by one beside the reason fields, and without them the event loses its identity.
        var originals = letter.Message.Attributes.Where(a => a.Key != SqsSink.ContentTypeAttribute).ToList();
        if (originals.Count > 0)
        {
            attributes[DeadLetterFields.OriginalAttributes] = OriginalAttributesJson(originals);
        }

        var body = Encoding.UTF8.GetString(letter.Message.Body.Span);
        var bytes = Encoding.UTF8.GetByteCount(body) + SqsOutgoing.AttributeBytes(attributes);
        if (bytes > SqsLimits.MaxMessageBytes || attributes.Count > SqsLimits.MaxMessageAttributes)
        {
            // Left to the caller: it reports the message as failed, and the source queue's redrive policy moves it.
            throw new InvalidOperationException(
                $"dead letter for message {letter.Message.MessageId} is {bytes} bytes with its attributes; the SQS limit is {SqsLimits.MaxMessageBytes}");
        }

        // A redelivered message dead-lettered twice within five minutes is stored once.
        var id = letter.Message.MessageId;
        return new SqsOutgoing(index, body, bytes, fifo ? SqsFifoIds.GroupId(id) : null, fifo ? SqsFifoIds.DeduplicationId("deadletter", id) : null, attributes);
    }

    private static string OriginalAttributesJson(List<KeyValuePair<string, string>> originals)
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var json = new System.Text.Json.Utf8JsonWriter(buffer))
        {
            json.WriteStartObject();
            foreach (var (name, value) in originals)
            {
                json.WriteString(name, value);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }

    private static string? ContentTypeAttribute(IncomingMessage message) =>
        message.Attributes.TryGetValue(SqsSink.ContentTypeAttribute, out var value) ? value : null;
}
