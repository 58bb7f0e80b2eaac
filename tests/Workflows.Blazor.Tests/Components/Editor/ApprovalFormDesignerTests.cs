using System.Text.Json.Nodes;
using Workflows.Blazor.Components.Editor;

namespace Workflows.Blazor.Tests.Components.Editor;

public sealed class ApprovalFormDesignerTests : ComponentTest
{
    private static readonly JsonNode TemplateFields = JsonNode.Parse("""
        [ { "name": "offerValue", "label": "Offer value (%)", "type": "number", "required": true, "default": 20 },
          { "name": "channel", "label": "Channel", "type": "choice", "options": ["email", "sms"] } ]
        """)!;

    private readonly List<(string Path, JsonNode? Value)> _changes = [];

    private IRenderedComponent<ApprovalFormDesigner> RenderDesigner(JsonNode? fields, JsonNode? data = null) =>
        Render<ApprovalFormDesigner>(parameters => parameters
            .Add(p => p.Fields, fields)
            .Add(p => p.Data, data)
            .Add(p => p.OnChange, (ValueTuple<string, JsonNode?> change) => _changes.Add(change)));

    private JsonNode LastChange(string path) => _changes.Last(c => c.Path == path).Value!;

    [Fact]
    public void ApprovalFormDesigner_ShowsEachField_OfATemplate()
    {
        var cut = RenderDesigner(TemplateFields);

        Assert.Equal(2, cut.FindAll("[data-testid=designer-field]").Count);
        Assert.Equal("Offer value (%)", cut.Find("[data-testid=designer-label-0]").GetAttribute("value"));
        Assert.Equal("offerValue", cut.Find("[data-testid=designer-name-0]").GetAttribute("value"));
        Assert.Equal("20", cut.Find("[data-testid='field-designer-default-0'] [role=textbox]").GetAttribute("data-text"));
        Assert.Equal("email, sms", cut.Find("[data-testid=designer-options-1]").GetAttribute("value"));
    }

    [Fact]
    public void ApprovalFormDesigner_AddsAField_NamedAfterItsLabel()
    {
        var cut = RenderDesigner(TemplateFields);

        cut.Find("[data-testid=add-approval-field] ").Click();
        cut.Render(parameters => parameters.Add(p => p.Fields, LastChange("fields")));
        cut.Find("[data-testid=designer-label-2]").Change("Store credit");

        var added = LastChange("fields")[2]!;
        Assert.Equal("""{"name":"storeCredit","label":"Store credit","type":"text"}""", added.ToJsonString());
    }

    [Fact]
    public void ApprovalFormDesigner_WritesMoneyLimits_AsNumbers()
    {
        var cut = RenderDesigner(JsonNode.Parse("""[ { "name": "credit", "label": "Store credit", "type": "money" } ]"""));

        cut.Find("[data-testid=designer-max-0]").Change("500");

        Assert.Equal("""[{"name":"credit","label":"Store credit","type":"money","max":500}]""", LastChange("fields").ToJsonString());
    }

    [Fact]
    public void ApprovalFormDesigner_MovesAFieldDown_AndRemovesOne()
    {
        var cut = RenderDesigner(TemplateFields);

        cut.Find("[data-testid=designer-down-0]").Click();
        Assert.Equal(["channel", "offerValue"], LastChange("fields").AsArray().Select(f => f!["name"]!.GetValue<string>()));

        cut.Find("[data-testid=designer-remove-1]").Click();
        Assert.Equal(["offerValue"], LastChange("fields").AsArray().Select(f => f!["name"]!.GetValue<string>()));
    }

    [Fact]
    public void ApprovalFormDesigner_EditsTheDataRows_AsLabelAndValue()
    {
        var cut = RenderDesigner(TemplateFields, JsonNode.Parse("""{ "customer": "{{steps.get_customer.output.name}}" }"""));

        Assert.Equal("{{steps.get_customer.output.name}}", cut.Find("[data-testid='field-data-value-0'] [role=textbox]").GetAttribute("data-text"));
        cut.Find("[data-testid=data-label-0]").Change("Customer name");
        Assert.Equal("""{"Customer name":"{{steps.get_customer.output.name}}"}""", LastChange("data").ToJsonString());

        cut.Find("[data-testid=add-data-row]").Click();
        Assert.Equal("""{"customer":"{{steps.get_customer.output.name}}","Detail":""}""", LastChange("data").ToJsonString());
    }

    [Fact]
    public void ApprovalFormDesigner_KeepsTypingInTheBrowser_InEveryBox()
    {
        var cut = RenderDesigner(TemplateFields, JsonNode.Parse("""{ "Customer": "{{steps.get_customer.output.name}}" }"""));

        Assert.Empty(KeystrokeFreeBoxes.Offenders(cut, "data-label-0", "designer-label-0", "designer-name-0", "designer-min-0", "designer-max-0", "designer-options-1"));
    }
}
