using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Serverless.PubSubStandIn.Api;

/// <summary>Google's REST JSON: camelCase names, unset fields left out.</summary>
internal static class StandInJson
{
    public static JsonSerializerOptions Options { get; } = new(JsonSerializerDefaults.Web)
    {
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,

        // Messages quote names; Google does not escape the quotes either.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };
}
