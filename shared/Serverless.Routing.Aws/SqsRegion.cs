using System.Text.RegularExpressions;

namespace Serverless.Routing.Aws;

/// <summary>Region names and how a queue URL reveals its region.</summary>
public static partial class SqsRegion
{
    /// <summary>True for a region-shaped name such as <c>us-east-1</c> or <c>us-gov-west-1</c>.</summary>
    public static bool IsValid(string region) => RegionPattern().IsMatch(region);

    /// <summary>
    /// The region in a queue URL's host: <c>sqs.REGION.amazonaws.com</c>, the legacy <c>REGION.queue.amazonaws.com</c>,
    /// and emulator hosts like <c>sqs.REGION.localhost</c>; null when the host names none (e.g. <c>127.0.0.1</c>).
    /// </summary>
    public static string? FromQueueUrl(Uri queueUrl)
    {
        ArgumentNullException.ThrowIfNull(queueUrl);
        var labels = queueUrl.Host.Split('.');
        for (var i = 0; i < labels.Length - 1; i++)
        {
            if (labels[i] == "sqs" && IsValid(labels[i + 1]))
            {
                return labels[i + 1];
            }

            if (labels[i + 1] == "queue" && IsValid(labels[i]))
            {
                return labels[i];
            }
        }

        return null;
    }

    [GeneratedRegex("^[a-z]{2}(-[a-z]+)+-[0-9]+$", RegexOptions.CultureInvariant)]
    private static partial Regex RegionPattern();
}
