using Serverless.Routing.Routing;

namespace Serverless.Routing.Tests.Routing;

public class RoutingTableLoaderTests
{
    [Theory]
    [MemberData(nameof(TableFixtures.Bad), MemberType = typeof(TableFixtures))]
    public void Parse_BadTable_MessageNamesRouteAndPath(string json, string expected, bool schemaDetects)
    {
        _ = schemaDetects;
        var error = Assert.Throws<RoutingTableException>(() => RoutingTableLoader.Parse(json));

        Assert.Contains(error.Errors, e => e.Contains(expected, StringComparison.Ordinal));
        Assert.All(error.Errors, e => Assert.StartsWith("routes: ", e, StringComparison.Ordinal));
    }

    [Theory]
    [MemberData(nameof(TableFixtures.Good), MemberType = typeof(TableFixtures))]
    public void Parse_GoodTable_Loads(string json) => Assert.NotNull(RoutingTableLoader.Parse(json));

    [Fact]
    public void Parse_SeveralProblems_ReportsEveryOne()
    {
        const string json = """
            {"maxHops":-1,"unmatched":"keep","routes":[
              {"name":"a","to":["gpc"]},
              {"to":["aws"],"filter":{"regex":{"type":"."}}},
              {"name":"a","from":["aws"],"to":["azure"]}
            ]}
            """;

        var error = Assert.Throws<RoutingTableException>(() => RoutingTableLoader.Parse(json, "t.json"));

        Assert.Equal(6, error.Errors.Count);
        Assert.Equal(string.Join(Environment.NewLine, error.Errors), error.Message);
        Assert.Contains("t.json: routes[1]: name is required", error.Errors);
        Assert.Contains("t.json: routes[1].filter.regex: unknown filter dialect 'regex': expected exact, prefix, suffix, all, any or not", error.Errors);
    }

    [Fact]
    public void Parse_Defaults_MaxHopsFourUnmatchedDeadLetter()
    {
        var table = RoutingTableLoader.Parse("""{"routes":[{"name":"r","to":["gcp","aws"]}]}""");

        Assert.Equal(RoutingTable.DefaultMaxHops, table.MaxHops);
        Assert.Equal(UnmatchedAction.DeadLetter, table.Unmatched);
        var route = Assert.Single(table.Routes);
        Assert.Null(route.From);
        Assert.Null(route.Filter);
        Assert.Equal([Cloud.Gcp, Cloud.Aws], route.To);
    }

    [Fact]
    public void Parse_HostileNesting_FailsWithoutCrashing()
    {
        var json = $$"""{"routes":[{"name":"r","filter":{{TableFixtures.Nest(5000)}},"to":["gcp"]}]}""";

        var error = Assert.Throws<RoutingTableException>(() => RoutingTableLoader.Parse(json, "deep.json"));

        Assert.StartsWith("deep.json: not valid JSON", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Load_ExampleTable_Loads()
    {
        var table = RoutingTableLoader.Load(RepoFiles.Path("routes.json"));

        Assert.Equal(4, table.MaxHops);
        Assert.Equal("orders-to-gcp", table.Routes[0].Name);
        Assert.Equal(new HashSet<Cloud> { Cloud.Azure, Cloud.Aws }, table.Routes[0].From);
        Assert.IsType<PrefixFilter>(table.Routes[0].Filter);
    }

    [Fact]
    public void Load_MissingFile_NamesFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"missing-{Guid.NewGuid():N}.json");

        var error = Assert.Throws<RoutingTableException>(() => RoutingTableLoader.Load(path));

        Assert.StartsWith($"{path}: cannot read the routing table", error.Message, StringComparison.Ordinal);
        Assert.IsType<FileNotFoundException>(error.InnerException);
    }

    [Fact]
    public void Load_InvalidJson_NamesFile()
    {
        var path = Path.Combine(Path.GetTempPath(), $"bad-{Guid.NewGuid():N}.json");
        File.WriteAllText(path, """{"routes": [ {"name": "r", } ]}""");
        try
        {
            var error = Assert.Throws<RoutingTableException>(() => RoutingTableLoader.Load(path));

            Assert.StartsWith($"{path}: not valid JSON", error.Message, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(path);
        }
    }
}
