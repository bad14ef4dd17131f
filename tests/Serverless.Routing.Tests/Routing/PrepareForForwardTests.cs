using System.Text.RegularExpressions;
using Serverless.Routing.Events;
using Serverless.Routing.Routing;

namespace Serverless.Routing.Tests.Routing;

public partial class PrepareForForwardTests
{
    private static readonly EventRouter Router = new(RoutingTableLoader.Parse("""{"routes":[]}"""), Cloud.Aws);

    [Fact]
    public void PrepareForForward_FirstHop_StampsHopsPathAndTraceparent()
    {
        var original = TestEvents.Create(extensions: TestEvents.Str("tenantid", "acme"));

        var forwarded = Router.PrepareForForward(original);

        Assert.Equal(ExtensionValue.FromInteger(1), forwarded.Extensions[HopExtensions.Hops]);
        Assert.Equal(ExtensionValue.FromString("aws"), forwarded.Extensions[HopExtensions.Path]);
        Assert.Equal(["tenantid", HopExtensions.Hops, HopExtensions.Path, "traceparent"], forwarded.Extensions.Keys);
        Assert.Matches(TraceParentPattern(), forwarded.GetAttribute("traceparent"));
    }

    [Fact]
    public void PrepareForForward_LaterHop_IncrementsAndAppendsInPlace()
    {
        var original = TestEvents.Create(extensions:
        [
            ("evroutehops", ExtensionValue.FromInteger(2)),
            TestEvents.Str("tenantid", "acme"),
            TestEvents.Str("evroutepath", "azure,gcp"),
            ("priority", ExtensionValue.FromInteger(5)),
        ]);

        var forwarded = Router.PrepareForForward(original);

        Assert.Equal(["evroutehops", "tenantid", "evroutepath", "priority", "traceparent"], forwarded.Extensions.Keys);
        Assert.Equal(ExtensionValue.FromInteger(3), forwarded.Extensions["evroutehops"]);
        Assert.Equal("azure,gcp,aws", forwarded.GetAttribute("evroutepath"));
        Assert.Equal(ExtensionValue.FromInteger(5), forwarded.Extensions["priority"]);
    }

    [Fact]
    public void PrepareForForward_TraceparentPresent_KeptUnchanged()
    {
        const string trace = "00-4bf92f3577b34da6a3ce929d0e0e4736-00f067aa0ba902b7-01";
        var original = TestEvents.Create(extensions: [TestEvents.Str("traceparent", trace), TestEvents.Str("tracestate", "congo=t61rcWkgMzE")]);

        var forwarded = Router.PrepareForForward(original);

        Assert.Equal(trace, forwarded.GetAttribute("traceparent"));
        Assert.Equal("congo=t61rcWkgMzE", forwarded.GetAttribute("tracestate"));
        Assert.Equal(["traceparent", "tracestate", HopExtensions.Hops, HopExtensions.Path], forwarded.Extensions.Keys);
    }

    [Fact]
    public void PrepareForForward_TraceparentAbsent_CreatesRandomValidOnes()
    {
        var first = Router.PrepareForForward(TestEvents.Create()).GetAttribute("traceparent");
        var second = Router.PrepareForForward(TestEvents.Create()).GetAttribute("traceparent");

        Assert.Matches(TraceParentPattern(), first);
        Assert.NotEqual(first, second);
    }

    [Fact]
    public void PrepareForForward_EverythingElse_Unchanged()
    {
        var original = TestEvents.Create(subject: "orders/1", extensions: TestEvents.Str("tenantid", "acme"));

        var forwarded = Router.PrepareForForward(original);

        Assert.Equal(original.Id, forwarded.Id);
        Assert.Equal(original.Source, forwarded.Source);
        Assert.Equal(original.Type, forwarded.Type);
        Assert.Equal(original.Time, forwarded.Time);
        Assert.Equal(original.Subject, forwarded.Subject);
        Assert.Equal(original.DataContentType, forwarded.DataContentType);
        Assert.Equal(original.Data, forwarded.Data);
        Assert.Equal("acme", forwarded.GetAttribute("tenantid"));
        Assert.Single(original.Extensions);
    }

    [Fact]
    public void PrepareForForward_MalformedHops_Throws()
    {
        var original = TestEvents.Create(extensions: TestEvents.Str(HopExtensions.Hops, "many"));

        Assert.Throws<ArgumentException>(() => Router.PrepareForForward(original));
    }

    // Version 00, a 32-hex trace id and a 16-hex parent id that are not all zeros, sampled.
    [GeneratedRegex("^00-(?!0{32})[0-9a-f]{32}-(?!0{16})[0-9a-f]{16}-01$")]
    private static partial Regex TraceParentPattern();
}
