using System.Security.Cryptography;

namespace Serverless.Routing.Routing;

/// <summary>Creates W3C Trace Context <c>traceparent</c> values for events that arrive without one.</summary>
internal static class TraceParent
{
    /// <summary>The CloudEvents distributed tracing extension's attribute name.</summary>
    public const string Name = "traceparent";

    /// <summary><c>00-{32 hex trace id}-{16 hex parent id}-01</c>, random; neither id is all zeros (both are invalid).</summary>
    public static string Create()
    {
        Span<byte> bytes = stackalloc byte[24];
        do
        {
            RandomNumberGenerator.Fill(bytes);
        }
        while (!bytes[..16].ContainsAnyExcept((byte)0) || !bytes[16..].ContainsAnyExcept((byte)0));

        return $"00-{Convert.ToHexStringLower(bytes[..16])}-{Convert.ToHexStringLower(bytes[16..])}-01";
    }
}
