using System.Text.Json.Nodes;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Messaging;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Messaging;

/// <summary>Settings and outbox reads for messaging tests.</summary>
internal static class MessagingTestApp
{
    public static Task UseSmtpAsync(this AppFactory app, SmtpTestServer smtp, string? username = null, string? password = null) =>
        app.Services.GetRequiredService<MessagingSettings>().SaveEmailAsync(new EmailSettings
        {
            SmtpHost = "127.0.0.1",
            SmtpPort = smtp.Port,
            TlsMode = EmailTlsMode.None,
            Username = username,
            FromAddress = "shop@example.com",
            FromName = "The Shop",
        }, password, "tests");

    public static Task<List<OutboxMessageEntity>> OutboxAsync(this AppFactory app) =>
        app.QueryAsync(db => db.OutboxMessages.AsNoTracking().OrderBy(m => m.CreatedAt).ToListAsync());

    public static JsonObject Variables(this JsonObject execution) => execution["variables"]!.AsObject();

    public static string Text(this JsonObject execution, string variable) => execution.Variables()[variable]!.GetValue<string>();
}
