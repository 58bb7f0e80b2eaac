using System.Text.Json.Nodes;
using Workflows.Blazor.Components.Pages.Inbox;
using Workflows.Blazor.Inbox;
using Workflows.Blazor.Tests.Components;

namespace Workflows.Blazor.Tests.Inbox;

public sealed class ApprovalFormTests : ComponentTest
{
    private static readonly IReadOnlyList<ApprovalField> Fields = ApprovalField.Parse(JsonNode.Parse("""
        [ { "name": "offerValue", "label": "Offer value (%)", "type": "number", "required": true, "default": 20 },
          { "name": "note", "label": "Note for the customer" } ]
        """)!.AsArray());

    [Fact]
    public void ApprovalForm_ShowsEachField_WithItsDefault()
    {
        var cut = Render<ApprovalForm>(parameters => parameters
            .Add(p => p.Fields, Fields)
            .Add(p => p.Values, ApprovalForm.Defaults(Fields)));

        Assert.Contains("Offer value (%)", cut.Markup);
        Assert.Contains("Note for the customer", cut.Markup);
        Assert.Equal("20", cut.Find("input[type=number]").GetAttribute("value"));
    }

    [Fact]
    public void ApprovalForm_KeepsTheReviewersEdit_InItsValues()
    {
        var values = ApprovalForm.Defaults(Fields);
        var cut = Render<ApprovalForm>(parameters => parameters.Add(p => p.Fields, Fields).Add(p => p.Values, values));

        cut.Find("input[type=number]").Input("35");

        Assert.Equal("35", values["offerValue"]);
    }

    [Fact]
    public void ApprovalForm_ShowsTheErrors_ItIsGiven()
    {
        var values = ApprovalForm.Defaults(Fields);
        values["offerValue"] = "";
        var errors = ApprovalFieldValidator.Validate(Fields, new JsonObject(values.Select(v => KeyValuePair.Create(v.Key, (JsonNode?)JsonValue.Create(v.Value))))).Errors;

        var cut = Render<ApprovalForm>(parameters => parameters.Add(p => p.Fields, Fields).Add(p => p.Values, values).Add(p => p.Errors, errors));

        Assert.Contains("Offer value (%) is required.", cut.Find("[data-testid=form-errors]").TextContent);
    }

    private static readonly IReadOnlyList<ApprovalField> TypedFields = ApprovalField.Parse(JsonNode.Parse("""
        [ { "name": "credit", "label": "Store credit", "type": "money", "currency": "EUR", "min": 10, "max": 500, "default": 50 },
          { "name": "discount", "label": "Discount", "type": "percent", "max": 40 },
          { "name": "freeShipping", "label": "Free shipping", "type": "boolean", "default": false },
          { "name": "sendOn", "label": "Send on", "type": "date", "default": "2026-12-24" } ]
        """)!.AsArray());

    [Fact]
    public void ApprovalForm_ShowsMoneyAndPercent_WithTheirUnitAndLimits()
    {
        var cut = Render<ApprovalForm>(parameters => parameters.Add(p => p.Fields, TypedFields).Add(p => p.Values, ApprovalForm.Defaults(TypedFields)));

        Assert.Contains("€", cut.Markup);
        Assert.Contains("Between €10.00 and €500.00", cut.Markup);
        Assert.Contains("%", cut.Markup);
        Assert.Contains("At most 40%", cut.Markup);
        Assert.Equal("50", cut.Find("[data-testid=field-credit]").GetAttribute("value"));
    }

    [Fact]
    public void ApprovalForm_SetsAYesNoField_WithASwitch()
    {
        var values = ApprovalForm.Defaults(TypedFields);
        var cut = Render<ApprovalForm>(parameters => parameters.Add(p => p.Fields, TypedFields).Add(p => p.Values, values));

        cut.Find(".mud-switch input[type=checkbox]").Change(true);

        Assert.Equal("true", values["freeShipping"]);
    }

    [Fact]
    public void ApprovalForm_ShowsADateField_WithItsDefault()
    {
        var cut = Render<ApprovalForm>(parameters => parameters.Add(p => p.Fields, TypedFields).Add(p => p.Values, ApprovalForm.Defaults(TypedFields)));

        Assert.Contains("Send on", cut.Markup);
        Assert.Contains("2026-12-24", cut.Markup);
    }
}
