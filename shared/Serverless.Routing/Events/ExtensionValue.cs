using System.Globalization;

namespace Serverless.Routing.Events;

/// <summary>
/// An extension attribute value. <see cref="Text"/> is its canonical string form (the form filters compare and
/// binary-mode transports carry); <see cref="Kind"/> says how to write it back in JSON so it arrives unchanged.
/// </summary>
/// <param name="Kind">The JSON type the value had.</param>
/// <param name="Text">The canonical string form: the string itself, the decimal integer, or <c>true</c>/<c>false</c>.</param>
public readonly record struct ExtensionValue(ExtensionKind Kind, string Text)
{
    /// <summary>A string value.</summary>
    public static ExtensionValue FromString(string value) => new(ExtensionKind.String, value);

    /// <summary>An integer value.</summary>
    public static ExtensionValue FromInteger(int value) => new(ExtensionKind.Integer, value.ToString(CultureInfo.InvariantCulture));

    /// <summary>A boolean value.</summary>
    public static ExtensionValue FromBoolean(bool value) => new(ExtensionKind.Boolean, value ? "true" : "false");

    /// <inheritdoc />
    public override string ToString() => Text;
}
