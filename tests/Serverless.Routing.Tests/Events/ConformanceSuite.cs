using System.Runtime.CompilerServices;
using System.Text.Json;

namespace Serverless.Routing.Tests.Events;

/// <summary>
/// Finds and reads the CloudEvents conformance suite's JSON cases, which live beside the checkout (never copied
/// into it): the folder named by <c>CLOUDEVENTS_CONFORMANCE_DIR</c>, else a <c>shared/conformance/json</c> found
/// upward from the test assembly, the working directory or this source file.
/// </summary>
internal static class ConformanceSuite
{
    public const string DirectoryVariable = "CLOUDEVENTS_CONFORMANCE_DIR";

    private static readonly Lazy<string> Folder = new(Locate);

    public static string Directory => Folder.Value;

    /// <summary>Every case as (file, id, expected-valid, is-batch, the raw JSON of its event or batch).</summary>
    public static IEnumerable<(string File, string Id, bool Valid, bool Batch, string Json)> Cases()
    {
        foreach (var path in System.IO.Directory.GetFiles(Directory, "*.json").Order(StringComparer.Ordinal))
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(path));
            var defaultType = document.RootElement.GetProperty("testType").GetString();
            foreach (var test in document.RootElement.GetProperty("tests").EnumerateArray())
            {
                var type = test.TryGetProperty("testType", out var own) ? own.GetString() : defaultType;
                var batch = type is "ValidBatch" or "InvalidBatch";
                var body = test.GetProperty(batch ? "batch" : "event");
                yield return (Path.GetFileName(path), test.GetProperty("id").GetString()!, type!.StartsWith("Valid", StringComparison.Ordinal), batch, body.GetRawText());
            }
        }
    }

    private static string Locate()
    {
        var configured = Environment.GetEnvironmentVariable(DirectoryVariable);
        if (!string.IsNullOrEmpty(configured))
        {
            // .ci/run gives a path relative to the repository root; the test host runs in the output folder.
            var candidates = new[] { Environment.CurrentDirectory, RepositoryRoot() }
                .Where(b => b is not null).Select(b => Path.GetFullPath(configured, b!)).Distinct().ToList();
            return candidates.FirstOrDefault(System.IO.Directory.Exists) ?? throw new InvalidOperationException(
                $"{DirectoryVariable} is '{configured}', which is not a folder (tried {string.Join(", ", candidates)})");
        }

        var starts = new[] { AppContext.BaseDirectory, Environment.CurrentDirectory, SourceDirectory() };
        foreach (var start in starts)
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "shared", "conformance", "json");
                if (System.IO.Directory.Exists(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new InvalidOperationException(
            $"CloudEvents conformance suite not found: set {DirectoryVariable}, or place it at shared/conformance/json beside the repository " +
            $"(searched upward from {string.Join(", ", starts)})");
    }

    private static string? RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(SourceDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Serverless.sln")))
            {
                return dir.FullName;
            }
        }

        return null;
    }

    private static string SourceDirectory([CallerFilePath] string path = "") => Path.GetDirectoryName(path)!;
}
