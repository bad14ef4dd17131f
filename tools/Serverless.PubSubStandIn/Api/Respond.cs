using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Serverless.PubSubStandIn.Broker;
using Serverless.PubSubStandIn.Wire;

namespace Serverless.PubSubStandIn.Api;

/// <summary>Runs a handler and turns its refusals into Google's error JSON.</summary>
internal static class Respond
{
    private static readonly object Empty = new Dictionary<string, string>();

    public static async Task<IResult> RunAsync(Func<Task<object?>> action)
    {
        try
        {
            return Results.Json(await action().ConfigureAwait(false) ?? Empty, StandInJson.Options);
        }
        catch (ApiException ex)
        {
            return Error(ex.Code, ex.Message);
        }
        catch (JsonException ex)
        {
            return Error(400, $"Invalid JSON payload received. {ex.Message}");
        }
    }

    public static Task<IResult> Run(Func<object?> action) => RunAsync(() => Task.FromResult(action()));

    public static IResult Error(int code, string message) =>
        Results.Json(new ErrorResponse(new ErrorDetail(code, message, ApiException.StatusName(code))), StandInJson.Options, statusCode: code);

    /// <summary>Reads a JSON body; an empty body is the default value, as Google treats it.</summary>
    public static async Task<T?> ReadAsync<T>(HttpRequest request)
        where T : class
    {
        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, request.HttpContext.RequestAborted).ConfigureAwait(false);
        return buffer.Length == 0 ? null : JsonSerializer.Deserialize<T>(buffer.ToArray(), StandInJson.Options);
    }

    /// <summary>Splits "name:verb" from a custom-method URL segment.</summary>
    public static (string Id, string Verb) SplitVerb(string segment)
    {
        var colon = segment.LastIndexOf(':');
        return colon < 0 ? (segment, string.Empty) : (segment[..colon], segment[(colon + 1)..]);
    }

    public static ApiException UnknownMethod(string verb) => new(404, $"Unknown method \"{verb}\".");
}
