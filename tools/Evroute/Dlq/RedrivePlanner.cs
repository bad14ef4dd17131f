using Serverless.Routing;
using Serverless.Routing.Events;
using Serverless.Routing.Routing;

namespace Evroute.Dlq;

/// <summary>Decides what a redrive of one dead letter sends to a destination cloud.</summary>
internal static class RedrivePlanner
{
    /// <summary>
    /// The messages to send, or null with <paramref name="skipReason"/> when the letter cannot go there. A CloudEvent
    /// keeps its id and loses its hop extensions (so the loop guard starts afresh); a native message goes to its own
    /// cloud as the original bytes and to another cloud as the CloudEvent the ingestor made of it.
    /// </summary>
    public static IReadOnlyList<RedriveMessage>? Plan(DeadLetterMessage letter, Cloud destination, out string? skipReason)
    {
        ArgumentNullException.ThrowIfNull(letter);
        skipReason = null;
        if (letter.Decoded.IsCloudEvent)
        {
            return [.. letter.Decoded.Events.Select(e => RedriveMessage.Of(WithoutHops(e)))];
        }

        if (destination == letter.Cloud)
        {
            return [RedriveMessage.Native(letter.Body, letter.Attributes)];
        }

        if (letter.Decoded.Events.Count > 0)
        {
            return [.. letter.Decoded.Events.Select(e => RedriveMessage.Of(WithoutHops(e)))];
        }

        skipReason = $"not a CloudEvent and the ingestor cannot map it ({letter.Decoded.Format}); it can only go back to {letter.Cloud.ToName()}";
        return null;
    }

    /// <summary><paramref name="cloudEvent"/> without <c>evroutehops</c> and <c>evroutepath</c>.</summary>
    public static CloudEvent WithoutHops(CloudEvent cloudEvent)
    {
        ArgumentNullException.ThrowIfNull(cloudEvent);
        if (!cloudEvent.Extensions.ContainsKey(HopExtensions.Hops) && !cloudEvent.Extensions.ContainsKey(HopExtensions.Path))
        {
            return cloudEvent;
        }

        var kept = new Dictionary<string, ExtensionValue>(StringComparer.Ordinal);
        foreach (var (name, value) in cloudEvent.Extensions)
        {
            if (name is not (HopExtensions.Hops or HopExtensions.Path))
            {
                kept[name] = value;
            }
        }

        return cloudEvent with { Extensions = kept };
    }
}
