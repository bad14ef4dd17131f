namespace Evroute;

/// <summary>The standard streams a verb uses, so tests can run every verb in-process.</summary>
internal sealed record CommandIo(TextReader In, TextWriter Out, TextWriter Error);
