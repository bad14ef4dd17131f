using System.Text;
using System.Text.Json;
using Serverless.Routing.Events;

namespace Serverless.Routing.Tests.Events;

public class ConformanceSuiteTests
{
    private static readonly string[] CoreAttributes = ["specversion", "id", "source", "type", "datacontenttype", "dataschema", "subject", "time"];

    public static TheoryData<string, string> CaseIds()
    {
        var data = new TheoryData<string, string>();
        foreach (var suiteCase in ConformanceSuite.Cases())
        {
            data.Add(suiteCase.File, suiteCase.Id);
        }

        return data;
    }

    [Fact]
    public void Suite_Found_HasEveryKindOfCase()
    {
        var cases = ConformanceSuite.Cases().ToList();

        Assert.Contains(cases, c => c.Valid && !c.Batch);
        Assert.Contains(cases, c => !c.Valid && !c.Batch);
        Assert.Contains(cases, c => c.Valid && c.Batch);
        Assert.Contains(cases, c => !c.Valid && c.Batch);
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Case_Decoded_AsTheSuiteExpects(string file, string id)
    {
        var suiteCase = ConformanceSuite.Cases().Single(c => c.File == file && c.Id == id);
        var bytes = Encoding.UTF8.GetBytes(suiteCase.Json);

        if (!suiteCase.Batch)
        {
            var result = CloudEventJson.Decode(bytes);
            Assert.True(suiteCase.Valid == result.Success, $"{id}: expected {(suiteCase.Valid ? "valid" : "invalid")}, got {result.Error ?? "valid"}");
            if (result.Success)
            {
                AssertMatches(suiteCase.Json, result.Event);
            }

            return;
        }

        var batch = CloudEventJson.DecodeBatch(bytes);
        Assert.True(suiteCase.Valid == batch.Success, $"{id}: expected {(suiteCase.Valid ? "valid" : "invalid")}, got {batch.Error ?? "valid"}");
        if (batch.Success)
        {
            using var document = JsonDocument.Parse(suiteCase.Json);
            var members = document.RootElement.EnumerateArray().Select(e => e.GetRawText()).ToList();
            Assert.Equal(members.Count, batch.Events.Count);
            for (var i = 0; i < members.Count; i++)
            {
                AssertMatches(members[i], batch.Events[i]);
            }
        }
    }

    // Every member of the case's JSON must come out as the matching attribute, extension or data.
    private static void AssertMatches(string json, CloudEvent cloudEvent)
    {
        using var document = JsonDocument.Parse(json);
        var extensions = 0;
        foreach (var member in document.RootElement.EnumerateObject())
        {
            var value = member.Value;
            if (CoreAttributes.Contains(member.Name))
            {
                Assert.Equal(value.ValueKind == JsonValueKind.Null ? null : value.GetString(), cloudEvent.GetAttribute(member.Name));
            }
            else if (member.Name == "data")
            {
                Assert.Equal(EventDataKind.Json, cloudEvent.Data.Kind);
                Assert.Equal(value.GetRawText(), Encoding.UTF8.GetString(cloudEvent.Data.Bytes.Span));
            }
            else if (member.Name == "data_base64")
            {
                Assert.Equal(EventData.FromBinary(value.GetBytesFromBase64()), cloudEvent.Data);
            }
            else if (value.ValueKind != JsonValueKind.Null)
            {
                extensions++;
                Assert.Equal(Expected(value), cloudEvent.Extensions[member.Name]);
            }
        }

        Assert.Equal(extensions, cloudEvent.Extensions.Count);
        if (!document.RootElement.TryGetProperty("data", out _) && !document.RootElement.TryGetProperty("data_base64", out _))
        {
            Assert.False(cloudEvent.Data.HasValue);
        }
    }

    private static ExtensionValue Expected(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => ExtensionValue.FromString(value.GetString()!),
        JsonValueKind.Number => ExtensionValue.FromInteger(value.GetInt32()),
        JsonValueKind.True => ExtensionValue.FromBoolean(true),
        JsonValueKind.False => ExtensionValue.FromBoolean(false),
        _ => throw new InvalidOperationException($"the suite has an extension of kind {value.ValueKind}"),
    };
}
