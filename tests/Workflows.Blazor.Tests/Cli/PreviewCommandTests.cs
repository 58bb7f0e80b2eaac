using System.Text.Json.Nodes;
using Workflows.Blazor.Cli;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Cli;

/// <summary>The <c>preview</c> verb over the demo store: the editor's summary in sentences, the API's preview as JSON, and bad input in one line.</summary>
public sealed class PreviewCommandTests : IDisposable
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

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }
}
