using System.Diagnostics.CodeAnalysis;

namespace Serverless.Routing;

/// <summary>The lower-case names (<c>azure</c>, <c>aws</c>, <c>gcp</c>) used in routing tables, settings and hop paths.</summary>
public static class CloudNames
{
    /// <summary>Every cloud, in a stable order.</summary>
    public static IReadOnlyList<Cloud> All { get; } = [Cloud.Azure, Cloud.Aws, Cloud.Gcp];

    /// <summary>The lower-case name of <paramref name="cloud"/>.</summary>
    public static string ToName(this Cloud cloud) => cloud switch
    {
        Cloud.Azure => "azure",
        Cloud.Aws => "aws",
        Cloud.Gcp => "gcp",
        _ => throw new ArgumentOutOfRangeException(nameof(cloud), cloud, "unknown cloud"),
    };

    /// <summary>Parses a lower-case cloud name; returns false for anything else (names are case-sensitive).</summary>
    public static bool TryParse(string? name, [NotNullWhen(true)] out Cloud? cloud)
    {
        cloud = name switch
        {
            "azure" => Cloud.Azure,
            "aws" => Cloud.Aws,
            "gcp" => Cloud.Gcp,
            _ => null,
        };
        return cloud is not null;
    }

    /// <summary>Parses a lower-case cloud name or throws <see cref="ArgumentException"/> naming the allowed values.</summary>
    public static Cloud Parse(string? name) =>
        TryParse(name, out var cloud)
            ? cloud.Value
            : throw new ArgumentException($"unknown cloud '{name}': expected azure, aws or gcp", nameof(name));
}
