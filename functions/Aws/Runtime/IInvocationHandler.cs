namespace Serverless.Functions.Aws.Runtime;

/// <summary>What the runtime loop runs per invocation.</summary>
public interface IInvocationHandler
{
    /// <summary>Handles one invocation and returns the response body; an exception becomes an invocation error.</summary>
    Task<byte[]> HandleAsync(Invocation invocation, CancellationToken cancellationToken);
}
