using System.Collections.Concurrent;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Amazon.SQS;
using Amazon.SQS.Model;
using Azure.Storage.Queues;
using Serverless.Routing;
using Serverless.Routing.Azure;
using Serverless.Routing.DeadLetters;
using Serverless.Routing.Events;

namespace Serverless.LocalCloud.DeadLetters;

/// <summary>
/// Drains the three dead-letter queues of a (test) topology into memory and keeps everything it read, so checks can
/// count dead letters by cloud, reason and event id. It removes what it reads: use it on private queues only
/// (<c>evroute dlq</c> is the tool for looking at shared ones).
/// </summary>
public sealed class DeadLetterCollector(IAmazonSQS sqs, Uri awsDeadLetter, QueueClient azurePoison, HttpClient pubSub, string gcpDeadLetterSubscription)
{
    private readonly ConcurrentQueue<DeadLetterRecord> records = new();

    /// <summary>Everything read so far.</summary>
    public IReadOnlyCollection<DeadLetterRecord> Records => records;

    /// <summary>Reads (and removes) whatever the three queues hold now; returns the total kept so far.</summary>
    public async Task<int> CollectAsync(CancellationToken cancellationToken)
    {
        await DrainSqsAsync(cancellationToken).ConfigureAwait(false);
        await DrainAzureAsync(cancellationToken).ConfigureAwait(false);
        await DrainPubSubAsync(cancellationToken).ConfigureAwait(false);
        return records.Count;
    }

    /// <summary>Collects until <paramref name="condition"/> holds or the time-out passes; returns whether it held.</summary>
    public async Task<bool> CollectUntilAsync(Func<IReadOnlyCollection<DeadLetterRecord>, bool> condition, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(condition);
        var deadline = DateTimeOffset.UtcNow + timeout;
        while (true)
        {
            await CollectAsync(cancellationToken).ConfigureAwait(false);
            if (condition(records))
            {
                return true;
            }

            if (DateTimeOffset.UtcNow >= deadline)
            {
                return false;
            }

            await Task.Delay(250, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task DrainSqsAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var answer = await sqs.ReceiveMessageAsync(new ReceiveMessageRequest
            {
                QueueUrl = awsDeadLetter.ToString(),
                MaxNumberOfMessages = 10,
                WaitTimeSeconds = 0,
                MessageAttributeNames = ["All"],
                MessageSystemAttributeNames = ["All"],
            }, cancellationToken).ConfigureAwait(false);
            if (answer.Messages is not { Count: > 0 } messages)
            {
                return;
            }

            foreach (var message in messages)
            {
                var attributes = message.MessageAttributes ?? [];
                var reason = attributes.TryGetValue(DeadLetterFields.Reason, out var r) ? r.StringValue : FailureReasons.MaxDeliveries;
                var eventId = attributes.TryGetValue(DeadLetterFields.EventId, out var e) ? e.StringValue : EventIdOf(Encoding.UTF8.GetBytes(message.Body ?? string.Empty));
                var detail = attributes.TryGetValue(DeadLetterFields.Detail, out var d) ? d.StringValue : null;
                records.Enqueue(new DeadLetterRecord(Cloud.Aws.ToName(), reason, eventId, message.Body ?? string.Empty, detail));
            }

            var entries = messages.Select((m, i) => new DeleteMessageBatchRequestEntry($"d{i}", m.ReceiptHandle)).ToList();
            await sqs.DeleteMessageBatchAsync(awsDeadLetter.ToString(), entries, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task DrainAzureAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            var batch = (await azurePoison.ReceiveMessagesAsync(32, TimeSpan.FromMinutes(5), cancellationToken).ConfigureAwait(false)).Value;
            if (batch.Length == 0)
            {
                return;
            }

            foreach (var message in batch)
            {
                var parsed = PoisonMessageReader.Parse(message.MessageText);
                var reason = parsed.Kind == PoisonMessageKind.Wrapped ? parsed.Reason ?? FailureReasons.Invalid : FailureReasons.MaxDeliveries;
                records.Enqueue(new DeadLetterRecord(Cloud.Azure.ToName(), reason, parsed.EventId ?? EventIdOf(parsed.Original.ToArray()), parsed.OriginalText, parsed.Detail));
                await azurePoison.DeleteMessageAsync(message.MessageId, message.PopReceipt, cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task DrainPubSubAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            using var response = await pubSub.PostAsJsonAsync(
                new Uri($"v1/{gcpDeadLetterSubscription}:pull", UriKind.Relative),
                new JsonObject { ["maxMessages"] = 500, ["returnImmediately"] = true },
                cancellationToken).ConfigureAwait(false);
            response.EnsureSuccessStatusCode();
            var json = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken).ConfigureAwait(false));
            if (json?["receivedMessages"] is not JsonArray received || received.Count == 0)
            {
                return;
            }

            var ackIds = new JsonArray();
            foreach (var item in received)
            {
                ackIds.Add(item!["ackId"]!.GetValue<string>());
                var message = item["message"]!;
                var data = message["data"] is { } encoded ? Convert.FromBase64String(encoded.GetValue<string>()) : [];
                var attributes = message["attributes"] as JsonObject;
                string? Attribute(string name) => attributes?[name]?.GetValue<string>();
                var reason = Attribute(DeadLetterFields.Reason) ?? FailureReasons.MaxDeliveries;
                var eventId = Attribute(DeadLetterFields.EventId) ?? Attribute("ce-id") ?? EventIdOf(data);
                records.Enqueue(new DeadLetterRecord(Cloud.Gcp.ToName(), reason, eventId, Encoding.UTF8.GetString(data), Attribute(DeadLetterFields.Detail)));
            }

            using var ack = await pubSub.PostAsJsonAsync(
                new Uri($"v1/{gcpDeadLetterSubscription}:acknowledge", UriKind.Relative),
                new JsonObject { ["ackIds"] = ackIds },
                cancellationToken).ConfigureAwait(false);
            ack.EnsureSuccessStatusCode();
        }
    }

    private static string? EventIdOf(byte[] body)
    {
        var decoded = CloudEventJson.Decode(body);
        return decoded.Success ? decoded.Event!.Id : null;
    }
}
