using Serverless.Functions.Aws;
using Serverless.Functions.Aws.Runtime;
using Serverless.Routing.Configuration;

// The provided.al2023 custom runtime's `bootstrap`: Lambda sets AWS_LAMBDA_RUNTIME_API; anything else is a mistake.
var runtimeApi = Environment.GetEnvironmentVariable("AWS_LAMBDA_RUNTIME_API");
if (string.IsNullOrWhiteSpace(runtimeApi))
{
    Console.Error.WriteLine("""
        usage: bootstrap
          The AWS Lambda custom-runtime entry point (provided.al2023). Lambda starts it with AWS_LAMBDA_RUNTIME_API=host:port
          and the settings of docs/settings.md in the environment; it then serves SQS batches until the sandbox ends.
          On the managed .NET runtime use the handler Serverless.Functions.Aws::Serverless.Functions.Aws.Function::HandleAsync.
        """);
    return 2;
}

using var http = RuntimeApiClient.CreateHttpClient(runtimeApi.Trim());
var loop = new RuntimeLoop(
    new RuntimeApiClient(http),
    () => SqsBatchHandler.FromSettings(SecretSettings.FromEnvironment(), AppContext.BaseDirectory, Console.Out),
    Console.Error);
return await loop.RunAsync(CancellationToken.None).ConfigureAwait(false);
