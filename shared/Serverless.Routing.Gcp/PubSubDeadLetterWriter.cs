using System.Globalization;
using System.Text;
using Serverless.Routing.DeadLetters;
using Serverless.Routing.Delivery;

namespace Serverless.Routing.Gcp;

/// <summary>
/// Publishes dead letters to a Pub/Sub topic: the original data and attributes untouched, plus the
/// <see cref="DeadLetterFields"/> as attributes. Pub/Sub allows 100 attributes: the reason fields always fit, and
/// when the original attributes would push past the limit the surplus (last in ordinal key order) is left out and
/// counted in <c>evroute-dropped-attributes</c>.
/// </summary>
public sealed class PubSubDeadLetterWriter : IDeadLetterWriter
{
    /// <summary>How many original attributes had to be left out, when any were.</summary>
    public const string DroppedAttributesField = "evroute-dropped-attributes";

    private readonly PubSubPublisher publisher;

    /// <summary>Creates a writer publishing to <paramref name="topic"/> (<c>projects/P/topics/T</c>).</summary>
    public PubSubDeadLetterWriter(PubSubPublisher publisher, string topic)
    {
        ArgumentNullException.ThrowIfNull(publisher);
        ArgumentException.ThrowIfNullOrEmpty(topic);
        this.publisher = publisher;
        Topic = topic;
    }

    /// <summary>The dead-letter topic.</summary>
    public string Topic { get; }

    /// <inheritdoc />
    /// <exception cref="PubSubPublishException">Any letter was not published.</exception>
    public async Task WriteAsync(IReadOnlyList<DeadLetter> letters, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(letters);
        if (letters.Count == 0)
        {
            return;
        }

        var messages = letters.Select(l => ToMessage(l, publisher.Limits)).ToList();
        var results = await publisher.PublishAsync(Topic, messages, cancellationToken).ConfigureAwait(false);
        var failed = results.Select((r, i) => (r, i)).Where(x => x.r.Status != SendStatus.Sent).ToList();
        if (failed.Count > 0)
        {
            var (result, index) = failed[0];
            throw new PubSubPublishException(
                $"{failed.Count} of {letters.Count} dead letters not published to {Topic} (first: message {letters[index].Message.MessageId}): {result.Detail}");
        }
    }

    /// <summary>The Pub/Sub message for <paramref name="letter"/>.</summary>
    public static PubSubMessage ToMessage(DeadLetter letter, PubSubLimits? limits = null)
    {
        ArgumentNullException.ThrowIfNull(letter);
        limits ??= PubSubLimits.Default;
        var fields = letter.ToFields();
        foreach (var key in fields.Keys.ToList())
        {
            fields[key] = Truncate(fields[key], limits.MaxAttributeValueBytes);
        }

        var originals = letter.Message.Attributes.Where(a => !fields.ContainsKey(a.Key)).OrderBy(a => a.Key, StringComparer.Ordinal).ToList();
        var room = limits.MaxAttributes - fields.Count;
        var attributes = new Dictionary<string, string>(fields, StringComparer.Ordinal);
        if (originals.Count > room)
        {
            room--;
            attributes[DroppedAttributesField] = (originals.Count - room).ToString(CultureInfo.InvariantCulture);
        }

        foreach (var (key, value) in originals.Take(room))
        {
            attributes[key] = value;
        }

        return new PubSubMessage { Data = letter.Message.Body, Attributes = attributes };
    }

    private static string Truncate(string value, int maxBytes)
    {
        if (Encoding.UTF8.GetByteCount(value) <= maxBytes)
        {
            return value;
        }

        var length = Math.Min(value.Length, maxBytes);
        while (length > 0 && Encoding.UTF8.GetByteCount(value.AsSpan(0, length)) > maxBytes)
        {
            length--;
        }

        // Never split a surrogate pair.
        if (length > 0 && char.IsHighSurrogate(value[length - 1]))
        {
            length--;
        }

        return value[..length];
    }
}
