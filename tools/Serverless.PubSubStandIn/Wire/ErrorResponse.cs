namespace Serverless.PubSubStandIn.Wire;

/// <summary>Google's error body: <c>{"error":{"code","message","status"}}</c>.</summary>
public sealed record ErrorResponse(ErrorDetail Error);
