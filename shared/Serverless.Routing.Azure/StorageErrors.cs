using Azure;
using Azure.Identity;
using Azure.Storage.Queues.Models;
using Serverless.Routing.Delivery;

namespace Serverless.Routing.Azure;

/// <summary>Sorts Storage Queue failures into transient and permanent.</summary>
internal static class StorageErrors
{
    /// <summary>The send result for a failed send.</summary>
    public static SendResult Classify(Exception exception) => exception switch
    {
        RequestFailedException failed when IsTransient(failed) => SendResult.Transient($"Storage Queue send failed: {Describe(failed)}"),
        RequestFailedException failed => SendResult.Permanent(FailureReasons.Rejected, $"the Storage Queue refused the event: {Describe(failed)}"),

        // A credential that cannot get a token is an outage or a configuration problem, not the event's fault.
        AuthenticationFailedException or CredentialUnavailableException => SendResult.Transient($"Storage Queue credential failed: {FirstLine(exception.Message)}"),
        _ => SendResult.Transient($"Storage Queue send failed: {exception.GetType().Name}: {FirstLine(exception.Message)}"),
    };

    /// <summary>
    /// No response (status 0: connection refused, DNS, time-out), 408, 429, 5xx (503 is the service's throttling),
    /// 404 QueueNotFound and 403: a missing queue or a role assignment that has not propagated yet is a deployment or
    /// outage problem that the platform's redelivery and poison queue cover; dead-lettering every event while it
    /// lasts would be worse. (A SAS or role that is wrong for good ends in the poison queue after maxDequeueCount.)
    /// </summary>
    public static bool IsTransient(RequestFailedException failed)
    {
        ArgumentNullException.ThrowIfNull(failed);
        return failed.Status is 0 or 403 or 408 or 429 or >= 500 || IsQueueNotFound(failed);
    }

    /// <summary>True for 404 QueueNotFound.</summary>
    public static bool IsQueueNotFound(RequestFailedException failed) =>
        failed.Status == 404 && (failed.ErrorCode is null || failed.ErrorCode == QueueErrorCode.QueueNotFound.ToString());

    /// <summary>Status, error code and the first line of the message (the rest is headers).</summary>
    public static string Describe(RequestFailedException failed) =>
        $"{failed.Status} {failed.ErrorCode ?? "no error code"}: {FirstLine(failed.Message)}";

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end];
    }
}
