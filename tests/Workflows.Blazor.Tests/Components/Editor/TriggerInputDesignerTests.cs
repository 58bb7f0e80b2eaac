using System.Text.Json.Nodes;
using Workflows.Blazor.Components.Editor;

namespace Workflows.Blazor.Tests.Components.Editor;

public sealed class TriggerInputDesignerTests : ComponentTest
{
    private readonly List<(string Path, JsonNode? Value)> _changes = [];

    private IRenderedComponent<TriggerInputDesigner> RenderDesigner(string? type, JsonNode? fields = null, JsonNode? sample = null) =>
        Render<TriggerInputDesigner>(parameters => parameters
            .Add(p => p.TriggerType, type)
            .Add(p => p.Fields, fields)
            .Add(p => p.Sample, sample)
            .Add(p => p.OnChange, (ValueTuple<string, JsonNode?> change) => _changes.Add(change)));

    private JsonNode? LastChange(string path) => _changes.Last(c => c.Path == path).Value;

    [Fact]
    public void TriggerInputDesigner_ListsTheAppsEvents_WithWhatEachCarries_ForAnEventTrigger()
    {
        var cut = RenderDesigner("event");

        Assert.Equal(8, cut.FindAll("[data-testid^=app-event-]").Count(e => e.GetAttribute("data-testid") != "app-event-fields"));
        Assert.Contains("Email", cut.Find("[data-testid='app-event-customer.created'] [data-testid=app-event-fields]").TextContent);
        Assert.Empty(RenderDesigner("webhook").FindAll("[data-testid=app-events]"));
    }

    [Fact]
    public void TriggerInputDesigner_ListensToAnAppEvent_AndTakesItsShapeAsTheSample_WhenOneIsPicked()
    {
        var cut = RenderDesigner("event");

        cut.Find("[data-testid='pick-event-customer.created']").Click();

        Assert.Equal("customer.created", LastChange("eventType")!.GetValue<string>());
        Assert.Equal("ana@example.com", LastChange("samplePayload")!["data"]!["email"]!.GetValue<string>());
    }

    [Fact]
    public void TriggerInputDesigner_ShowsEachDeclaredField_OfAManualTrigger()
    {
        var cut = RenderDesigner("manual", JsonNode.Parse("""[ { "name": "customerId", "label": "Customer", "type": "text", "example": "cust_456" } ]"""));

        Assert.Single(cut.FindAll("[data-testid=input-field]"));
        Assert.Equal("Customer", cut.Find("[data-testid=input-label-0]").GetAttribute("value"));
        Assert.Equal("customerId", cut.Find("[data-testid=input-name-0]").GetAttribute("value"));
        Assert.Equal("cust_456", cut.Find("[data-testid=input-example-0]").GetAttribute("value"));
        Assert.Empty(cut.FindAll("[data-testid=sample-payload]"));
    }

    [Fact]
    public void TriggerInputDesigner_AddsAField_NamedAfterItsLabel_WithAnExample()
    {
        var cut = RenderDesigner(null);

        cut.Find("[data-testid=add-input-field]").Click();
        cut.Render(parameters => parameters.Add(p => p.Fields, LastChange("inputFields")));
        cut.Find("[data-testid=input-label-0]").Change("Budget");
        cut.Render(parameters => parameters.Add(p => p.Fields, LastChange("inputFields")));
        cut.Find("[data-testid=input-example-0]").Change("250");

        Assert.Equal("""[{"name":"budget","label":"Budget","type":"text","example":"250"}]""", LastChange("inputFields")!.ToJsonString());
    }

    [Fact]
    public void TriggerInputDesigner_RemovesTheKey_WhenTheLastFieldIsRemoved()
    {
        var cut = RenderDesigner("manual", JsonNode.Parse("""[ { "name": "customerId", "label": "Customer" } ]"""));

        cut.Find("[data-testid=input-remove-0]").Click();

        Assert.Null(LastChange("inputFields"));
    }

    [Fact]
    public void TriggerInputDesigner_StoresAPastedSample_AndListsItsFields_ForAWebhook()
    {
        var cut = RenderDesigner("webhook");

        cut.Find("textarea[data-testid=sample-payload]").Change("""{ "orderId": "o1", "totalSpent": 99.5 }""");
        cut.Render(parameters => parameters.Add(p => p.Sample, LastChange("samplePayload")));

        Assert.Equal("""{"orderId":"o1","totalSpent":99.5}""", LastChange("samplePayload")!.ToJsonString());
        Assert.Equal("Fields found: Order ID, Total spent", cut.Find("[data-testid=sample-fields]").TextContent);
        Assert.Empty(cut.FindAll("[data-testid=input-field]"));
    }

    [Fact]
    public void TriggerInputDesigner_SaysWhatToPaste_AndKeepsTheStoredSample_WhenTheTextIsNotAnObject()
    {
        var cut = RenderDesigner("event", sample: JsonNode.Parse("""{ "email": "a@b.c" }"""));

        cut.Find("textarea[data-testid=sample-payload]").Change("[1, 2]");

        Assert.Empty(_changes);
        Assert.Contains("A sample is a JSON object", cut.Find("[role=alert]").TextContent);
        // The box is handed back what was typed, so it keeps it rather than showing the stored sample again.
        Assert.Equal("[1, 2]", cut.FindComponent<TextInput>().Instance.Value);
    }

    [Fact]
    public void TriggerInputDesigner_SaysWhereTheJsonBreaks_WhenTheSampleIsNotJson()
    {
        var cut = RenderDesigner("webhook");

        cut.Find("textarea[data-testid=sample-payload]").Change("{ \"email\": }");

        Assert.Empty(_changes);
        Assert.Contains("This is not valid JSON (line 1, character 12)", cut.Find("[role=alert]").TextContent);
    }

    [Fact]
    public void TriggerInputDesigner_LearnsTheShape_FromTheLastCallItReceived()
    {
        var cut = Render<TriggerInputDesigner>(parameters => parameters
            .Add(p => p.TriggerType, "webhook")
            .Add(p => p.LastReceived, JsonNode.Parse("""{ "orderId": "o-1001", "total": 42.5 }"""))
            .Add(p => p.OnChange, (ValueTuple<string, JsonNode?> change) => _changes.Add(change)));

        cut.Find("[data-testid=use-last-payload]").Click();

        Assert.Equal("""{"orderId":"o-1001","total":42.5}""", LastChange("samplePayload")!.ToJsonString());
    }

    [Fact]
    public void TriggerInputDesigner_OffersNoLastCall_WhenNoneCameYet() =>
        Assert.Empty(RenderDesigner("webhook").FindAll("[data-testid=use-last-payload]"));

    [Fact]
    public void TriggerInputDesigner_KeepsTypingInTheBrowser_InEveryBox()
    {
        var manual = RenderDesigner("manual", JsonNode.Parse("""[ { "name": "customerId", "label": "Customer", "example": "cust_456" } ]"""));

        Assert.Empty(KeystrokeFreeBoxes.Offenders(manual, "input-label-0", "input-example-0", "input-name-0"));
        Assert.Empty(KeystrokeFreeBoxes.Offenders(RenderDesigner("webhook"), "sample-payload"));
    }
}
