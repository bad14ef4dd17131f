using System.Collections.Concurrent;
using Azure;
using Azure.Storage.Queues;
using Azure.Storage.Queues.Models;

namespace Serverless.LocalCloud.Functions;

/// <summary>
/// Drives the Azure function as the Functions host's queue trigger does: dequeue batches (with the host's batch size
/// and new-batch threshold), decode Base64, hand each message to the function as a <see cref="QueueMessage"/>,
/// delete on success, make it visible again after a failure, and after <see cref="AzurePumpOptions.MaxDequeueCount"/>
/// failures move the original message to the poison queue. An idle queue is polled with back-off up to
/// <see cref="AzurePumpOptions.MaxPollingInterval"/>.
/// </summary>
public sealed class AzureQueuePump : IAsyncDisposable
{
    private readonly QueueClient inbound;
    private readonly QueueClient poison;
    private readonly Func<QueueMessage, CancellationToken, Task> function;
    private readonly AzurePumpOptions options;
    private readonly Action<string> log;
    private readonly CancellationTokenSource stopping = new();
    private readonly ConcurrentDictionary<Task, byte> inFlight = new();
    private readonly SemaphoreSlim finished = new(0);
    private Task loop = Task.CompletedTask;
    private long processed;
    private long failures;

    /// <summary>Creates a pump; both clients must use <see cref="QueueMessageEncoding.None"/> (the pump decodes Base64 itself, as the host does).</summary>
    public AzureQueuePump(QueueClient inbound, QueueClient poison, Func<QueueMessage, CancellationToken, Task> function, AzurePumpOptions options, Action<string> log)
    {
        this.inbound = inbound ?? throw new ArgumentNullException(nameof(inbound));
        this.poison = poison ?? throw new ArgumentNullException(nameof(poison));
        this.function = function ?? throw new ArgumentNullException(nameof(function));
        this.options = options ?? throw new ArgumentNullException(nameof(options));
        this.log = log ?? throw new ArgumentNullException(nameof(log));
    }

    /// <summary>While true no new messages are fetched (the benchmark fills the queue first).</summary>
    public bool Paused { get; set; }

    /// <summary>Messages the function finished without an exception.</summary>
    public long Processed => Interlocked.Read(ref processed);

    /// <summary>Function invocations that threw.</summary>
    public long Failures => Interlocked.Read(ref failures);

    /// <summary>Starts polling.</summary>
    public void Start() => loop = Task.Run(() => RunAsync(stopping.Token));

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await loop.ConfigureAwait(false);
            await Task.WhenAll(inFlight.Keys).WaitAsync(TimeSpan.FromSeconds(15)).ConfigureAwait(false);
        }
        catch (Exception ex) when (ex is OperationCanceledException or TimeoutException)
        {
            // Unfinished messages become visible again when their lease ends, as after a host shutdown.
        }

        stopping.Dispose();
        finished.Dispose();
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        var idle = TimeSpan.FromMilliseconds(100);
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                if (Paused || inFlight.Count > options.NewBatchThreshold)
                {
                    await finished.WaitAsync(TimeSpan.FromMilliseconds(100), cancellationToken).ConfigureAwait(false);
                    continue;
                }

                QueueMessage[] batch = await inbound.ReceiveMessagesAsync(options.BatchSize, options.Lease, cancellationToken).ConfigureAwait(false);
                if (batch.Length == 0)
                {
                    await Task.Delay(idle, cancellationToken).ConfigureAwait(false);
                    idle = TimeSpan.FromTicks(Math.Min(idle.Ticks * 2, options.MaxPollingInterval.Ticks));
                    continue;
                }

                idle = TimeSpan.FromMilliseconds(100);
                foreach (var message in batch)
                {
                    var task = Task.Run(() => HandleAsync(message, cancellationToken), CancellationToken.None);
                    inFlight[task] = 0;
                    _ = task.ContinueWith(t => { inFlight.TryRemove(t, out _); finished.Release(); }, TaskScheduler.Default);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is RequestFailedException or HttpRequestException or AggregateException)
            {
                log($"azure pump: dequeue failed, retrying in 1 s: {ex.Message.ReplaceLineEndings(" ")}");
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task HandleAsync(QueueMessage stored, CancellationToken cancellationToken)
    {
        try
        {
            if (!TryDecode(stored.MessageText, out var body))
            {
                // The host cannot decode it either, and poisons it at once; the text goes over unchanged.
                await PoisonAsync(stored, cancellationToken).ConfigureAwait(false);
                log($"azure pump: message {stored.MessageId} is not Base64; moved to {poison.Name}");
                return;
            }

            var message = QueuesModelFactory.QueueMessage(
                stored.MessageId, stored.PopReceipt, new BinaryData(body), stored.DequeueCount, stored.NextVisibleOn, stored.InsertedOn, stored.ExpiresOn);
            try
            {
                await function(message, cancellationToken).ConfigureAwait(false);
            }
            catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
            {
                Interlocked.Increment(ref failures);
                await FailedAsync(stored, ex, cancellationToken).ConfigureAwait(false);
                return;
            }

            Interlocked.Increment(ref processed);
            await inbound.DeleteMessageAsync(stored.MessageId, stored.PopReceipt, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // Shutting down: the lease runs out and the message is delivered again.
        }
        catch (Exception ex) when (ex is RequestFailedException or HttpRequestException)
        {
            log($"azure pump: settling message {stored.MessageId} failed (it will be delivered again): {ex.Message.ReplaceLineEndings(" ")}");
        }
    }

    private async Task FailedAsync(QueueMessage stored, Exception error, CancellationToken cancellationToken)
    {
        if (stored.DequeueCount >= options.MaxDequeueCount)
        {
            await PoisonAsync(stored, cancellationToken).ConfigureAwait(false);
            log($"azure pump: message {stored.MessageId} failed {stored.DequeueCount} times; moved to {poison.Name}: {error.Message}");
            return;
        }

        await inbound.UpdateMessageAsync(stored.MessageId, stored.PopReceipt, visibilityTimeout: options.RetryDelay, cancellationToken: cancellationToken).ConfigureAwait(false);
    }

    // The original stored text (Base64), exactly as the host's own poison message.
    private async Task PoisonAsync(QueueMessage stored, CancellationToken cancellationToken)
    {
        await poison.SendMessageAsync(stored.MessageText, cancellationToken).ConfigureAwait(false);
        await inbound.DeleteMessageAsync(stored.MessageId, stored.PopReceipt, cancellationToken).ConfigureAwait(false);
    }

    private static bool TryDecode(string text, out byte[] body)
    {
        body = new byte[text.Length];
        if (Convert.TryFromBase64String(text, body, out var written))
        {
            body = body[..written];
            return true;
        }

        return false;
    }
}
