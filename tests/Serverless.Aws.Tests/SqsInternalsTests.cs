using Amazon.SQS.Model;
using Serverless.Routing;
using Serverless.Routing.Aws;
using Serverless.Routing.Delivery;

namespace Serverless.Aws.Tests;

public sealed class SqsInternalsTests
{
    [Fact]
    public void Plan_LargeMessages_SplitsAtOneMebibyteAndTenEntries()
    {
        var big = Enumerable.Range(0, 3).Select(i => Outgoing(i, 400_000));
        var small = Enumerable.Range(3, 21).Select(i => Outgoing(i, 100));

        var batches = SqsBatchPlanner.Plan(big.Concat(small));

        Assert.All(batches, b => Assert.InRange(b.Count, 1, SqsLimits.MaxBatchEntries));
        Assert.All(batches, b => Assert.InRange(b.Sum(m => m.Bytes), 1, SqsLimits.MaxBatchBytes));
        Assert.Equal(Enumerable.Range(0, 24), batches.SelectMany(b => b).Select(m => m.Index));
        Assert.Equal([2, 10, 10, 2], batches.Select(b => b.Count));
    }

    [Theory]
    [InlineData("//orders.example.com", "//orders.example.com")]
    [InlineData("", "evroute")]
    public void GroupId_ShortValue_IsKept(string value, string expected) => Assert.Equal(expected, SqsFifoIds.GroupId(value));

    [Fact]
    public void GroupId_LongOrSpacedValue_IsAtMost128AllowedCharsAndStable()
    {
        var value = "urn:tenant with spaces:" + new string('x', 300);

        var id = SqsFifoIds.GroupId(value);

        Assert.InRange(id.Length, 1, SqsLimits.MaxFifoIdLength);
        Assert.All(id, c => Assert.InRange(c, '!', '~'));
        Assert.Equal(id, SqsFifoIds.GroupId(value));
        Assert.NotEqual(id, SqsFifoIds.GroupId(value + "y"));
    }

    [Theory]
    [InlineData(true, SendStatus.Permanent)]
    [InlineData(false, SendStatus.Transient)]
    public void Classify_FailedEntry_SenderFaultIsPermanent(bool senderFault, SendStatus expected)
    {
        var result = SqsErrors.Classify(new BatchResultErrorEntry { Id = "e0", Code = "InvalidParameterValue", Message = "bad", SenderFault = senderFault });

        Assert.Equal(expected, result.Status);
        Assert.Equal(senderFault ? FailureReasons.Rejected : null, result.Reason);
    }

    [Fact]
    public void Classify_Throttling_IsTransient() =>
        Assert.Equal(SendStatus.Transient, SqsErrors.Classify(new RequestThrottledException("slow down")).Status);

    private static SqsOutgoing Outgoing(int index, int bytes) => new(index, "x", bytes, null, null, new Dictionary<string, string>());
}
