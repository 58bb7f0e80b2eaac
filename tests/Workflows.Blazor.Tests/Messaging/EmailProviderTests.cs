using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Messaging;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Tests.Messaging;

public sealed class EmailProviderTests : IDisposable
{
    private const string Password = "imap-pass-9f3k";
    private readonly CaptureAction _capture = new();
    private readonly AppFactory _app;

    public EmailProviderTests() => _app = new AppFactory().WithAction(_capture);

    [Fact]
    public async Task GetDefault_DescribesTheProvider_WithoutItsPassword()
    {
        await ConfigureAsync();
        var client = await _app.CreateApiClientAsync();
        var workflowId = await client.ImportAsync(MessagingWorkflows.ActionThenCapture("email_provider_get_default", "{}"));

        var executionId = await client.StartRunAsync(workflowId);
        await client.WaitForStatusAsync(executionId, "completed");

        var output = _capture.Last!["output"]!;
        Assert.Equal(("smtp", "smtp.example.com", "shop@example.com", true),
            (output["provider"]!.GetValue<string>(), output["smtpHost"]!.GetValue<string>(), output["fromAddress"]!.GetValue<string>(), output["hasPassword"]!.GetValue<bool>()));
        Assert.DoesNotContain(Password, output.ToJsonString());
    }

    [Fact]
    public async Task GetImapCredentials_RevealsThePassword_AndTheStepRecordMasksIt()
    {
        await ConfigureAsync();
        var client = await _app.CreateApiClientAsync();
        var workflowId = await client.ImportAsync(MessagingWorkflows.ActionThenCapture("email_provider.get_imap_credentials", "{}"));

        var executionId = await client.StartRunAsync(workflowId);
        var execution = await client.WaitForStatusAsync(executionId, "completed");

        var output = _capture.Last!["output"]!;
        Assert.Equal(("imap.example.com", 993, "mailbox@example.com", Password),
            (output["host"]!.GetValue<string>(), output["port"]!.GetValue<int>(), output["username"]!.GetValue<string>(), output["password"]!.GetValue<string>()));
        var record = execution["steps"]!.AsArray().Single(s => s!["stepSlug"]!.GetValue<string>() == "call")!;
        Assert.Equal(SecretMasker.Placeholder, record["output"]!["password"]!.GetValue<string>());
        Assert.DoesNotContain(Password, execution.ToJsonString());
    }

    private Task ConfigureAsync() => _app.Services.GetRequiredService<MessagingSettings>().SaveEmailAsync(new EmailSettings
    {
        SmtpHost = "smtp.example.com",
        Username = "mailbox@example.com",
        FromAddress = "shop@example.com",
        ImapHost = "imap.example.com",
    }, Password, "tests");

    public void Dispose() => _app.Dispose();
}
