using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;
using Serverless.Functions.Gcp.Auth;
using Serverless.Functions.Gcp.Logging;
using Serverless.Routing.Hosting;

namespace Serverless.Functions.Gcp.Push;

/// <summary>
/// <c>POST /</c>: checks the push token when configured (401 without a valid one), reads the envelope (400 when the
/// body is not one), routes the message and answers as <see cref="OutcomeResponder"/> decides. One JSON log line
/// per request.
/// </summary>
public sealed class PushEndpoint(RouterHost host, PushTokenValidator? validator, OutcomeResponder responder, JsonLineWriter log)
{
    /// <summary>Handles one push request.</summary>
    public async Task HandleAsync(HttpContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        var cancellationToken = context.RequestAborted;
        if (validator is not null)
        {
            var auth = await validator.ValidateAsync(context.Request.Headers.Authorization, cancellationToken);
            if (!auth.IsAccepted)
            {
                Refuse(context, auth.Status, auth.Status == 401 ? "WARNING" : "ERROR", $"push token refused: {auth.Reason}");
                return;
            }
        }

        var body = await ReadBodyAsync(context.Request, cancellationToken);
        var request = PushRequestReader.Read(context.Request.Headers, body, out var error);
        if (request is null)
        {
            Refuse(context, StatusCodes.Status400BadRequest, "WARNING", $"bad push request: {error}");
            return;
        }

        var outcomes = await host.BatchRouter.RouteAsync([request.Message], cancellationToken);
        var answer = await responder.AnswerAsync(outcomes[0], cancellationToken);
        log.WriteLine(PushLog.Line(outcomes[0], request, answer));
        context.Response.StatusCode = answer.Status;
    }

    private void Refuse(HttpContext context, int status, string severity, string message)
    {
        var line = new JsonObject { ["severity"] = severity, ["message"] = message, ["cloud"] = "gcp", ["httpStatus"] = status };
        log.WriteLine(line.ToJsonString(PushLog.JsonOptions));
        context.Response.StatusCode = status;
    }

    private static async Task<ReadOnlyMemory<byte>> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream(request.ContentLength is > 0 and < int.MaxValue ? (int)request.ContentLength : 4096);
        await request.Body.CopyToAsync(buffer, cancellationToken);
        return buffer.GetBuffer().AsMemory(0, (int)buffer.Length);
    }
}
