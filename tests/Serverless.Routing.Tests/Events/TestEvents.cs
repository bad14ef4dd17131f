using System.Text;
using Serverless.Routing.Events;

namespace Serverless.Routing.Tests.Events;

/// <summary>Inline JSON events for the codec tests.</summary>
internal static class TestEvents
{
    public const string Core = "\"specversion\":\"1.0\",\"id\":\"A234-1234-1234\",\"source\":\"/mycontext\",\"type\":\"com.example.someevent\"";

    /// <summary>A minimal valid event with <paramref name="extra"/> members appended (include the leading comma).</summary>
    public static string Minimal(string extra = "") => "{" + Core + extra + "}";

    /// <summary>An event with the core attributes given as raw JSON members (so a test can drop or change one).</summary>
    public static string With(params string[] members) => "{" + string.Join(",", members) + "}";

    public static DecodeResult Decode(string json, DecoderOptions? options = null) =>
        CloudEventJson.Decode(Encoding.UTF8.GetBytes(json), options);

    public static CloudEvent DecodeValid(string json)
    {
        var result = Decode(json);
        Assert.True(result.Success, result.Error);
        return result.Event;
    }

    public static string DecodeError(string json, DecoderOptions? options = null)
    {
        var result = Decode(json, options);
        Assert.False(result.Success, $"expected a rejection of {json}");
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
        Assert.DoesNotContain('\n', result.Error);
        return result.Error;
    }

    public static string Text(EventData data) => Encoding.UTF8.GetString(data.Bytes.Span);
}
