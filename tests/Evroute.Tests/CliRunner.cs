using System.Runtime.CompilerServices;

namespace Evroute.Tests;

/// <summary>Runs <c>evroute</c> in-process with captured streams, and finds the checkout's example files.</summary>
internal static class CliRunner
{
    public static string Root { get; } = FindRoot(SourceFile());

    public static string RepoPath(params string[] parts) => Path.Combine([Root, .. parts]);

    public static async Task<(int Exit, string Out, string Error)> RunWithInputAsync(string? stdin, params string[] args)
    {
        using var input = new StringReader(stdin ?? string.Empty);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var exit = await EvrouteCli.RunAsync(args, new CommandIo(input, output, error));
        return (exit, output.ToString(), error.ToString());
    }

    public static Task<(int Exit, string Out, string Error)> RunAsync(params string[] args) => RunWithInputAsync(null, args);

    // The compiler records this file's path, so the search works even with an artifacts path outside the checkout.
    private static string SourceFile([CallerFilePath] string path = "") => path;

    private static string FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(Path.GetDirectoryName(start)!); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Serverless.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"cannot find Serverless.sln above {start}");
    }
}
