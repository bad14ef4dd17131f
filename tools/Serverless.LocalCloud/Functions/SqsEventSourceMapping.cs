using Amazon.SQS;
using Amazon.SQS.Model;

namespace Serverless.LocalCloud.Functions;

/// <summary>
/// A local SQS event source mapping that behaves like Lambda's: long-polls batches, builds the SQS event, invokes
/// the function, and deletes only the messages that succeeded (ReportBatchItemFailures). A function error, or a
/// response that is not a valid partial batch response, leaves the whole batch for redelivery after the visibility
/// timeout; the queue's redrive policy then moves repeated failures to the dead-letter queue.
/// </summary>
public sealed class SqsEventSourceMapping : IAsyncDisposable
{
    private readonly IAmazonSQS sqs;
    private readonly Uri queueUrl;
    private readonly string queueArn;
    private readonly string region;
    private readonly ILambdaInvoker function;
    private readonly SqsMappingOptions options;
    private readonly Action<string> log;
    private readonly CancellationTokenSource stopping = new();
    private Task loop = Task.CompletedTask;
    private long invocations;
    private long functionErrors;

    /// <summary>Creates the mapping (not yet polling).</summary>
    public SqsEventSourceMapping(IAmazonSQS sqs, Uri queueUrl, string queueArn, string region, ILambdaInvoker function, SqsMappingOptions options, Action<string> log)
    {
        this.sqs = sqs ?? throw new ArgumentNullException(nameof(sqs));
        this.queueUrl = queueUrl ?? throw new ArgumentNullException(nameof(queueUrl));
        this.queueArn = queueArn ?? throw new ArgumentNullException(nameof(queueArn));
        this.region = region ?? throw new ArgumentNullException(nameof(region));
        this.function = function ?? throw new ArgumentNullException(nameof(function));
        this.options = options ?? throw new ArgumentNullException(nameof(options));
        this.log = log ?? throw new ArgumentNullException(nameof(log));
    }

    /// <summary>The function this mapping invokes.</summary>
    public ILambdaInvoker Function => function;

    /// <summary>While true no batches are received (the benchmark fills the queue first).</summary>
    public bool Paused { get; set; }

    /// <summary>Invocations so far.</summary>
    public long Invocations => Interlocked.Read(ref invocations);

    /// <summary>Invocations that ended in a function error.</summary>
    public long FunctionErrors => Interlocked.Read(ref functionErrors);

    /// <summary>Starts polling.</summary>
    public void Start() => loop = Task.Run(() => RunAsync(stopping.Token));

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await stopping.CancelAsync().ConfigureAwait(false);
        try
        {
            await loop.ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            // Stopped while polling or invoking: the batch becomes visible again, as after a mapping is disabled.
        }

        await function.DisposeAsync().ConfigureAwait(false);
        stopping.Dispose();
    }

    private async Task RunAsync(CancellationToken cancellationToken)
    {
        while (!cancellationToken.IsCancellationRequested)
        {
            try
            {
                if (Paused)
                {
                    await Task.Delay(100, cancellationToken).ConfigureAwait(false);
                    continue;
                }

                var received = await sqs.ReceiveMessageAsync(new ReceiveMessageRequest
                {
                    QueueUrl = queueUrl.ToString(),
                    MaxNumberOfMessages = options.BatchSize,
                    WaitTimeSeconds = options.WaitTimeSeconds,
                    MessageSystemAttributeNames = ["All"],
                    MessageAttributeNames = ["All"],
                }, cancellationToken).ConfigureAwait(false);
                if (received.Messages is { Count: > 0 } messages)
                {
                    await InvokeAsync(messages, cancellationToken).ConfigureAwait(false);
                }
            }
            catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
            {
                return;
            }
            catch (Exception ex) when (ex is AmazonSQSException or HttpRequestException or Amazon.Runtime.AmazonServiceException or Amazon.Runtime.AmazonClientException)
            {
                log($"aws mapping: SQS call failed, retrying in 1 s: {ex.Message.ReplaceLineEndings(" ")}");
                await Task.Delay(TimeSpan.FromSeconds(1), cancellationToken).ConfigureAwait(false);
            }
        }
    }

    private async Task InvokeAsync(List<Message> messages, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref invocations);
        var payload = SqsEventBuilder.Build(messages, queueArn, region);
        var result = await function.InvokeAsync(payload, options.FunctionTimeout, cancellationToken).ConfigureAwait(false);
        if (result.IsError)
        {
            Interlocked.Increment(ref functionErrors);
            log($"aws mapping: function error {result.ErrorType}; {messages.Count} messages left for redelivery");
            return;
        }

        var failed = BatchResponseReader.FailedIds(result.Body, messages.Select(m => m.MessageId));
        if (failed is null)
        {
            Interlocked.Increment(ref functionErrors);
            log("aws mapping: invalid partial batch response; the whole batch is left for redelivery");
            return;
        }

        var done = messages.Where(m => !failed.Contains(m.MessageId)).ToList();
        for (var offset = 0; offset < done.Count; offset += 10)
        {
            var chunk = done.Skip(offset).Take(10).Select((m, i) => new DeleteMessageBatchRequestEntry($"m{i}", m.ReceiptHandle)).ToList();
            var answer = await sqs.DeleteMessageBatchAsync(queueUrl.ToString(), chunk, CancellationToken.None).ConfigureAwait(false);
            if (answer.Failed is { Count: > 0 } notDeleted)
            {
                log($"aws mapping: {notDeleted.Count} deletes failed ({notDeleted[0].Message}); those messages will be delivered again");
            }
        }
    }
}
