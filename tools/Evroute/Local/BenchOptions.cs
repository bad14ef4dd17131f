namespace Evroute.Local;

/// <summary>Sizes of the benchmark runs.</summary>
/// <param name="Events">Events per throughput run, per cloud.</param>
/// <param name="LatencyEvents">Events per latency run.</param>
/// <param name="SenderEvents">Events per sender comparison.</param>
internal sealed record BenchOptions(int Events, int LatencyEvents, int SenderEvents);
