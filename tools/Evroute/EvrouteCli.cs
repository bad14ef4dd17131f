using System.CommandLine;
using Evroute.Commands;

namespace Evroute;

/// <summary>Builds the <c>evroute</c> command tree and runs it against a set of streams.</summary>
internal static class EvrouteCli
{
    /// <summary>The root command with every verb group; each group lives in its own file under Commands/.</summary>
    public static RootCommand Build(CommandIo io)
    {
        var root = new RootCommand("evroute: check events and routing tables of the cross-cloud event router.");
        root.Subcommands.Add(ValidateCommand.Create(io));
        root.Subcommands.Add(RouteCommand.Create(io));
        root.Subcommands.Add(RoutesCommand.Create(io));
        root.Subcommands.Add(DlqCommand.Create(io));
        root.Subcommands.Add(LocalCommand.Create(io));
        return root;
    }

    /// <summary>Parses and runs <paramref name="args"/>; a usage error prints its problems and exits 2.</summary>
    public static async Task<int> RunAsync(string[] args, CommandIo io, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(io);
        var result = Build(io).Parse(args);
        if (result.Errors.Count > 0)
        {
            foreach (var error in result.Errors)
            {
                await io.Error.WriteLineAsync($"evroute: {error.Message}").ConfigureAwait(false);
            }

            await io.Error.WriteLineAsync("Run 'evroute --help' for usage.").ConfigureAwait(false);
            return ExitCodes.Usage;
        }

        var configuration = new InvocationConfiguration { Output = io.Out, Error = io.Error };
        return await result.InvokeAsync(configuration, cancellationToken).ConfigureAwait(false);
    }
}
