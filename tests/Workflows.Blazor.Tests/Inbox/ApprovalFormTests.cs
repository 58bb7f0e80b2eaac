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
}
