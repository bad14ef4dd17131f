namespace Serverless.Routing.Events;

/// <summary>The members of a structured event (and the attributes of a binary-mode one) the codec knows by name.</summary>
internal enum EventMember
{
    /// <summary>Any other name: an extension attribute, if the name is valid.</summary>
    Extension,
    SpecVersion,
    Id,
    Source,
    Type,
    DataContentType,
    DataSchema,
    Subject,
    Time,
    Data,
    DataBase64,
}
