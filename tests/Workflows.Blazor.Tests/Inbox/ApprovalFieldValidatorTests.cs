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

    private static readonly IReadOnlyList<ApprovalField> Bounded = ApprovalField.Parse(JsonNode.Parse("""
        [ { "name": "credit", "label": "Store credit", "type": "money", "min": 10, "max": 500 },
          { "name": "discount", "label": "Discount", "type": "percent", "min": 5 },
          { "name": "sendOn", "label": "Send on", "type": "date", "min": "2026-12-01" },
          { "name": "gift", "label": "Gift wrap", "type": "yes-no" } ]
        """)!.AsArray());

    [Fact]
    public void Validate_ReportsValuesOutsideTheirLimits_InTheFieldsUnit()
    {
        var (_, errors) = ApprovalFieldValidator.Validate(Bounded,
            new JsonObject { ["credit"] = "750", ["discount"] = 2, ["sendOn"] = "2026-11-30", ["gift"] = "maybe" });

        Assert.Equal(["Store credit must be at most $500.00.", "Discount must be at least 5%.", "Send on must be on or after 2026-12-01.", "Gift wrap must be yes or no."], errors);
    }

    [Fact]
    public void Validate_TypesMoneyDatesAndYesNo_WithinTheirLimits()
    {
        var (values, errors) = ApprovalFieldValidator.Validate(Bounded,
            new JsonObject { ["credit"] = "120.50", ["discount"] = "15", ["sendOn"] = "2026-12-24", ["gift"] = "true" });

        Assert.Empty(errors);
        Assert.Equal("""{"credit":120.50,"discount":15,"sendOn":"2026-12-24","gift":true}""", values.ToJsonString());
    }
}
