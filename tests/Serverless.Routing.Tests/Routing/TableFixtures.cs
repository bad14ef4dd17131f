namespace Serverless.Routing.Tests.Routing;

/// <summary>Routing tables the loader and the schema must both accept, or both reject (except where noted).</summary>
public static class TableFixtures
{
    private const string R = "\"name\":\"r\"";

    public static TheoryData<string> Good => new()
    {
        """{"routes":[]}""",
        """{"$schema":"routes.schema.json","maxHops":1,"unmatched":"drop","routes":[{"name":"r","to":["aws"]}]}""",
        """{"routes":[{"name":"a","from":["gcp"],"filter":{"any":[{"exact":{"type":"x","tenantid":"t1"}},{"not":{"suffix":{"subject":".csv"}}}]},"to":["azure","aws"]}]}""",
        $$"""{"routes":[{{{R}},"filter":{{Nest(32)}},"to":["gcp"]}]}""",
    };

    /// <summary>Table, a fragment the loader's message must contain, and whether the schema can tell.</summary>
    public static TheoryData<string, string, bool> Bad => new()
    {
        { """{"routes":[{"name":"a","to":["aws"]},{"name":"orders-to-gcp","to":["gpc"]}]}""", "routes: routes[1] (orders-to-gcp).to[0]: unknown destination 'gpc': expected azure, aws or gcp", true },
        { $$"""{"routes":[{{{R}},"from":["amazon"],"to":["aws"]}]}""", "routes[0] (r).from[0]: unknown cloud 'amazon': expected azure, aws or gcp", true },
        { """{"routes":[{"to":["aws"]}]}""", "routes[0]: name is required", true },
        { """{"routes":[{"name":"","to":["aws"]}]}""", "routes[0].name: expected a non-empty string, found an empty string", true },
        { """{"routes":[{"name":7,"to":["aws"]}]}""", "routes[0].name: expected a non-empty string, found a number", true },
        { """{"routes":[{"name":"r","to":["aws"]},{"name":"r","to":["gcp"]}]}""", "routes[1] (r).name: duplicate route name 'r' (first used by routes[0])", false },
        { $$"""{"routes":[{{{R}}}]}""", "routes[0] (r): to is required", true },
        { $$"""{"routes":[{{{R}},"to":[]}]}""", "routes[0] (r).to: expected at least one destination", true },
        { $$"""{"routes":[{{{R}},"to":"gcp"}]}""", "routes[0] (r).to: expected an array of cloud names (azure, aws, gcp), found a string", true },
        { $$"""{"routes":[{{{R}},"to":["gcp","gcp"]}]}""", "routes[0] (r).to[1]: duplicate destination 'gcp'", true },
        { $$"""{"routes":[{{{R}},"to":[3]}]}""", "routes[0] (r).to[0]: expected a cloud name string, found a number", true },
        { $$"""{"routes":[{{{R}},"from":[],"to":["gcp"]}]}""", "routes[0] (r).from: expected at least one cloud", true },
        { $$"""{"routes":[{{{R}},"to":["gcp"],"description":"x"}]}""", "routes[0] (r).description: unknown key: expected name, from, filter or to", true },
        { """{"version":2,"routes":[]}""", "routes: version: unknown key", true },
        { """{"maxHops":0,"routes":[]}""", "maxHops: expected a positive integer, found 0", true },
        { """{"maxHops":"4","routes":[]}""", "maxHops: expected a positive integer, found \"4\"", true },
        { """{"maxHops":2.5,"routes":[]}""", "maxHops: expected a positive integer, found 2.5", true },
        { """{"unmatched":"ignore","routes":[]}""", "unmatched: expected \"drop\" or \"deadletter\", found \"ignore\"", true },
        { """{"maxHops":4}""", "routes: required", true },
        { """{"routes":{}}""", "routes: expected an array of routes, found an object", true },
        { """[]""", "routes: expected a JSON object at the top level, found an array", true },
        { """{"routes":["r"]}""", "routes[0]: expected a route object, found a string", true },
        { """{"$schema":1,"routes":[]}""", "$schema: expected a string, found a number", true },
        { Filter("""{"sql":"type = 'x'"}"""), "routes[0] (r).filter.sql: unknown filter dialect 'sql': expected exact, prefix, suffix, all, any or not", true },
        { Filter("""{"exact":{"type":"a"},"prefix":{"type":"b"}}"""), "routes[0] (r).filter: a filter has exactly one dialect, found exact, prefix", true },
        { Filter("{}"), "routes[0] (r).filter: empty filter", true },
        { Filter("null"), "routes[0] (r).filter: expected a filter object with one of exact, prefix, suffix, all, any or not, found null", true },
        { Filter("""{"exact":{"type":1}}"""), "routes[0] (r).filter.exact.type: expected a non-empty string, found a number", true },
        { Filter("""{"prefix":{"type":""}}"""), "routes[0] (r).filter.prefix.type: expected a non-empty string, found an empty string", true },
        { Filter("""{"suffix":{}}"""), "routes[0] (r).filter.suffix: expected at least one attribute", true },
        { Filter("""{"exact":"type"}"""), "routes[0] (r).filter.exact: expected an object of attribute name to string, found a string", true },
        { Filter("""{"exact":{"Type":"a"}}"""), "routes[0] (r).filter.exact.Type: attribute names are lower-case letters and digits", true },
        { Filter("""{"all":[]}"""), "routes[0] (r).filter.all: expected at least one filter", true },
        { Filter("""{"any":{"exact":{"type":"a"}}}"""), "routes[0] (r).filter.any: expected an array of filters, found an object", true },
        { Filter("""{"all":[{"exact":{"type":"a"}},{"not":{"prefix":{"type":7}}}]}"""), "routes[0] (r).filter.all[1].not.prefix.type: expected a non-empty string, found a number", true },
        { Filter(Nest(33)), "filters nested deeper than 32 levels", false },
        { """{"routes":[{"name":"r","name":"s","to":["gcp"]}]}""", "routes[0] (r).name: duplicate key", false },
    };

    /// <summary>A filter <paramref name="depth"/> levels deep: nots around an exact.</summary>
    public static string Nest(int depth) =>
        string.Concat(Enumerable.Repeat("""{"not":""", depth - 1)) + """{"exact":{"type":"a"}}""" + new string('}', depth - 1);

    private static string Filter(string filter) => $$"""{"routes":[{{{R}},"filter":{{filter}},"to":["gcp"]}]}""";
}
