using Serverless.Routing.Events;
using Serverless.Routing.Routing;

namespace Serverless.Routing.Tests.Routing;

public class FilterTests
{
    private static IEventFilter Filter(string json) =>
        RoutingTableLoader.Parse($$"""{"routes":[{"name":"r","filter":{{json}},"to":["gcp"]}]}""").Routes[0].Filter!;

    [Theory]
    [InlineData("""{"exact":{"type":"com.example.order.created"}}""", true)]
    [InlineData("""{"exact":{"type":"com.example.order"}}""", false)]
    [InlineData("""{"exact":{"type":"COM.EXAMPLE.ORDER.CREATED"}}""", false)]
    [InlineData("""{"prefix":{"type":"com.example.order."}}""", true)]
    [InlineData("""{"prefix":{"type":"com.example.invoice."}}""", false)]
    [InlineData("""{"suffix":{"type":".created"}}""", true)]
    [InlineData("""{"suffix":{"type":".deleted"}}""", false)]
    [InlineData("""{"exact":{"type":"com.example.order.created","subject":"orders/1"}}""", true)]
    [InlineData("""{"exact":{"type":"com.example.order.created","subject":"orders/2"}}""", false)]
    [InlineData("""{"exact":{"specversion":"1.0","datacontenttype":"application/json"}}""", true)]
    [InlineData("""{"prefix":{"source":"https://shop."}}""", true)]
    public void Matches_ContextAttributes_ComparesCaseSensitively(string filter, bool expected) =>
        Assert.Equal(expected, Filter(filter).Matches(TestEvents.Create(subject: "orders/1")));

    [Theory]
    [InlineData("""{"exact":{"tenantid":"acme"}}""", true)]
    [InlineData("""{"prefix":{"tenantid":"ac"}}""", true)]
    [InlineData("""{"exact":{"priority":"3"}}""", true)]
    [InlineData("""{"exact":{"urgent":"true"}}""", true)]
    [InlineData("""{"exact":{"tenantid":"globex"}}""", false)]
    public void Matches_Extensions_ComparesCanonicalText(string filter, bool expected)
    {
        var cloudEvent = TestEvents.Create(
            extensions: [TestEvents.Str("tenantid", "acme"), ("priority", ExtensionValue.FromInteger(3)), ("urgent", ExtensionValue.FromBoolean(true))]);
        Assert.Equal(expected, Filter(filter).Matches(cloudEvent));
    }

    [Theory]
    [InlineData("""{"exact":{"subject":"x"}}""")]
    [InlineData("""{"prefix":{"tenantid":"a"}}""")]
    [InlineData("""{"suffix":{"dataschema":"json"}}""")]
    public void Matches_MissingAttribute_DoesNotMatch(string filter) =>
        Assert.False(Filter(filter).Matches(TestEvents.Create()));

    [Fact]
    public void Matches_NotOfMissingAttribute_Matches() =>
        Assert.True(Filter("""{"not":{"exact":{"subject":"x"}}}""").Matches(TestEvents.Create()));

    [Theory]
    [InlineData("com.example.order.created", "orders/1", "acme", true)]
    [InlineData("com.example.order.created", "test", "acme", false)]
    [InlineData("com.example.order.created", "orders/1", "globex", false)]
    [InlineData("com.example.invoice.issued", "orders/1", "initech", true)]
    [InlineData("com.example.invoice.issued", "test", "initech", false)]
    [InlineData("com.example.refund.created", "orders/1", "acme", false)]
    public void Matches_NestedAllAnyNot_Composes(string type, string subject, string tenant, bool expected)
    {
        // (order from acme, or invoice from anyone but globex) and not a test subject
        var filter = Filter("""
            {"all":[
              {"any":[
                {"all":[{"prefix":{"type":"com.example.order."}},{"exact":{"tenantid":"acme"}}]},
                {"all":[{"suffix":{"type":".invoice.issued"}},{"not":{"exact":{"tenantid":"globex"}}}]}
              ]},
              {"not":{"exact":{"subject":"test"}}}
            ]}
            """);
        Assert.Equal(expected, filter.Matches(TestEvents.Create(type, subject, TestEvents.Str("tenantid", tenant))));
    }

    [Fact]
    public void Matches_NotNot_IsIdentity()
    {
        var filter = Filter("""{"not":{"not":{"exact":{"type":"com.example.order.created"}}}}""");
        Assert.True(filter.Matches(TestEvents.Create()));
        Assert.False(filter.Matches(TestEvents.Create("other")));
    }

    [Fact]
    public void Constructors_EmptyLists_FollowLogic()
    {
        // Tables cannot hold empty all/any (the Subscriptions API forbids them); built in code they follow logic.
        Assert.True(new AllFilter([]).Matches(TestEvents.Create()));
        Assert.False(new AnyFilter([]).Matches(TestEvents.Create()));
    }

    [Fact]
    public void Constructor_EmptyAttributeValue_Throws() =>
        Assert.Throws<ArgumentException>(() => new ExactFilter([new("type", "")]));

    [Fact]
    public void Parse_Filter_BuildsTypedTree()
    {
        var filter = Assert.IsType<AllFilter>(Filter("""{"all":[{"prefix":{"type":"a"}},{"not":{"suffix":{"subject":"b"}}}]}"""));
        var prefix = Assert.IsType<PrefixFilter>(filter.Filters[0]);
        Assert.Equal([new KeyValuePair<string, string>("type", "a")], prefix.Attributes);
        Assert.IsType<SuffixFilter>(Assert.IsType<NotFilter>(filter.Filters[1]).Filter);
    }
}
