using System.Text;
using Azure;
using Azure.Storage.Queues;
using Microsoft.Extensions.Logging;
using Serverless.Routing.DeadLetters;

namespace Serverless.Routing.Azure;

/// <summary>
/// Writes dead letters to the Azure poison queue as <see cref="PoisonMessageFormat"/> wrappers in plain-text
/// encoding. The original is never lost: when a wrapper cannot be written as such (over 64 KiB, not UTF-8, refused
/// by the service) the original body alone is written Base64, as the host's own poison message would be, and the
/// reason goes to the log. Any other failure throws, so the message is retried.
/// </summary>
public sealed class StorageQueueDeadLetterWriter : IDeadLetterWriter
{
    private readonly QueueClient plainText;
    private readonly QueueClient base64;
    private readonly ILogger logger;

    /// <summary>
    /// Creates the writer over two clients for the same queue, one with <see cref="QueueMessageEncoding.None"/> and
    /// one with <see cref="QueueMessageEncoding.Base64"/> (see <see cref="StorageQueueClients"/>).
    /// </summary>
    public StorageQueueDeadLetterWriter(QueueClient plainTextQueue, QueueClient base64Queue, ILogger logger)
    {
        plainText = plainTextQueue ?? throw new ArgumentNullException(nameof(plainTextQueue));
        base64 = base64Queue ?? throw new ArgumentNullException(nameof(base64Queue));
        this.logger = logger ?? throw new ArgumentNullException(nameof(logger));
    }

    /// <summary>The dead-letter queue's name.</summary>
    public string QueueName => plainText.Name;

    /// <inheritdoc />
    public async Task WriteAsync(IReadOnlyList<DeadLetter> letters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(letters);
        foreach (var letter in letters)
        {
            await WriteOneAsync(letter, cancellationToken).ConfigureAwait(false);
        }
    }

    private async Task WriteOneAsync(DeadLetter letter, CancellationToken cancellationToken)
    {
        var wrapper = PoisonMessageFormat.Wrap(letter);
        string fallbackWhy;
        if (wrapper is null)
        {
            fallbackWhy = "the original body is not valid UTF-8";
        }
        else if (Encoding.UTF8.GetByteCount(wrapper) is var size && size > StorageQueueLimits.MaxMessageBytes)
        {
            fallbackWhy = $"the wrapper would be {size} bytes; the Storage Queue limit is {StorageQueueLimits.MaxMessageBytes}";
        }
        else
        {
            try
            {
                await SendAsync(plainText, BinaryData.FromString(wrapper), cancellationToken).ConfigureAwait(false);
                return;
            }
            catch (RequestFailedException ex) when (ex.Status is >= 400 and < 500 && !StorageErrors.IsTransient(ex))
            {
                fallbackWhy = $"the service refused the wrapper: {StorageErrors.Describe(ex)}";
            }
        }

        await WriteOriginalAsync(letter, fallbackWhy, cancellationToken).ConfigureAwait(false);
    }

    private async Task WriteOriginalAsync(DeadLetter letter, string fallbackWhy, CancellationToken cancellationToken)
    {
        var body = letter.Message.Body;
        var encoded = StorageQueueLimits.Base64Length(body.Length);
        if (encoded > StorageQueueLimits.MaxMessageBytes)
        {
            // Cannot happen for a message that came through a Storage Queue; retrying lets the host poison it whole.
            throw new InvalidOperationException(
                $"dead letter for message {letter.Message.MessageId} cannot be written: {fallbackWhy}, and the original is {encoded} bytes after Base64");
        }

        await SendAsync(base64, BinaryData.FromBytes(body), cancellationToken).ConfigureAwait(false);
        logger.LogWarning(
            "Dead letter for message {MessageId} written as the Base64 original without the wrapper because {FallbackReason}; dead-letter reason {Reason}: {Detail}",
            letter.Message.MessageId, fallbackWhy, letter.Reason, letter.Detail);
    }

    private static async Task SendAsync(QueueClient queue, BinaryData message, CancellationToken cancellationToken)
    {
        try
        {
            await queue.SendMessageAsync(message, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
        catch (RequestFailedException ex) when (StorageErrors.IsQueueNotFound(ex))
        {
            // The host creates <queue>-poison only on its first poison message; ours may come first.
            await queue.CreateIfNotExistsAsync(cancellationToken: cancellationToken).ConfigureAwait(false);
            await queue.SendMessageAsync(message, cancellationToken: cancellationToken).ConfigureAwait(false);
        }
    }
}
