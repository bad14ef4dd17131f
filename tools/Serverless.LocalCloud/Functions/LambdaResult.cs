namespace Serverless.LocalCloud.Functions;

/// <summary>How one invocation ended: a response body, or a function error (thrown, crashed, timed out).</summary>
/// <param name="IsError">True for a function error: the whole batch is left for redelivery.</param>
/// <param name="ErrorType">The error type (<c>Runtime.ExitError</c> for a crash, <c>Sandbox.Timedout</c>, or the exception's).</param>
/// <param name="Body">The response (the partial batch response) or the error body.</param>
public sealed record LambdaResult(bool IsError, string? ErrorType, byte[] Body)
{
    /// <summary>A function error.</summary>
    public static LambdaResult Error(string type, string message) =>
        new(true, type, System.Text.Encoding.UTF8.GetBytes(System.Text.Json.JsonSerializer.Serialize(new { errorMessage = message, errorType = type })));
}
