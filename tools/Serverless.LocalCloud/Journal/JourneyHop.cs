namespace Serverless.LocalCloud.Journal;

/// <summary>One step of an event's journey: a function in one cloud handled it.</summary>
/// <param name="Entry">The journal entry of that step.</param>
/// <param name="Event">The event's part of the entry.</param>
/// <param name="SincePrevious">Time since the previous step (or since it was sent): queue transit plus this function's work.</param>
/// <param name="From">The cloud it came from (the last cloud on its path), or null on entry.</param>
public sealed record JourneyHop(JourneyEntry Entry, JourneyEvent Event, TimeSpan? SincePrevious, string? From);
