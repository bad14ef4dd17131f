using System.Text;
using System.Text.Json;
using Serverless.Routing.Events;

namespace Evroute.Tests;

public class ValidateCommandTests
{
    private static readonly string OrderFile = CliRunner.RepoPath("examples", "events", "order-created.json");

    [Fact]
    public async Task Validate_ValidFile_ExitsZeroAndPrintsEvent()
    {
        var (exit, output, error) = await CliRunner.RunAsync("validate", OrderFile);

        Assert.Equal(0, exit);
        Assert.Empty(error);
        using var printed = JsonDocument.Parse(output);
        Assert.Equal("7d0f3c5e-2f1a-4a8e-9a51-0c6f2b1d9e42", printed.RootElement.GetProperty("id").GetString());
        Assert.Equal("globex", printed.RootElement.GetProperty("tenantid").GetString());
        Assert.Equal(2, printed.RootElement.GetProperty("data").GetProperty("lines").GetArrayLength());
    }

    [Fact]
    public async Task Validate_Compact_PrintsEncodedForm()
    {
        var bytes = await File.ReadAllBytesAsync(OrderFile);
        var expected = Encoding.UTF8.GetString(CloudEventJson.Encode(CloudEventJson.Decode(bytes).Event!));

        var (exit, output, _) = await CliRunner.RunAsync("validate", "--compact", OrderFile);

        Assert.Equal(0, exit);
        Assert.Equal(expected, output.TrimEnd('\n', '\r'));
    }

    [Fact]
    public async Task Validate_StandardInput_ReadsDash()
    {
        var (exit, output, _) = await CliRunner.RunWithInputAsync(
            """{"specversion":"1.0","id":"1","source":"/s","type":"t","data":{"a":1}}""", "validate", "-");

        Assert.Equal(0, exit);
        Assert.Equal("t", JsonDocument.Parse(output).RootElement.GetProperty("type").GetString());
    }

    [Theory]
    [InlineData("""{"specversion":"1.0","source":"/s","type":"t"}""", "id")]
    [InlineData("""{"specversion":"0.3","id":"1","source":"/s","type":"t"}""", "specversion")]
    [InlineData("""not json""", "invalid")]
    [InlineData("""[1,2]""", "invalid")]
    public async Task Validate_InvalidEvent_ExitsOneWithOneLine(string json, string mentioned)
    {
        var (exit, output, error) = await CliRunner.RunWithInputAsync(json, "validate", "-");

        Assert.Equal(1, exit);
        Assert.Empty(output);
        var line = Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.StartsWith("standard input: invalid: ", line, StringComparison.Ordinal);
        Assert.Contains(mentioned, line, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_MissingFile_ExitsOneNamingFile()
    {
        var (exit, _, error) = await CliRunner.RunAsync("validate", "/nonexistent/event.json");

        Assert.Equal(1, exit);
        Assert.Contains("cannot read /nonexistent/event.json", error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Validate_NoFile_ExitsTwo()
    {
        var (exit, _, error) = await CliRunner.RunAsync("validate");

        Assert.Equal(2, exit);
        Assert.Contains("evroute --help", error, StringComparison.Ordinal);
    }
}
