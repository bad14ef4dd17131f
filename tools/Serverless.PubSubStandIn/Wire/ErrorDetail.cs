namespace Serverless.PubSubStandIn.Wire;

/// <summary>HTTP code, text and canonical status name (NOT_FOUND, ALREADY_EXISTS, ...).</summary>
public sealed record ErrorDetail(int Code, string Message, string Status);
