using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Messaging;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Messaging;

public sealed class EmailSendTests : IAsyncLifetime
{
    private readonly AppFactory _app = new();
    private readonly SmtpTestServer _smtp = new();

    [Fact]
    public async Task Email_ArrivesBySmtp_WithSubjectBodyAndOpenPixel()
    {
        await _app.UseSmtpAsync(_smtp);
        var client = await _app.CreateApiClientAsync();
        var workflowId = await client.ImportAsync(MessagingWorkflows.EmailThenWaitForOpen);

        var executionId = await client.StartRunAsync(workflowId, MessagingWorkflows.Welcome("ana@example.com"));
        var execution = await client.WaitForStatusAsync(executionId, "waiting");

        var mail = Assert.Single(_smtp.Messages);
        var row = Assert.Single(await _app.OutboxAsync());
        Assert.Equal("Welcome, Ana", mail.Subject);
        Assert.Equal("ana@example.com", mail.To.Mailboxes.Single().Address);
        Assert.Equal("shop@example.com", mail.From.Mailboxes.Single().Address);
        Assert.Contains("what is new", mail.HtmlBody);
        Assert.Contains($"<img src=\"http://localhost:5080/t/o/{row.TrackingToken}.gif\"", mail.HtmlBody);
        Assert.Contains($"http://localhost:5080/t/c/{row.TrackingToken}?u=https%3A%2F%2Fshop.example.com%2Fnew%3Fref%3Dmail%26x%3D1&amp;s=", mail.HtmlBody);
        Assert.Equal(("email", "sent", "cust_1", executionId), (row.Channel, row.Status, row.CustomerId, row.ExecutionId));
        Assert.NotNull(row.SentAt);
        var output = execution["steps"]!.AsArray().Single(s => s!["stepSlug"]!.GetValue<string>() == "send")!["output"]!;
        Assert.Equal((row.Id, "sent", "ana@example.com"), (output["messageId"]!.GetValue<string>(), output["status"]!.GetValue<string>(), output["to"]!.GetValue<string>()));
    }

    [Fact]
    public async Task Email_InPlainText_GoesAsTextAndHtmlWithOnlyTheDesignersLinkTracked()
    {
        await _app.UseSmtpAsync(_smtp);
        var client = await _app.CreateApiClientAsync();
        var workflowId = await client.ImportAsync(MessagingWorkflows.EmailThenWaitForOpenWith("Hi {{input.name}},\nyour code is waiting: https://shop.example.com/c"));

        var executionId = await client.StartRunAsync(workflowId, MessagingWorkflows.Welcome("ana@example.com", "Ana <B2> https://evil.example/x"));
        await client.WaitForStatusAsync(executionId, "waiting");

        var mail = Assert.Single(_smtp.Messages);
        Assert.Equal("Hi Ana <B2> https://evil.example/x,\nyour code is waiting: https://shop.example.com/c", mail.TextBody!.ReplaceLineEndings("\n").TrimEnd());
        Assert.Contains("Hi Ana &lt;B2&gt; https://evil.example/x,<br>", mail.HtmlBody);
        Assert.Contains("/t/c/", mail.HtmlBody);
        Assert.Contains("u=https%3A%2F%2Fshop.example.com%2Fc", mail.HtmlBody);
        Assert.DoesNotContain("evil.example%2Fx", mail.HtmlBody);
        Assert.DoesNotContain("href=\"https://evil.example", mail.HtmlBody);
        Assert.Contains("/t/o/", mail.HtmlBody);
    }

    [Fact]
    public async Task Email_TracksTheDesignersLinksOnly_WhenDataGivesALinksAddress()
    {
        await _app.UseSmtpAsync(_smtp);
        var client = await _app.CreateApiClientAsync();
        var workflowId = await client.ImportAsync(MessagingWorkflows.EmailThenWaitForOpenWith(
            "<p><a href=\"https://shop.example.com/p/{{input.name}}\">yours</a> or <a href=\"{{input.name}}\">theirs</a></p>"));

        var executionId = await client.StartRunAsync(workflowId, MessagingWorkflows.Welcome("ana@example.com", "https://evil.example/claim"));
        await client.WaitForStatusAsync(executionId, "waiting");

        var mail = Assert.Single(_smtp.Messages);
        Assert.Contains("u=https%3A%2F%2Fshop.example.com%2Fp%2Fhttps%3A%2F%2Fevil.example%2Fclaim", mail.HtmlBody);
        Assert.Contains("<a href=\"https://evil.example/claim\">theirs</a>", mail.HtmlBody);
        Assert.DoesNotContain("u=https%3A%2F%2Fevil.example", mail.HtmlBody);
    }

    [Fact]
    public async Task Email_StaysInTheOutboxAsStoredNotSent_WhenNoSmtpIsConfigured()
    {
        var client = await _app.CreateApiClientAsync();
        var workflowId = await client.ImportAsync(MessagingWorkflows.EmailThenWaitForOpen);

        var executionId = await client.StartRunAsync(workflowId, MessagingWorkflows.Welcome("ana@example.com"));
        var execution = await client.WaitForStatusAsync(executionId, "waiting");

        var row = Assert.Single(await _app.OutboxAsync());
        Assert.Equal(("email", "ana@example.com", "Welcome, Ana", "stored"), (row.Channel, row.To, row.Subject, row.Status));
        Assert.Null(row.SentAt);
        Assert.Contains("/t/o/", row.Body);
        Assert.Empty(_smtp.Messages);
        var output = execution["steps"]!.AsArray().Single(s => s!["stepSlug"]!.GetValue<string>() == "send")!["output"]!;
        Assert.Equal("stored", output["status"]!.GetValue<string>());
        Assert.Equal("Kept in the outbox, not sent (no email server set). Set one in Settings → Email & SMS to send.", output["note"]!.GetValue<string>());
    }

    [Fact]
    public async Task Email_IsSentOnce_WhenAResumedStepSendsWithTheSameKey()
    {
        await _app.UseSmtpAsync(_smtp);
        var sender = _app.Services.GetRequiredService<EmailSender>();
        var email = new OutgoingMessage("email", "ana@example.com", "Your order", "It is on its way.") { IdempotencyKey = "run_1/send/-" };

        var first = await sender.SendAsync(email, CancellationToken.None);
        var resumed = await sender.SendAsync(email with { TrackingToken = "another-token" }, CancellationToken.None);

        Assert.Single(_smtp.Messages);
        Assert.Single(await _app.OutboxAsync());
        Assert.Equal(first, resumed);
    }

    [Fact]
    public async Task Email_TakesTheErrorPort_WhenTheAddressIsInvalid()
    {
        await _app.UseSmtpAsync(_smtp);
        var client = await _app.CreateApiClientAsync();
        var workflowId = await client.ImportAsync(MessagingWorkflows.EmailThenWaitForOpen);

        var executionId = await client.StartRunAsync(workflowId, MessagingWorkflows.Welcome("ana at example"));
        var execution = await client.WaitForStatusAsync(executionId, "completed");

        Assert.Equal("failed", execution.Text("outcome"));
        Assert.Equal("'ana at example' is not an email address (to): write one address such as ana@example.com.", execution.Text("error"));
        Assert.Empty(_smtp.Messages);
    }

    [Fact]
    public async Task Email_FailsItsRowAndTakesTheErrorPort_WhenTheServerRefuses()
    {
        await _app.UseSmtpAsync(_smtp);
        _smtp.RefuseRecipientsWith = "550 5.1.1 No such user here";
        var client = await _app.CreateApiClientAsync();
        var workflowId = await client.ImportAsync(MessagingWorkflows.EmailThenWaitForOpen);

        var executionId = await client.StartRunAsync(workflowId, MessagingWorkflows.Welcome("nobody@example.com"));
        var execution = await client.WaitForStatusAsync(executionId, "completed");

        var row = Assert.Single(await _app.OutboxAsync());
        Assert.Equal("failed", row.Status);
        Assert.Contains("No such user here", row.Error);
        Assert.Contains("550", row.Error);
        Assert.Equal("failed", execution.Text("outcome"));
        Assert.Equal(row.Error, execution.Text("error"));
    }

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _smtp.DisposeAsync();
        _app.Dispose();
    }
}
