using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Jobs;
using BenchmarkDotNet.Running;
using BenchmarkDotNet.Toolchains.InProcess.Emit;

namespace Serverless.Benchmarks;

/// <summary>
/// Runs the benchmarks in-process with BenchmarkDotNet's default (statistically driven) job: its default toolchain
/// would build a generated project and the routing core into the source tree's own bin/obj, which parallel builds
/// share. Extra BenchmarkDotNet arguments pass through (<c>--filter '*Decision*'</c>); run with <c>-c Release</c>
/// (BenchmarkDotNet refuses unoptimised builds).
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        var config = DefaultConfig.Instance.AddJob(Job.Default.WithToolchain(InProcessEmitToolchain.Instance));
        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args, config);
    }
}
