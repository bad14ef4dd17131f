namespace Serverless.Gcp.Tests.Fakes;

/// <summary>One message as the fake publish API received it.</summary>
public sealed record PublishedMessage(string Topic, byte[] Data, IReadOnlyDictionary<string, string> Attributes);
