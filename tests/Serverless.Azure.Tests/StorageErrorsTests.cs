using Azure;
using Serverless.Routing;
using Serverless.Routing.Azure;
using Serverless.Routing.Delivery;

namespace Serverless.Azure.Tests;

public sealed class StorageErrorsTests
{
    [Theory]
    [InlineData(0, null, SendStatus.Transient)]
    [InlineData(408, null, SendStatus.Transient)]
    [InlineData(429, null, SendStatus.Transient)]
    [InlineData(500, "InternalError", SendStatus.Transient)]
    [InlineData(503, "ServerBusy", SendStatus.Transient)]
    [InlineData(404, "QueueNotFound", SendStatus.Transient)]
    [InlineData(400, "InvalidXmlDocument", SendStatus.Permanent)]
    [InlineData(413, "RequestBodyTooLarge", SendStatus.Permanent)]
    [InlineData(403, "AuthorizationPermissionMismatch", SendStatus.Transient)]
    [InlineData(404, "ResourceNotFound", SendStatus.Permanent)]
    public void Classify_Status_SortsTransientFromPermanent(int status, string? code, SendStatus expected)
    {
        var result = StorageErrors.Classify(new RequestFailedException(status, "the service said no\nheaders...", code, null));

        Assert.Equal(expected, result.Status);
        Assert.Equal(expected == SendStatus.Permanent ? FailureReasons.Rejected : null, result.Reason);
        Assert.DoesNotContain("headers", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public void Classify_Timeout_IsTransient() =>
        Assert.Equal(SendStatus.Transient, StorageErrors.Classify(new TaskCanceledException("timed out")).Status);
}
