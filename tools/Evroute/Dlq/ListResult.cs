using Serverless.Routing;

namespace Evroute.Dlq;

/// <summary>The dead letters found, and the stores that could not be read.</summary>
internal sealed record ListResult(IReadOnlyList<DeadLetterMessage> Letters, IReadOnlyList<(Cloud Cloud, string Store, string Error)> Errors, IReadOnlyList<(Cloud Cloud, string Store)> Empty);
