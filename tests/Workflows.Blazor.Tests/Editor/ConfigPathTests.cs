using System.Text.Json.Nodes;
using Workflows.Blazor.Editor;

namespace Workflows.Blazor.Tests.Editor;

public sealed class ConfigPathTests
{
    [Fact]
    public void With_SetsANestedValue_CreatingTheObjectsOnTheWay_AndLeavesTheOriginalAlone()
    {
        var config = new JsonObject { ["type"] = "email_send" };

        var changed = ConfigPath.With(config, "parameters.to", JsonValue.Create("{{input.email}}"));

        Assert.Equal("{{input.email}}", ConfigPath.Get(changed, "parameters.to")!.GetValue<string>());
        Assert.Null(ConfigPath.Get(config, "parameters.to"));
    }

    [Fact]
    public void With_Null_RemovesTheValue_AndObjectsLeftEmpty()
    {
        var config = new JsonObject { ["retry"] = new JsonObject { ["count"] = 3 } };

        var changed = ConfigPath.With(config, "retry.count", null);

        Assert.False(changed.ContainsKey("retry"));
    }

    [Fact]
    public void Get_OfAMissingPath_IsNull()
    {
        Assert.Null(ConfigPath.Get(new JsonObject { ["parameters"] = "not an object" }, "parameters.to"));
    }
}
