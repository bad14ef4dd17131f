using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Serverless.Routing;
using Serverless.Routing.Delivery;

namespace Serverless.Functions.Gcp.Push;

/// <summary>The one log line per message: the shared outcome line plus what this endpoint answered.</summary>
public static class PushLog
{
    /// <summary>Log lines are not HTML: keep quotes and non-ASCII readable.</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The line for a routed message.</summary>
    public static string Line(MessageOutcome outcome, PushRequest request, PushAnswer answer)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(request);
        var line = JsonNode.Parse(OutcomeLog.ToJson(outcome, Cloud.Gcp, cloudLoggingSeverity: true))!.AsObject();
        line["httpStatus"] = answer.Status;
        line["request"] = request.Kind;
        if (request.Subscription is not null)
        {
            line["subscription"] = request.Subscription;
        }

        if (answer.DeadLetter is not null)
        {
            line["deadLetter"] = answer.DeadLetter;
        }

        if (answer.DeadLetterError is not null)
        {
            // The message is retried, not lost, but nothing will route it until the dead-letter topic works.
            line["severity"] = "ERROR";
            line["deadLetterError"] = answer.DeadLetterError;
        }

        return line.ToJsonString(JsonOptions);
    }
}
