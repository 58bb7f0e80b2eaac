using System.Text.Json.Nodes;
using Workflows.Engine.Runtime;

namespace Workflows.Engine.Tests.Runtime;

public sealed class StoredSizeTests
{
    public static TheoryData<string, string> Changes() => new()
    {
        { """{}""", """{"a":"x"}""" },
        { """{"a":"x","b":[1,2,{"c":null}]}""", """{"a":"a longer text than before"}""" },
        { """{"a":"x","b":true}""", """{"c":{"d":[1.5,"e"]},"a":null}""" },
        { """{"order":{"id":"ord_1","total":12.5}}""", """{}""" },
    };

    /// <summary>The variables after a change are measured without making them: the size is the one of the merged object.</summary>
    [Theory]
    [MemberData(nameof(Changes))]
    public void Problem_OfAChange_IsThatOfTheMergedObject_AtEveryLimitAroundItsSize(string current, string changes)
    {
        var before = JsonNode.Parse(current)!.AsObject();
        var set = JsonNode.Parse(changes)!.AsObject();
        var merged = (JsonObject)before.DeepClone();
        foreach (var (name, value) in set)
        {
            merged[name] = value?.DeepClone();
        }
        var size = merged.ToJsonString().Length;

        for (var limit = size - 2; limit <= size + 2; limit++)
        {
            Assert.Equal(StoredSize.Problem(merged, limit, "The run's variables"), StoredSize.Problem(before, set, limit, "The run's variables"));
        }
        Assert.Null(StoredSize.Problem(before, set, size, "The run's variables"));
        Assert.NotNull(StoredSize.Problem(before, set, size - 1, "The run's variables"));
        Assert.Equal(before.ToJsonString(), current.Replace(" ", ""));
    }

    [Fact]
    public void Problem_OfAChange_SaysTooDeep_WhenANewValueNestsPastTheLimit()
    {
        JsonNode deep = "bottom";
        for (var i = 0; i < StoredSize.MaxDepth; i++)
        {
            deep = new JsonArray(deep);
        }

        var problem = StoredSize.Problem(new JsonObject { ["a"] = 1 }, new JsonObject { ["deep"] = deep }, 1_000_000, "The run's variables");

        Assert.Equal($"The run's variables is nested more than {StoredSize.MaxDepth} levels deep, more than a run may keep.", problem);
    }

    [Fact]
    public void Fits_AgreesWithProblem()
    {
        var value = JsonNode.Parse("""{"a":[1,2,3],"b":"text"}""");
        var size = value!.ToJsonString().Length;

        Assert.True(StoredSize.Fits(value, size));
        Assert.False(StoredSize.Fits(value, size - 1));
    }
}
