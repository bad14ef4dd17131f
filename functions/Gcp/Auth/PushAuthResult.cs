namespace Serverless.Functions.Gcp.Auth;

/// <summary>The verdict on a push request's token: accepted, or the HTTP status to answer and why.</summary>
/// <param name="Status">0 when accepted; 401 for a missing or invalid token; 503 when the keys cannot be fetched.</param>
/// <param name="Reason">Why it was refused (for the log, never the response).</param>
public readonly record struct PushAuthResult(int Status, string? Reason)
{
    /// <summary>The token is valid.</summary>
    public static PushAuthResult Accepted => new(0, null);

    /// <summary>True when the token is valid.</summary>
    public bool IsAccepted => Status == 0;

    /// <summary>A refusal with 401.</summary>
    public static PushAuthResult Unauthorized(string reason) => new(401, reason);
}
