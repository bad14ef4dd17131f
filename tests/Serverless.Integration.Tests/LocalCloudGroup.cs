namespace Serverless.Integration.Tests;

/// <summary>Every end-to-end test shares one local environment and runs one after the other.</summary>
[CollectionDefinition(Name)]
public sealed class LocalCloudGroup : ICollectionFixture<LocalCloudFixture>
{
    public const string Name = "local cloud";
}
