using System.Text;
using Serverless.Routing.DeadLetters;

namespace Serverless.Routing.Azure;

/// <summary>A message read back from the Azure poison queue.</summary>
public sealed record PoisonMessage
{
    /// <summary>Which format it was in.</summary>
    public required PoisonMessageKind Kind { get; init; }

    /// <summary>The original inbound message body, exactly as the function received it.</summary>
    public required ReadOnlyMemory<byte> Original { get; init; }

    /// <summary>The <c>evroute-*</c> fields (<see cref="DeadLetterFields"/>); empty unless <see cref="PoisonMessageKind.Wrapped"/>.</summary>
    public IReadOnlyDictionary<string, string> Fields { get; init; } = new Dictionary<string, string>();

    /// <summary>The original body as text (invalid UTF-8 replaced).</summary>
    public string OriginalText => Encoding.UTF8.GetString(Original.Span);

    /// <summary>The reason code, when the wrapper says.</summary>
    public string? Reason => Field(DeadLetterFields.Reason);

    /// <summary>The reason sentence, when the wrapper says.</summary>
    public string? Detail => Field(DeadLetterFields.Detail);

    /// <summary>The inbound message id, when the wrapper says.</summary>
    public string? MessageId => Field(DeadLetterFields.MessageId);

    /// <summary>The CloudEvent id, when the wrapper says.</summary>
    public string? EventId => Field(DeadLetterFields.EventId);

    private string? Field(string name) => Fields.TryGetValue(name, out var value) ? value : null;
}
