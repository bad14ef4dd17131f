using Azure.Storage.Queues.Models;
using Microsoft.Azure.Functions.Worker;

namespace Serverless.Functions.Azure;

/// <summary>The queue-triggered entry point; all the work is in <see cref="InboundMessageProcessor"/>.</summary>
public sealed class InboundQueueFunction(InboundMessageProcessor processor)
{
    /// <summary>The function's name in the host.</summary>
    public const string Name = "evroute-inbound";

    /// <summary>Routes one message from the inbound queue; an exception makes the host retry it.</summary>
    [Function(Name)]
    public Task RunAsync(
        [QueueTrigger("%EVROUTE_INBOUND_QUEUE%", Connection = "EVROUTE_STORAGE")] QueueMessage message,
        CancellationToken cancellationToken) =>
        processor.ProcessAsync(message, cancellationToken);
}
