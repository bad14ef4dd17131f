using Azure;
using Azure.Identity;

namespace Evroute.Dlq.Azure;

/// <summary>Turns Azure SDK failures into one-line messages that say whether it is credentials or the connection.</summary>
internal static class StorageFailures
{
    public static bool IsStoreFailure(Exception exception) =>
        exception is RequestFailedException or AuthenticationFailedException or CredentialUnavailableException
            or AggregateException or HttpRequestException or IOException;

    public static string Describe(Exception exception) => exception switch
    {
        RequestFailedException { Status: 0 } failed => $"cannot reach the storage account: {FirstLine(failed.InnerException?.Message ?? failed.Message)}",
        RequestFailedException { Status: 401 or 403 } failed =>
            $"access denied ({failed.Status} {failed.ErrorCode}): the identity needs 'Storage Queue Data Message Processor' on the queue",
        RequestFailedException failed => $"{failed.Status} {failed.ErrorCode}: {FirstLine(failed.Message)}",
        CredentialUnavailableException or AuthenticationFailedException =>
            $"no Azure credentials ({FirstLine(exception.Message)}); sign in with 'az login' or set AZURE_CLIENT_ID/AZURE_TENANT_ID/AZURE_CLIENT_SECRET, or pass --azure-connection-string",
        AggregateException aggregate => $"cannot reach the storage account: {FirstLine(aggregate.InnerExceptions.LastOrDefault()?.Message ?? aggregate.Message)}",
        _ => $"cannot reach the storage account: {exception.GetType().Name}: {FirstLine(exception.Message)}",
    };

    private static string FirstLine(string text)
    {
        var end = text.IndexOfAny(['\r', '\n']);
        return end < 0 ? text : text[..end];
    }
}
