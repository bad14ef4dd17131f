using System.Runtime.InteropServices;

namespace Evroute.Local;

/// <summary>
/// Ctrl-C (SIGINT) and SIGTERM as a cancellation token. The in-process web hosts (the Google function, the Pub/Sub
/// stand-in) install their own console lifetimes, which swallow these signals; a registration of our own is always
/// called, so the command still stops everything it started.
/// </summary>
internal sealed class TerminationSignal : IDisposable
{
    private readonly CancellationTokenSource source;
    private readonly PosixSignalRegistration interrupt;
    private readonly PosixSignalRegistration terminate;

    public TerminationSignal(CancellationToken outer)
    {
        source = CancellationTokenSource.CreateLinkedTokenSource(outer);
        interrupt = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
        terminate = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);
    }

    public CancellationToken Token => source.Token;

    public void Dispose()
    {
        interrupt.Dispose();
        terminate.Dispose();
        source.Dispose();
    }

    private void Stop(PosixSignalContext context)
    {
        context.Cancel = true;
        try
        {
            source.Cancel();
        }
        catch (ObjectDisposedException)
        {
            // Already stopping.
        }
    }
}
