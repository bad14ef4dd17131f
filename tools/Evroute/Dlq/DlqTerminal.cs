namespace Evroute.Dlq;

/// <summary>Whether the standard streams are a terminal: the progress bar and the purge prompt need one.</summary>
internal sealed record DlqTerminal(bool InputIsTerminal, bool OutputIsTerminal)
{
    public static DlqTerminal Detect(CommandIo io)
    {
        ArgumentNullException.ThrowIfNull(io);
        return new DlqTerminal(
            ReferenceEquals(io.In, Console.In) && !Console.IsInputRedirected,
            ReferenceEquals(io.Out, Console.Out) && !Console.IsOutputRedirected);
    }
}
