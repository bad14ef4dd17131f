using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Serverless.Benchmarks;

/// <summary>
/// Runs the benchmarks in-process with a short job: BenchmarkDotNet's default toolchain would build a generated
/// project and the routing core into the source tree's own bin/obj, which parallel builds share. Extra BenchmarkDotNet arguments pass through;
/// run with <c>-c Release</c> (BenchmarkDotNet refuses unoptimised builds).
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        var config = DefaultConfig.Instance.AddJob(Job.ShortRun.WithToolchain(InProcessEmitToolchain.Instance));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
