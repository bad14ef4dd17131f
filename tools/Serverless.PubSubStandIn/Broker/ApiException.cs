namespace Serverless.PubSubStandIn.Broker;

/// <summary>A request the API refuses; rendered as Google's error JSON with the matching canonical status.</summary>
internal sealed class ApiException : Exception
{
    public ApiException(int code, string message)
        : base(message)
    {
        Code = code;
    }

    public int Code { get; }

    public string Status => StatusName(Code);

    public static ApiException NotFound(string what) => new(404, $"Resource not found (resource={what}).");

    public static ApiException AlreadyExists(string what) => new(409, $"Resource already exists in the project (resource={what}).");

    public static ApiException Invalid(string message) => new(400, message);

    public static string StatusName(int code) => code switch
    {
        400 => "INVALID_ARGUMENT",
        401 => "UNAUTHENTICATED",
        403 => "PERMISSION_DENIED",
        404 => "NOT_FOUND",
        409 => "ALREADY_EXISTS",
        429 => "RESOURCE_EXHAUSTED",
        499 => "CANCELLED",
        501 => "UNIMPLEMENTED",
        503 => "UNAVAILABLE",
        504 => "DEADLINE_EXCEEDED",
        _ => code >= 500 ? "INTERNAL" : "FAILED_PRECONDITION",
    };
}
