namespace Serverless.Gcp.Tests.Fakes;

/// <summary>One publish request as the fake received it.</summary>
public sealed record PublishRequestRecord(string Path, string? Authorization, string? ContentType, int BodyBytes, IReadOnlyList<PublishedMessage> Messages);
