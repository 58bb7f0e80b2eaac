using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Components.Pages.Data;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Messaging;
using Workflows.Blazor.Tests.Components;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Messaging;

public sealed class OutboxPanelTests : ComponentTest
{
    private readonly AppFactory _app = new();

    public OutboxPanelTests()
    {
        Services.AddSingleton(_app.Services.GetRequiredService<OutboxQueries>());
        Services.AddSingleton<TimeProvider>(_app.Clock);
    }

    [Fact]
    public async Task OutboxPanel_ShowsEachMessageWithItsStatusAndTracking()
    {
        var now = _app.Clock.GetUtcNow();
        await AddAsync(Message("email", "ana@example.com", "Welcome, Ana", "sent", now.AddHours(-3)) with { OpenedAt = now.AddHours(-2) });
        await AddAsync(Message("sms", "+4915112345678", null, "failed", now.AddHours(-1)) with { Error = "The SMS provider answered 401 Unauthorized: bad key" });

        var cut = Render<OutboxPanel>();

        cut.WaitForAssertion(() => Assert.Equal(2, cut.FindAll("tbody tr").Count));
        var rows = cut.FindAll("tbody tr");
        Assert.Contains("+4915112345678", rows[0].TextContent);
        Assert.Contains("Failed", rows[0].TextContent);
        Assert.Contains("bad key", rows[0].TextContent);
        Assert.Contains("Welcome, Ana", rows[1].TextContent);
        Assert.Contains("Sent", rows[1].TextContent);
        Assert.Contains("2 hours ago", rows[1].TextContent);
        Assert.Empty(cut.FindAll("[data-testid=empty-state]"));
    }

    [Fact]
    public async Task OutboxPanel_SaysAStoredEmailWasNotSent_WhenNoEmailServerIsSet()
    {
        await AddAsync(Message("email", "ana@example.com", "Welcome, Ana", "stored", _app.Clock.GetUtcNow()));

        var cut = Render<OutboxPanel>();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("tbody tr")));
        var chip = cut.Find("[data-testid=outbox-status]");
        Assert.Equal("In outbox, not sent (no email server set)", chip.TextContent.Trim());
        Assert.DoesNotContain("mud-chip-color-success", chip.ClassName);
    }

    [Fact]
    public async Task OutboxPanel_ShowsAPushNotification_AndWhyItWasNotSent()
    {
        await AddAsync(Message("push", "device-42", "Back in stock", "stored", _app.Clock.GetUtcNow()));

        var cut = Render<OutboxPanel>();

        cut.WaitForAssertion(() => Assert.Single(cut.FindAll("tbody tr")));
        Assert.Contains("Push", cut.Find("tbody tr").TextContent);
        Assert.Equal("In outbox, not sent (no push provider set)", cut.Find("[data-testid=outbox-status]").TextContent.Trim());
    }

    [Fact]
    public void OutboxPanel_SaysWhatFillsIt_WhenNothingWasSent()
    {
        var cut = Render<OutboxPanel>();

        cut.WaitForAssertion(() => Assert.Contains("No messages sent yet", cut.Find("[data-testid=empty-state]").TextContent));
        Assert.Contains("Emails, text messages and push notifications", cut.Markup);
        Assert.Empty(cut.FindAll("[data-testid=outbox-table]"));
    }

    private static OutboxRow Message(string channel, string to, string? subject, string status, DateTimeOffset at) =>
        new(channel, to, subject, status, at);

    private Task AddAsync(OutboxRow row) => _app.QueryAsync(async db =>
    {
        db.OutboxMessages.Add(new OutboxMessageEntity
        {
            Id = Guid.NewGuid().ToString("N"),
            Channel = row.Channel,
            To = row.To,
            Subject = row.Subject,
            Body = "Hello",
            Status = row.Status,
            Error = row.Error,
            TrackingToken = Guid.NewGuid().ToString("N"),
            CreatedAt = row.At,
            SentAt = row.Status == "sent" ? row.At : null,
            OpenedAt = row.OpenedAt,
        });
        return await db.SaveChangesAsync();
    });

    private sealed record OutboxRow(string Channel, string To, string? Subject, string Status, DateTimeOffset At)
    {
        public string? Error { get; init; }

        public DateTimeOffset? OpenedAt { get; init; }
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            _app.Dispose();
        }
    }
}
