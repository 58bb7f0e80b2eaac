using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Workflows.Blazor.Cli;
using Workflows.Blazor.Tests.Journeys;
using Workflows.Blazor.Tests.Support;
using static Workflows.Blazor.Tests.Support.JourneyClientExtensions;

namespace Workflows.Blazor.Tests.Cli;

/// <summary>
/// The <c>preview</c> verb over the demo store, for a workflow or a journey: the editor's summary in sentences, the API's
/// preview as JSON, and bad input in one line. A journey's model is a fake that always sends an email now and plans a reminder.
/// </summary>
public sealed class PreviewCommandTests : IAsyncLifetime
{
    private const string ThankYou = """
        { "name": "Thank you note", "steps": [
          { "stepSlug": "get_customer", "stepType": "action",
            "config": { "type": "customer_get", "parameters": { "customerId": "{{input.customerId}}" } }, "nextSteps": { "success": "send_thanks" } },
          { "stepSlug": "send_thanks", "stepType": "action",
            "config": { "type": "email_send", "parameters": { "to": "{{steps.get_customer.output.email}}",
              "subject": "Thank you, {{steps.get_customer.output.name}}", "body": "We are glad you are with us." } },
            "nextSteps": { "success": "end" } }
        ] }
        """;

    private readonly string _folder = Directory.CreateTempSubdirectory("wf-preview-cli-").FullName;
    private readonly FakeOpenAiServer _model = new() { Fallback = Decision(actNow: [Email("Espresso deal")], schedule: [Email("Still thinking?", after: "1 day")]) };

    private string Database => Path.Combine(_folder, "cli.db");

    private async Task ImportAsync()
    {
        var file = Path.Combine(_folder, "thank-you.json");
        await File.WriteAllTextAsync(file, ThankYou);
        Assert.Equal(ExitCodes.Ok, (await CommandLine.RunAsync(Database, "import", file)).Exit);
    }

    [Fact]
    public async Task Preview_OfASegmentSample_PrintsTheSummaryInSentences()
    {
        await ImportAsync();

        var (exit, output, error) = await CommandLine.RunAsync(Database, "preview", "--workflow", "thank you note", "--segment", "seg_vip", "--sample", "5");

        Assert.True(exit == ExitCodes.Ok, error);
        Assert.Contains("Preview of “Thank you note”, the draft, for 5 contacts over the next 30 days:", output);
        Assert.Contains("  5 of 5 get “Send thanks”", output);
        Assert.Contains("  5 finish, 0 still waiting after 30 days, 0 stop on an error.", output);
    }

    [Fact]
    public async Task Preview_WithJson_PrintsThePreviewAsTheApiAnswersIt()
    {
        await ImportAsync();

        var (exit, output, error) = await CommandLine.RunAsync(Database, "preview", "--workflow", "Thank you note", "--contact", "cust_456", "--days", "7", "--json");

        Assert.True(exit == ExitCodes.Ok, error);
        var preview = JsonNode.Parse(output)!;
        Assert.Equal(7, preview["days"]!.GetValue<int>());
        var timeline = Assert.Single(preview["timelines"]!.AsArray())!;
        Assert.Equal("cust_456", timeline["contactId"]!.GetValue<string>());
        Assert.Contains(timeline["entries"]!.AsArray(), e => e!["kind"]!.GetValue<string>() == "wouldDo"
            && e["input"]!["subject"]!.GetValue<string>() == "Thank you, John Doe");
    }

    [Fact]
    public async Task Preview_Compared_ListsWhoGetsSomethingDifferentFromThePublishedVersion()
    {
        using var app = new AppFactory().WithDemoData();
        var api = await app.CreateApiClientAsync();
        var workflowId = await api.ImportAsync(ThankYou);
        await api.PublishAsync(workflowId);
        await app.SaveDraftAsync(workflowId, ThankYou.Replace("Thank you, ", "Thanks, "));

        var (exit, output, error) = await CommandLine.RunAsync(app.DatabasePath, "preview", "--workflow", workflowId, "--contact", "cust_456", "--compare", "1");

        Assert.True(exit == ExitCodes.Ok, error);
        Assert.Contains("Compared with version 1: 1 of 1 contacts get something different.", output);
        Assert.Contains("  John Doe (cust_456)", output);
        Assert.Contains("    only in version 1: Day 0 · Would send email: “Thank you, John Doe”", output);
        Assert.Contains("    only in the draft: Day 0 · Would send email: “Thanks, John Doe”", output);
    }

    [Theory]
    [InlineData("--workflow|No such flow|--segment|seg_vip", "There is no workflow with the id or name 'No such flow'.")]
    [InlineData("--workflow|Thank you note|--contact|cust_nobody", "There is no contact with the id, email or name 'cust_nobody'.")]
    [InlineData("--workflow|Thank you note|--segment|seg_vip|--days|0", "1 to 90 days ahead; 0 days cannot be previewed.")]
    [InlineData("--workflow|Thank you note|--segment|seg_vip|--compare|1", "There is no version")]
    public async Task Preview_ExplainsBadInputInOneLine_AndFails(string options, string expected)
    {
        await ImportAsync();

        var (exit, _, error) = await CommandLine.RunAsync(Database, ["preview", .. options.Split('|')]);

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Contains(expected, error);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Preview_SaysHowToChooseTheContacts_WhenNoneAreChosen()
    {
        var (exit, _, error) = await CommandLine.RunAsync(Database, "preview", "--workflow", "Thank you note");

        Assert.Equal(ExitCodes.Usage, exit);
        Assert.Equal("error: Choose whom to preview: --segment ID (with --sample N for some of them), --sample N, or --contact ID.", error.Trim());
    }

    [Fact]
    public async Task Preview_OfAJourneyById_PrintsTheSummaryWithItsCapInSentences()
    {
        using var app = JourneyApp();
        var (journeyId, name) = await CreateJourneyAsync(app);

        var (exit, output, error) = await RunWithModelAsync(app, "preview", "--journey", journeyId, "--contact", "cust_456", "cust_002", "--days", "7");

        Assert.True(exit == ExitCodes.Ok, error);
        Assert.Equal(
            [
                $"Preview of “{name}”, version 1, for 2 contacts over the next 7 days:",
                "  2 of 2 get “Send email” (4 times)",
                "  0 of 2 exceed the cap of 2 “Send email”; it holds back 2 of them",
                "  0 finish, 2 still waiting after 7 days, 0 stop on an error.",
            ],
            output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task Preview_OfAJourneyByName_FindsItIgnoringCase()
    {
        using var app = JourneyApp();
        var (_, name) = await CreateJourneyAsync(app);

        var (exit, output, error) = await RunWithModelAsync(app, "preview", "--journey", name.ToUpperInvariant(), "--contact", "John Doe", "--days", "3");

        Assert.True(exit == ExitCodes.Ok, error);
        Assert.Contains($"Preview of “{name}”, version 1, for 1 contacts over the next 3 days:", output);
    }

    [Fact]
    public async Task Preview_OfAJourneyWithJson_AnswersAsTheApiDoes()
    {
        using var app = JourneyApp();
        var (journeyId, _) = await CreateJourneyAsync(app);
        var api = await app.CreateApiClientAsync();
        using var response = await api.PostAsJsonAsync($"/api/journeys/{journeyId}/preview", new { contacts = new[] { "cust_456" }, days = 7 });
        await response.EnsureSuccessWithBodyAsync();
        var answered = (await response.Content.ReadFromJsonAsync<JsonObject>())!;

        var (exit, output, error) = await RunWithModelAsync(app, "preview", "--journey", journeyId, "--contact", "cust_456", "--days", "7", "--json");

        Assert.True(exit == ExitCodes.Ok, error);
        var printed = JsonNode.Parse(output)!;
        Assert.Equal(journeyId, printed["journeyId"]!.GetValue<string>());
        Assert.Equal(Shape(answered), Shape(printed));
        Assert.Equal(
            answered["timelines"]![0]!["entries"]!.AsArray().Select(e => e!["kind"]!.GetValue<string>()),
            printed["timelines"]![0]!["entries"]!.AsArray().Select(e => e!["kind"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("--journey|{id}|--workflow|Thank you note|--contact|cust_456", ExitCodes.Usage, "error: Choose what to preview: --workflow ID|NAME or --journey ID|NAME, one of them.")]
    [InlineData("--contact|cust_456", ExitCodes.Usage, "error: Choose what to preview: --workflow ID|NAME or --journey ID|NAME, one of them.")]
    [InlineData("--journey|No such journey|--contact|cust_456", ExitCodes.Failed, "error: There is no journey with the id or name 'No such journey'.")]
    [InlineData("--journey|{id}|--contact|cust_456|--version|draft", ExitCodes.Failed, "error: A journey has no draft: every save is a new version.")]
    [InlineData("--journey|{id}|--contact|cust_456|--compare|4", ExitCodes.Failed, "error: There is no version 4 of journey")]
    [InlineData("--journey|{id}", ExitCodes.Usage, "error: Choose whom to preview:")]
    public async Task Preview_OfAJourney_ExplainsBadInputInOneLine_AndFails(string options, int expectedExit, string expected)
    {
        using var app = JourneyApp();
        var (journeyId, _) = await CreateJourneyAsync(app);

        var (exit, _, error) = await RunWithModelAsync(app, ["preview", .. options.Replace("{id}", journeyId).Split('|')]);

        Assert.Equal(expectedExit, exit);
        Assert.StartsWith(expected, error);
        Assert.Single(error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Empty(_model.Requests);
    }

    [Fact]
    public async Task Preview_OfAJourneyByAName_TwoJourneysShare_AsksForTheId()
    {
        using var app = JourneyApp();
        await CreateJourneyAsync(app, "Spring promotion");
        await CreateJourneyAsync(app, "Spring promotion");

        var (exit, _, error) = await RunWithModelAsync(app, "preview", "--journey", "Spring promotion", "--contact", "cust_456");

        Assert.Equal(ExitCodes.Failed, exit);
        Assert.Equal("error: 2 journeys are named 'Spring promotion'; give the id of the one you mean.", error.Trim());
    }

    private AppFactory JourneyApp() => new AppFactory().WithDemoData().WithModel(_model);

    /// <summary>A journey that may email a contact at most twice; its name is <paramref name="name"/> or a new one.</summary>
    private static async Task<(string Id, string Name)> CreateJourneyAsync(AppFactory app, string? name = null)
    {
        var journey = JourneyDefinitions.Promotion(maxEmails: 2);
        journey["name"] = name ?? journey["name"]!.GetValue<string>();
        var api = await app.CreateApiClientAsync();
        return (await api.CreateJourneyAsync(journey), journey["name"]!.GetValue<string>());
    }

    private Task<(int Exit, string Output, string Error)> RunWithModelAsync(AppFactory app, params string[] args) =>
        CommandLine.RunAsync(app.DatabasePath, _model.Settings, args);

    /// <summary>Every property path in a JSON answer (an array by its first item), whatever the values.</summary>
    private static IEnumerable<string> Shape(JsonNode? node, string path = "") => node switch
    {
        JsonObject o => o.SelectMany(p => Shape(p.Value, $"{path}.{p.Key}")).Prepend(path),
        JsonArray { Count: > 0 } a => Shape(a[0], path + "[]"),
        _ => [path],
    };

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
        await _model.DisposeAsync();
    }
}
