using System.Runtime.CompilerServices;

namespace Serverless.Routing.Tests.Routing;

/// <summary>Finds files of the checkout (the example table, the schema) wherever the test's artifacts are built.</summary>
internal static class RepoFiles
{
    public static string Root { get; } = FindRoot(SourceFile());

    public static string Path(params string[] parts) => System.IO.Path.Combine([Root, .. parts]);

    // The compiler records this file's path, so the search works even with an artifacts path outside the checkout.
    private static string SourceFile([CallerFilePath] string path = "") => path;

    private static string FindRoot(string start)
    {
        for (var dir = new DirectoryInfo(System.IO.Path.GetDirectoryName(start)!); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Serverless.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException($"cannot find Serverless.sln above {start}");
    }
}
