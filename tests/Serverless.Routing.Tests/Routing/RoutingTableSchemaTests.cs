using System.Text.Json;
using Json.Schema;
using Serverless.Routing.Routing;

namespace Serverless.Routing.Tests.Routing;

public class RoutingTableSchemaTests
{
    // Built once: the library registers a schema under its $id, and a second build of the same $id is refused.
    private static readonly JsonSchema Schema =
        JsonSchema.FromText(File.ReadAllText(RepoFiles.Path("shared", "Serverless.Routing", "routes.schema.json")));

    private static bool SchemaAccepts(string json)
    {
        using var document = JsonDocument.Parse(json);
        return Schema.Evaluate(document.RootElement).IsValid;
    }

    [Fact]
    public void Schema_ExampleTable_IsValidAndLoads()
    {
        var json = File.ReadAllText(RepoFiles.Path("routes.json"));

        Assert.True(SchemaAccepts(json));
        Assert.NotEmpty(RoutingTableLoader.Parse(json).Routes);
    }

    [Fact]
    public void Schema_ExampleTable_PointsAtSchema()
    {
        using var document = JsonDocument.Parse(File.ReadAllText(RepoFiles.Path("routes.json")));
        var schemaPath = document.RootElement.GetProperty("$schema").GetString()!;

        Assert.True(File.Exists(RepoFiles.Path(schemaPath)));
    }

    [Theory]
    [MemberData(nameof(TableFixtures.Good), MemberType = typeof(TableFixtures))]
    public void Schema_GoodTable_AgreesWithLoader(string json)
    {
        Assert.True(SchemaAccepts(json));
        Assert.NotNull(RoutingTableLoader.Parse(json));
    }

    [Theory]
    [MemberData(nameof(TableFixtures.Bad), MemberType = typeof(TableFixtures))]
    public void Schema_BadTable_AgreesWithLoader(string json, string expected, bool schemaDetects)
    {
        _ = expected;
        Assert.Throws<RoutingTableException>(() => RoutingTableLoader.Parse(json));

        // Unique names, the nesting limit and repeated keys are beyond JSON Schema; only the loader checks them.
        Assert.Equal(!schemaDetects, SchemaAccepts(json));
    }
}
