namespace Serverless.Routing.Gcp;

/// <summary>Supplies OAuth 2.0 access tokens for Pub/Sub requests; implementations cache and refresh them.</summary>
public interface IAccessTokenSource
{
    /// <summary>A current access token for the <c>Authorization: Bearer</c> header.</summary>
    Task<string> GetAccessTokenAsync(CancellationToken cancellationToken);
}
