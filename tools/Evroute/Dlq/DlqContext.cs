using Evroute.Dlq.Config;
using Spectre.Console;

namespace Evroute.Dlq;

/// <summary>What every <c>dlq</c> verb needs: the streams, whether they are terminals, and how to reach the stores.</summary>
internal sealed class DlqContext(CommandIo io, DlqTerminal terminal, Func<DlqFlags, IDlqBackends> connect)
{
    public CommandIo Io => io;

    public DlqTerminal Terminal => terminal;

    public IAnsiConsole Console { get; } = DlqTable.Console(io.Out, terminal.OutputIsTerminal);

    /// <summary>The real clouds (or emulators) described by the flags.</summary>
    public static Func<DlqFlags, IDlqBackends> RealClouds(CommandIo io) =>
        flags => DlqConnector.Connect(EndpointResolver.Resolve(flags, io.In, Environment.GetEnvironmentVariable));

    /// <summary>Runs a verb, turning configuration and connection failures into their exit codes.</summary>
    public async Task<int> RunAsync(DlqFlags flags, Func<DlqOperations, Task<int>> verb)
    {
        try
        {
            return await verb(new DlqOperations(connect(flags))).ConfigureAwait(false);
        }
        catch (DlqConfigException ex)
        {
            await io.Error.WriteLineAsync($"evroute: {ex.Message}").ConfigureAwait(false);
            return DlqExitCodes.Usage;
        }
        catch (DlqStoreException ex)
        {
            await io.Error.WriteLineAsync($"evroute: {ex.Message}").ConfigureAwait(false);
            return DlqExitCodes.Unavailable;
        }
    }

    public Task ErrorAsync(string message) => io.Error.WriteLineAsync($"evroute: {message}");
}
