using System.Text.Json;
using System.Text.Json.Nodes;
using AngleSharp.Dom;
using AngleSharp.Html.Parser;
using Workflows.Blazor.Messaging;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Messaging;

/// <summary>
/// Hostile values in a customer's name, a product's name and a model's answer go through every message step
/// (a text email, an HTML email, a text message): the stored and the SMTP-sent bodies carry them as text,
/// with no element, attribute or link the designer did not write, and subjects stay one line.
/// </summary>
public sealed class HostileDataTests : IAsyncLifetime
{
    private const string Phishing = "<a href=\"http://evil.example/claim\">Claim your prize</a>";

    private readonly AppFactory _app = new();
    private readonly SmtpTestServer _smtp = new();

    public static TheoryData<string> Corpus() => new()
    {
        Phishing,
        "<script>alert(1)</script>",
        "<img src=x onerror=alert(1)>",
        "\"><svg onload=alert(1)>",
        "' onmouseover='alert(1)' x='",
        "javascript:alert(1)",
        "<a href=\"javascript:alert(1)\">Open</a>",
        "&lt;script&gt;alert(1)&lt;/script&gt;",
        "&#x6a;avascript:alert(1)",
        "<a href=\"&#x6a;avascript:alert(1)\">x</a>",
        "<a href=\"ｊavascript:alert(1)\">ｊavascript</a>",
        "<ѕcript>alert(1)</ѕcript> http://pаypal.example/login",
        "<!-- --><style>body{display:none}</style>",
        "Ana\r\nBcc: victim@example.com\r\n\r\n<b>injected</b>",
        "Ana\u202Egnp.exe\u0000\u0007",
        "https://evil.example/claim?x=1&y=2",
    };

    [Theory]
    [MemberData(nameof(Corpus))]
    public async Task MessageSteps_CarryHostileValuesAsText_InStoredAndSentBodies(string hostile)
    {
        await _app.UseSmtpAsync(_smtp);
        var client = await _app.CreateApiClientAsync();
        var workflowId = await client.ImportAsync(EveryMessageStep);

        var executionId = await client.StartRunAsync(workflowId, new
        {
            input = new { value = hostile },
            testOutputs = new JsonObject { ["write"] = hostile },
        });
        var execution = await client.WaitForStatusAsync(executionId, "completed");

        Assert.Null(execution.Variables()["failed"]);
        var rows = await _app.OutboxAsync();
        Assert.Equal(["email", "email", "sms"], rows.Select(r => r.Channel));
        var (textRow, htmlRow, smsRow) = (rows[0], rows[1], rows[2]);
        var sent = _smtp.Messages.ToArray();
        Assert.Equal(2, sent.Length);

        var subject = "Hi " + MessageText.SingleLine(hostile);
        Assert.All(new[] { textRow.Subject, htmlRow.Subject, sent[0].Subject, sent[1].Subject }, s => Assert.Equal(subject, s));
        Assert.DoesNotContain(sent, mail => mail.Headers.Contains("Bcc"));

        var asText = MessageText.Clean(hostile);
        foreach (var html in new[] { textRow.Body, sent[0].HtmlBody })
        {
            var body = DesignersMarkupOnly(html, ["br"]);
            Assert.Contains($"Hi {asText},\nyour {asText} is ready: https://shop.example.com/orders\n{asText}", body.TextContent);
        }
        Assert.Equal($"Hi {asText},\nyour {asText} is ready: https://shop.example.com/orders\n{asText}", sent[0].TextBody!.ReplaceLineEndings("\n").TrimEnd());

        foreach (var html in new[] { htmlRow.Body, sent[1].HtmlBody })
        {
            var body = DesignersMarkupOnly(html, ["p", "b"]);
            Assert.Equal(["Hi " + asText, $"Your {asText} is ready: see your order", asText], body.QuerySelectorAll("p").Select(p => p.TextContent));
        }
        Assert.Null(sent[1].TextBody);

        Assert.Equal(MessageText.Clean($"Hi {hostile}, {hostile}: {hostile}"), smsRow.Body);
    }

    [Fact]
    public async Task TextEmail_SendsTheNameAsText_WhenACustomersNameIsALink()
    {
        await _app.UseSmtpAsync(_smtp);
        var client = await _app.CreateApiClientAsync();
        var workflowId = await client.ImportAsync(MessagingWorkflows.EmailThenWaitForOpenWith("Hi {{input.name}}, thanks for joining."));

        var executionId = await client.StartRunAsync(workflowId, MessagingWorkflows.Welcome("ana@example.com", Phishing));
        await client.WaitForStatusAsync(executionId, "waiting");

        var row = Assert.Single(await _app.OutboxAsync());
        var mail = Assert.Single(_smtp.Messages);
        Assert.Equal($"Hi {Phishing}, thanks for joining.", mail.TextBody!.TrimEnd());
        foreach (var html in new[] { row.Body, mail.HtmlBody })
        {
            Assert.StartsWith("Hi &lt;a href=&quot;http://evil.example/claim&quot;&gt;Claim your prize&lt;/a&gt;, thanks for joining.", html);
            Assert.DoesNotContain("<a ", html);
            Assert.DoesNotContain("/t/c/", html);
            Assert.Equal($"Hi {Phishing}, thanks for joining.", DesignersMarkupOnly(html, []).TextContent.Trim());
        }
    }

    /// <summary>
    /// Parses an email body as a mail client would and checks it has only the elements the designer wrote
    /// (<paramref name="allowed"/>), the one link to the shop through click tracking, and the open pixel.
    /// </summary>
    private static IElement DesignersMarkupOnly(string? html, string[] allowed)
    {
        var body = new HtmlParser().ParseDocument(html ?? "").Body!;
        var elements = body.QuerySelectorAll("*").ToList();
        Assert.All(elements, e => Assert.Contains(e.LocalName, allowed.Append("a").Append("img")));
        Assert.All(elements.SelectMany(e => e.Attributes), a => Assert.False(a.Name.StartsWith("on", StringComparison.OrdinalIgnoreCase), a.Name));
        Assert.All(body.QuerySelectorAll("a"), a => Assert.StartsWith("http://localhost:5080/t/c/", a.GetAttribute("href")));
        Assert.All(body.QuerySelectorAll("img"), img => Assert.StartsWith("http://localhost:5080/t/o/", img.GetAttribute("src")));
        Assert.Single(body.QuerySelectorAll("img"));
        Assert.True(body.QuerySelectorAll("a").Length <= 1);
        return body;
    }

    private static readonly string EveryMessageStep = $$$"""
        {
          "name": "Order ready",
          "steps": [
            { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "customer" } },
            { "stepSlug": "customer", "stepType": "action",
              "config": { "type": "customer.create", "parameters": { "name": "{{input.value}}", "email": "hostile@example.com" } },
              "nextSteps": { "success": "product", "error": "failed" } },
            { "stepSlug": "product", "stepType": "action",
              "config": { "type": "product.create", "parameters": { "name": "{{input.value}}", "category": "gifts", "price": 10 } },
              "nextSteps": { "success": "write", "error": "failed" } },
            { "stepSlug": "write", "stepType": "llm", "config": { "systemPrompt": "Write one friendly line about the order." },
              "nextSteps": { "success": "text_email", "error": "failed" } },
            { "stepSlug": "text_email", "stepType": "action",
              "config": { "type": "email_send", "parameters": { "to": "hostile@example.com", "subject": "Hi {{steps.customer.output.name}}",
                "body": {{{JsonSerializer.Serialize("Hi {{steps.customer.output.name}},\nyour {{steps.product.output.name}} is ready: https://shop.example.com/orders\n{{steps.write.output}}")}}} } },
              "nextSteps": { "success": "html_email", "error": "failed" } },
            { "stepSlug": "html_email", "stepType": "action",
              "config": { "type": "email_send", "parameters": { "to": "hostile@example.com", "subject": "Hi {{steps.customer.output.name}}",
                "body": {{{JsonSerializer.Serialize("<p>Hi {{steps.customer.output.name}}</p><p>Your <b>{{steps.product.output.name}}</b> is ready: <a href=\"https://shop.example.com/orders\">see your order</a></p><p>{{steps.write.output}}</p>")}}} } },
              "nextSteps": { "success": "sms", "error": "failed" } },
            { "stepSlug": "sms", "stepType": "action",
              "config": { "type": "sms_send", "parameters": { "to": "+4915112345678",
                "body": "Hi {{steps.customer.output.name}}, {{steps.product.output.name}}: {{steps.write.output}}" } },
              "nextSteps": { "success": "end", "error": "failed" } },
            { "stepSlug": "failed", "stepType": "action", "config": { "type": "set_variables", "parameters": { "failed": "a step failed" } },
              "nextSteps": { "success": "end" } }
          ]
        }
        """;

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync()
    {
        await _smtp.DisposeAsync();
        _app.Dispose();
    }
}
