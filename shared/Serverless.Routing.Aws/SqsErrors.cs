using Amazon.SQS.Model;
using Serverless.Routing.Delivery;

namespace Serverless.Routing.Aws;

/// <summary>Sorts SQS failures into permanent and transient.</summary>
internal static class SqsErrors
{
    /// <summary>
    /// Only a refusal of the content itself is permanent. Throttling, 5xx, time-outs and network failures are
    /// transient, and so are access and missing-queue errors: those are configuration faults an operator fixes,
    /// and the source queue's redrive policy bounds the retries meanwhile.
    /// </summary>
    public static SendResult Classify(Exception exception) => exception switch
    {
        InvalidMessageContentsException e => SendResult.Permanent(FailureReasons.Rejected, "SQS refused the message contents: " + OneLine(e.Message)),
        _ => SendResult.Transient($"SQS send failed ({exception.GetType().Name}): {OneLine(exception.Message)}"),
    };

    /// <summary>A per-entry failure of a 200 answer: the sender's fault is permanent, the service's transient.</summary>
    public static SendResult Classify(BatchResultErrorEntry entry) => entry.SenderFault == true
        ? SendResult.Permanent(FailureReasons.Rejected, $"SQS refused the message: {entry.Code}: {OneLine(entry.Message)}")
        : SendResult.Transient($"SQS could not store the message: {entry.Code}: {OneLine(entry.Message)}");

    public static string OneLine(string? text) =>
        string.IsNullOrEmpty(text) ? "(no message)" : text.ReplaceLineEndings(" ");
}
