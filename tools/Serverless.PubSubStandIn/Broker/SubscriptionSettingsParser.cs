using Serverless.PubSubStandIn.Wire;

namespace Serverless.PubSubStandIn.Broker;

/// <summary>Validates a subscription body with Google's documented ranges.</summary>
internal static class SubscriptionSettingsParser
{
    private static readonly TimeSpan DefaultMinimumBackoff = TimeSpan.FromSeconds(10);
    private static readonly TimeSpan DefaultMaximumBackoff = TimeSpan.FromSeconds(600);

    public static SubscriptionSettings Parse(Subscription body, Func<string, bool> topicExists)
    {
        var topic = ResourceNames.CheckTopicName(body.Topic, "topic");
        if (!topicExists(topic))
        {
            throw ApiException.NotFound(topic);
        }

        var ackDeadline = body.AckDeadlineSeconds is null or 0 ? 10 : body.AckDeadlineSeconds.Value;
        if (ackDeadline is < 10 or > 600)
        {
            throw ApiException.Invalid("Invalid ack deadline given: ackDeadlineSeconds must be between 10 and 600.");
        }

        var retention = body.MessageRetentionDuration is null
            ? TimeSpan.FromDays(7)
            : Durations.Parse(body.MessageRetentionDuration, "messageRetentionDuration");
        if (retention < TimeSpan.FromMinutes(10) || retention > TimeSpan.FromDays(31))
        {
            throw ApiException.Invalid("messageRetentionDuration must be between 10 minutes and 31 days.");
        }

        return new SubscriptionSettings
        {
            Topic = topic,
            Push = CheckPush(body.PushConfig),
            AckDeadlineSeconds = ackDeadline,
            Retry = ParseRetry(body.RetryPolicy),
            DeadLetterTopic = body.DeadLetterPolicy?.DeadLetterTopic is { Length: > 0 } dlt ? CheckDeadLetterTopic(dlt, topicExists) : null,
            MaxDeliveryAttempts = ParseMaxAttempts(body.DeadLetterPolicy),
            Retention = retention,
            EnableMessageOrdering = body.EnableMessageOrdering ?? false,
            RetainAckedMessages = body.RetainAckedMessages ?? false,
            Labels = body.Labels,
        };
    }

    /// <summary>An empty push config (no endpoint) means pull, as in modifyPushConfig.</summary>
    public static PushConfig? CheckPush(PushConfig? push)
    {
        if (string.IsNullOrEmpty(push?.PushEndpoint))
        {
            return null;
        }

        if (!Uri.TryCreate(push.PushEndpoint, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
        {
            throw ApiException.Invalid($"Invalid push endpoint given (endpoint={push.PushEndpoint}).");
        }

        if (push.OidcToken is { } oidc && string.IsNullOrEmpty(oidc.ServiceAccountEmail))
        {
            throw ApiException.Invalid("pushConfig.oidcToken.serviceAccountEmail is required.");
        }

        return push;
    }

    private static string CheckDeadLetterTopic(string name, Func<string, bool> topicExists)
    {
        var topic = ResourceNames.CheckTopicName(name, "deadLetterTopic");
        return topicExists(topic) ? topic : throw ApiException.NotFound(topic);
    }

    private static int ParseMaxAttempts(DeadLetterPolicy? policy)
    {
        var attempts = policy?.MaxDeliveryAttempts is null or 0 ? 5 : policy.MaxDeliveryAttempts.Value;
        return attempts is < 5 or > 100
            ? throw ApiException.Invalid("Invalid max_delivery_attempts: it must be between 5 and 100.")
            : attempts;
    }

    private static (TimeSpan, TimeSpan)? ParseRetry(RetryPolicy? policy)
    {
        if (policy is null)
        {
            return null;
        }

        var min = policy.MinimumBackoff is null ? DefaultMinimumBackoff : Durations.Parse(policy.MinimumBackoff, "minimumBackoff");
        var max = policy.MaximumBackoff is null ? DefaultMaximumBackoff : Durations.Parse(policy.MaximumBackoff, "maximumBackoff");
        if (min < TimeSpan.Zero || max > TimeSpan.FromSeconds(600) || min > max)
        {
            throw ApiException.Invalid("Invalid retry policy: 0s <= minimumBackoff <= maximumBackoff <= 600s.");
        }

        return (min, max);
    }
}
