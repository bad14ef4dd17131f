using Amazon.Runtime;

namespace Evroute.Dlq.Aws;

/// <summary>Turns AWS SDK failures into one-line messages that say whether it is credentials or the connection.</summary>
internal static class SqsFailures
{
    public static bool IsStoreFailure(Exception exception) =>
        exception is AmazonClientException or HttpRequestException or IOException
            || (exception is TaskCanceledException && exception.InnerException is TimeoutException);

    public static string Describe(Exception exception) => exception switch
    {
        AmazonServiceException { ErrorCode: { } code } service => $"{code}: {OneLine(service.Message)}",
        AmazonClientException client when client.Message.Contains("credentials", StringComparison.OrdinalIgnoreCase) =>
            $"no AWS credentials ({OneLine(client.Message)}); set AWS_PROFILE or AWS_ACCESS_KEY_ID/AWS_SECRET_ACCESS_KEY",
        _ => $"cannot reach SQS: {exception.GetType().Name}: {OneLine(exception.InnerException?.Message ?? exception.Message)}",
    };

    public static string OneLine(string? text) => string.IsNullOrEmpty(text) ? "(no message)" : text.ReplaceLineEndings(" ");
}
