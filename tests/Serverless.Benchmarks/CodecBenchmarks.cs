using System.Net.Mime;
using BenchmarkDotNet.Attributes;
using CloudNative.CloudEvents.SystemTextJson;
using Serverless.Routing;
using Serverless.Routing.Events;
using Serverless.Routing.Routing;

namespace Serverless.Benchmarks;

/// <summary>
/// The codec's performance requirement: decode + routing decision + encode of a 1 KiB event must cost less
/// than CloudNative.CloudEvents' JsonEventFormatter decode + encode alone.
/// </summary>
[MemoryDiagnoser]
public class CodecBenchmarks
{
    private static readonly ContentType StructuredType = new(CloudEventJson.MediaType);
    private readonly JsonEventFormatter formatter = new();
    private ReadOnlyMemory<byte> body;
    private EventRouter router10 = null!;
    private EventRouter router100 = null!;
    private CloudEvent decoded = null!;

    [GlobalSetup]
    public void Setup()
    {
        body = Samples.OneKiBEvent();
        router10 = new EventRouter(Samples.Table(10), Cloud.Azure);
        router100 = new EventRouter(Samples.Table(100), Cloud.Azure);
        decoded = CloudEventJson.Decode(body).Event ?? throw new InvalidOperationException("the sample does not decode");

        // Guards against measuring a shortcut: every variant must produce a forwarded event.
        foreach (var length in new[] { FormatterDecodeEncode(), CodecDecodeEncode(), Decision_10Routes(), Decision_100Routes() })
        {
            if (length < body.Length)
            {
                throw new InvalidOperationException($"a benchmark produced {length} bytes from a {body.Length}-byte event");
            }
        }
    }

    [Benchmark(Baseline = true)]
    public int FormatterDecodeEncode()
    {
        var cloudEvent = formatter.DecodeStructuredModeMessage(body, StructuredType, extensionAttributes: null);
        return formatter.EncodeStructuredModeMessage(cloudEvent, out _).Length;
    }

    [Benchmark]
    public int CodecDecodeEncode()
    {
        var result = CloudEventJson.Decode(body);
        return CloudEventJson.Encode(result.Event!).Length;
    }

    [Benchmark]
    public int CodecDecode() => CloudEventJson.Decode(body).Event!.Extensions.Count;

    [Benchmark]
    public int CodecEncode() => CloudEventJson.Encode(decoded).Length;

    [Benchmark]
    public int Decision_10Routes() => DecideAndForward(router10);

    [Benchmark]
    public int Decision_100Routes() => DecideAndForward(router100);

    private int DecideAndForward(EventRouter router)
    {
        var result = CloudEventJson.Decode(body);
        if (!result.Success)
        {
            throw new InvalidOperationException(result.Error);
        }

        var decision = router.Decide(result.Event);
        if (decision.Outcome != RoutingOutcome.Forward)
        {
            throw new InvalidOperationException($"expected a forward, got {decision.Outcome}: {decision.Detail}");
        }

        return CloudEventJson.Encode(router.PrepareForForward(result.Event)).Length;
    }
}
