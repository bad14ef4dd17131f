using Serverless.Routing.Delivery;

namespace Serverless.Functions.Aws;

/// <summary>A message's final outcome and whether it goes back to SQS as a batch item failure.</summary>
internal sealed record Verdict(MessageOutcome Outcome, bool Failed);
