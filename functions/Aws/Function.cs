using Serverless.Routing.Configuration;

namespace Serverless.Functions.Aws;

/// <summary>
/// The managed .NET runtime's entry point. Handler string:
/// <c>Serverless.Functions.Aws::Serverless.Functions.Aws.Function::HandleAsync</c>. A <see cref="Stream"/> in and a
/// <see cref="Task{Stream}"/> out need no Amazon.Lambda.* serializer. The managed runtime passes no deadline without
/// Amazon.Lambda.Core's context, so the deadline margin applies on the custom runtime (<c>bootstrap</c>) only.
/// </summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage(
    "Naming", "CA1716:Identifiers should not match keywords", Justification = "The Lambda handler string names this type; no VB consumer exists.")]
public sealed class Function
{
    // Built on first use, once per execution environment; a start-up failure is kept and fails every invocation.
    private static readonly Lazy<SqsBatchHandler> Shared = new(
        () => SqsBatchHandler.FromSettings(SecretSettings.FromEnvironment(), AppContext.BaseDirectory, Console.Out),
        LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Func<SqsBatchHandler> handler;

    /// <summary>The constructor the managed runtime calls: settings from the environment.</summary>
    public Function()
        : this(() => Shared.Value)
    {
    }

    /// <summary>A function over an existing handler (tests, local runs).</summary>
    public Function(SqsBatchHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        this.handler = () => handler;
    }

    private Function(Func<SqsBatchHandler> handler) => this.handler = handler;

    /// <summary>Handles an SQS event and returns the partial batch response.</summary>
    /// <exception cref="InvalidSqsEventException">The payload is not an SQS event: the whole invocation fails.</exception>
    public async Task<Stream> HandleAsync(Stream input)
    {
        ArgumentNullException.ThrowIfNull(input);
        using var buffer = new MemoryStream();
        await input.CopyToAsync(buffer).ConfigureAwait(false);
        var response = await handler().HandleAsync(buffer.GetBuffer().AsMemory(0, (int)buffer.Length), deadline: null, CancellationToken.None).ConfigureAwait(false);
        return new MemoryStream(response, writable: false);
    }
}
