using System.Text.Json.Nodes;
using Workflows.Blazor.Ai;

namespace Workflows.Blazor.Tests.Ai;

public sealed class JsonAnswerTests
{
    private static readonly JsonObject Schema = JsonNode.Parse("""
        {"type":"object","required":["status","score"],"properties":{
          "status":{"type":"string"},"score":{"type":"integer"},
          "tags":{"type":"array","items":{"type":"string"}}}}
        """)!.AsObject();

    [Theory]
    [InlineData("""{"status":"at_risk","score":3}""")]
    [InlineData("```json\n{\"status\":\"ok\",\"score\":1,\"tags\":[\"a\"]}\n```")]
    public void Read_ReturnsTheValue_WhenTheAnswerFitsTheSchema(string text)
    {
        var (value, problem) = JsonAnswer.Read(text, Schema);

        Assert.Null(problem);
        Assert.NotNull(value!["status"]);
    }

    [Theory]
    [InlineData("{status: at_risk", "not valid JSON")]
    [InlineData("""{"status":"at_risk"}""", "'score'")]
    [InlineData("""{"status":"at_risk","score":"high"}""", "$.score should be integer")]
    [InlineData("""{"status":"at_risk","score":1,"tags":[1]}""", "$.tags[0] should be string")]
    [InlineData("""["status"]""", "$ should be object")]
    public void Read_SaysWhatIsWrong_WhenTheAnswerDoesNotFit(string text, string expected)
    {
        var (value, problem) = JsonAnswer.Read(text, Schema);

        Assert.Null(value);
        Assert.Contains(expected, problem);
    }
}
