using System.Net;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.EntityFrameworkCore;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Messaging;

public sealed class TrackingTests : IDisposable
{
    private readonly AppFactory _app = new();

    [Fact]
    public async Task OpenPixel_PublishesEmailOpened_AndResumesTheRunWaitingForIt()
    {
        var client = await _app.CreateApiClientAsync();
        var workflowId = await client.ImportAsync(MessagingWorkflows.EmailThenWaitForOpen);
        var executionId = await client.StartRunAsync(workflowId, MessagingWorkflows.Welcome("ana@example.com"));
        await client.WaitForStatusAsync(executionId, "waiting");
        var row = Assert.Single(await _app.OutboxAsync());

        using var reader = _app.CreateClient();
        using var pixel = await reader.GetAsync($"/t/o/{row.TrackingToken}.gif");
        using var again = await reader.GetAsync($"/t/o/{row.TrackingToken}.gif");
        var execution = await client.WaitForStatusAsync(executionId, "completed");

        Assert.Equal(HttpStatusCode.OK, pixel.StatusCode);
        Assert.Equal("image/gif", pixel.Content.Headers.ContentType!.MediaType);
        Assert.Equal("GIF89a", System.Text.Encoding.ASCII.GetString((await pixel.Content.ReadAsByteArrayAsync())[..6]));
        Assert.Equal("opened", execution.Text("outcome"));
        Assert.NotNull(Assert.Single(await _app.OutboxAsync()).OpenedAt);
        var opened = await _app.QueryAsync(db => db.Events.AsNoTracking().Where(e => e.Type == "email.opened").ToListAsync());
        Assert.Equal("cust_1", Assert.Single(opened).SubjectId);
        Assert.Contains(row.Id, opened[0].DataJson);
    }

    [Fact]
    public async Task ClickLink_RedirectsToItsUrl_AndPublishesEmailClicked()
    {
        var link = await SendAndReadLinkAsync();
        using var browser = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await browser.GetAsync(link);

        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.Equal("https://shop.example.com/new?ref=mail&x=1", response.Headers.Location!.OriginalString);
        var row = Assert.Single(await _app.OutboxAsync());
        Assert.NotNull(row.ClickedAt);
        var clicked = await _app.QueryAsync(db => db.Events.AsNoTracking().SingleAsync(e => e.Type == "email.clicked"));
        Assert.Equal("cust_1", clicked.SubjectId);
        Assert.Equal("https://shop.example.com/new?ref=mail&x=1", JsonNode.Parse(clicked.DataJson!)!["url"]!.GetValue<string>());
    }

    [Fact]
    public async Task ClickLink_IsRefused_WhenItsUrlIsTampered()
    {
        var link = await SendAndReadLinkAsync();
        var tampered = link.Replace("shop.example.com", "evil.example.net", StringComparison.Ordinal);
        using var browser = _app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        using var response = await browser.GetAsync(tampered);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Null(response.Headers.Location);
        Assert.Null(Assert.Single(await _app.OutboxAsync()).ClickedAt);
        Assert.False(await _app.QueryAsync(db => db.Events.AnyAsync(e => e.Type == "email.clicked")));
    }

    /// <summary>Sends the welcome email to the outbox and returns its tracked link, as a path on the app.</summary>
    private async Task<string> SendAndReadLinkAsync()
    {
        var client = await _app.CreateApiClientAsync();
        var workflowId = await client.ImportAsync(MessagingWorkflows.EmailThenWaitForOpen);
        var executionId = await client.StartRunAsync(workflowId, MessagingWorkflows.Welcome("ana@example.com"));
        await client.WaitForStatusAsync(executionId, "waiting");
        var body = Assert.Single(await _app.OutboxAsync()).Body;
        var href = Regex.Match(body, "href=\"http://localhost:5080(?<path>/t/c/[^\"]+)\"").Groups["path"].Value;
        return WebUtility.HtmlDecode(href);
    }

    public void Dispose() => _app.Dispose();
}
