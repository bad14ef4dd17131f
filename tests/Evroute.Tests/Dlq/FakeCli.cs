using System.CommandLine;
using Evroute.Commands;
using Evroute.Dlq;
using Serverless.Routing;

namespace Evroute.Tests.Dlq;

/// <summary>Runs <c>dlq</c> verbs in-process over fake stores, with a chosen answer to "is this a terminal?".</summary>
internal sealed class FakeCli
{
    public Dictionary<Cloud, FakeStore> Stores { get; } = [];

    public Dictionary<Cloud, FakeInbound> Inbounds { get; } = CloudNames.All.ToDictionary(c => c, c => new FakeInbound(c));

    public DlqBackends Backends => new(
        Stores.ToDictionary(kv => kv.Key, kv => (IDeadLetterStore)kv.Value), Inbounds.ToDictionary(kv => kv.Key, kv => (IInboundQueue)kv.Value));

    public async Task<(int Exit, string Out, string Error)> RunAsync(string? stdin, bool terminal, params string[] args)
    {
        using var input = new StringReader(stdin ?? string.Empty);
        using var output = new StringWriter();
        using var error = new StringWriter();
        var io = new CommandIo(input, output, error);
        var command = DlqCommand.Create(io, new DlqTerminal(terminal, false), _ => Backends);
        var parsed = command.Parse(args);
        var exit = parsed.Errors.Count > 0
            ? DlqExitCodes.Usage
            : await parsed.InvokeAsync(new InvocationConfiguration { Output = output, Error = error });
        return (exit, output.ToString(), error.ToString() + string.Join(Environment.NewLine, parsed.Errors.Select(e => e.Message)));
    }

    public Task<(int Exit, string Out, string Error)> RunAsync(params string[] args) => RunAsync(null, false, args);
}
