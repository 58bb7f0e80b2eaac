using System.Text.Json.Nodes;
using Workflows.Blazor.Inbox;

namespace Workflows.Blazor.Tests.Inbox;

public sealed class ApprovalFieldValidatorTests
{
    private static readonly IReadOnlyList<ApprovalField> Fields = ApprovalField.Parse(JsonNode.Parse("""
        [ { "name": "offerValue", "label": "Offer value", "type": "number", "required": true, "default": 20 },
          { "name": "channel", "label": "Channel", "type": "choice", "options": ["email", "sms"] },
          { "name": "note", "label": "Note" } ]
        """)!.AsArray());

    [Fact]
    public void Validate_FillsDefaults_WhenNothingIsSent()
    {
        var (values, errors) = ApprovalFieldValidator.Validate(Fields, null);

        Assert.Empty(errors);
        Assert.Equal("20", values["offerValue"]!.ToJsonString());
    }

    [Fact]
    public void Validate_TypesNumbers_FromText()
    {
        var (values, errors) = ApprovalFieldValidator.Validate(Fields, new JsonObject { ["offerValue"] = "35" });

        Assert.Empty(errors);
        Assert.Equal("35", values["offerValue"]!.ToJsonString());
    }

    [Fact]
    public void Validate_ReportsEachProblem()
    {
        var (_, errors) = ApprovalFieldValidator.Validate(Fields, new JsonObject { ["offerValue"] = "", ["channel"] = "fax", ["extra"] = 1 });

        Assert.Equal(["'extra' is not a field of this item.", "Offer value is required.", "Channel must be one of email, sms."], errors);
    }
}
