using System.Text.RegularExpressions;

namespace Serverless.PubSubStandIn.Broker;

/// <summary>Google's resource-name rules, so a name the stand-in accepts is one Pub/Sub accepts too.</summary>
internal static partial class ResourceNames
{
    /// <summary>What a subscription's topic becomes once the topic is deleted, as Google shows it.</summary>
    public const string DeletedTopic = "_deleted-topic_";

    public static string Topic(string project, string id) => $"projects/{project}/topics/{CheckId(id, "topic")}";

    public static string Subscription(string project, string id) =>
        $"projects/{project}/subscriptions/{CheckId(id, "subscription")}";

    /// <summary>Checks a full topic name ("projects/p/topics/t") given in a request body.</summary>
    public static string CheckTopicName(string? name, string field)
    {
        var match = name is null ? null : TopicPattern().Match(name);
        if (match is null || !match.Success)
        {
            throw ApiException.Invalid($"Invalid [{field}] name: ({name}). It must look like projects/{{project}}/topics/{{topic}}.");
        }

        return Topic(match.Groups[1].Value, match.Groups[2].Value);
    }

    /// <summary>Splits "projects/p/subscriptions/s" into project and short name.</summary>
    public static (string Project, string Id) Split(string fullName)
    {
        var parts = fullName.Split('/');
        return (parts[1], parts[^1]);
    }

    private static string CheckId(string id, string kind)
    {
        if (!IdPattern().IsMatch(id) || id.StartsWith("goog", StringComparison.OrdinalIgnoreCase))
        {
            throw ApiException.Invalid(
                $"Invalid [{kind}s] name: ({id}). It must be 3 to 255 characters, start with a letter, "
                + "use only letters, digits and -_.~+%, and not start with \"goog\".");
        }

        return id;
    }

    [GeneratedRegex(@"^[A-Za-z][A-Za-z0-9\-_.~+%]{2,254}$")]
    private static partial Regex IdPattern();

    [GeneratedRegex(@"^projects/([^/]+)/topics/([^/]+)$")]
    private static partial Regex TopicPattern();
}
