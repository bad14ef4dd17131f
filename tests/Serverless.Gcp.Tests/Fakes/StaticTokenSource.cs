using Serverless.Routing.Gcp;

namespace Serverless.Gcp.Tests.Fakes;

/// <summary>Hands out a fixed access token and counts requests for it.</summary>
public sealed class StaticTokenSource(string token) : IAccessTokenSource
{
    private int calls;

    public int Calls => calls;

    public Task<string> GetAccessTokenAsync(CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref calls);
        return Task.FromResult(token);
    }
}
