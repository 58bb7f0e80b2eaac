using System.Net;
using System.Text.Json.Nodes;
using Workflows.Blazor.Tests.Support;

namespace Workflows.Blazor.Tests.Actions;

public sealed class DocumentAndKnowledgeActionTests(DemoStoreApp app) : IClassFixture<DemoStoreApp>
{
    [Theory]
    [InlineData("<h1>Invoice for {{input.name}}</h1>", "text/html", "<h1>Invoice for &lt;script&gt;alert(1)&lt;/script&gt;</h1>")]
    [InlineData("Invoice for {{input.name}}", "text/html", "Invoice for &lt;script&gt;alert(1)&lt;/script&gt;")]
    [InlineData("Invoice for {{input.name}}", "text/plain", "Invoice for <script>alert(1)</script>")]
    public async Task Create_StoresCustomerDataAsText_InADocumentFromATemplate(string content, string contentType, string stored)
    {
        var document = await app.Factory.OutputOfAsync("document.create",
            new JsonObject { ["name"] = "invoice", ["content"] = content, ["contentType"] = contentType },
            new JsonObject { ["name"] = "<script>alert(1)</script>" });
        var link = await app.Factory.OutputOfAsync("document.generate_signed_url", new JsonObject { ["documentId"] = document["id"]!.DeepClone(), ["expiresInMinutes"] = 5 });

        var served = await app.Factory.CreateClient().GetStringAsync(new Uri(link["url"]!.GetValue<string>()).PathAndQuery);

        Assert.Equal(stored, served);
    }

    [Fact]
    public async Task SignedUrl_ServesTheDocument_UntilItExpires()
    {
        var document = await app.Factory.OutputOfAsync("document.create", new JsonObject { ["name"] = "terms.txt", ["content"] = "Terms of service" });
        var link = await app.Factory.OutputOfAsync("document.generate_signed_url", new JsonObject { ["documentId"] = document["id"]!.DeepClone(), ["expiresInMinutes"] = 5 });
        var client = app.Factory.CreateClient();
        var path = new Uri(link["url"]!.GetValue<string>()).PathAndQuery;

        Assert.Equal("Terms of service", await client.GetStringAsync(path));
        using (var tampered = await client.GetAsync(path.Replace("signature=", "signature=x")))
        {
            Assert.Equal(HttpStatusCode.Forbidden, tampered.StatusCode);
        }

        app.Factory.Clock.Advance(TimeSpan.FromMinutes(6));
        using var expired = await client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Forbidden, expired.StatusCode);
    }

    [Fact]
    public async Task DocumentUpdate_ChangesItsMetadata()
    {
        var document = await app.Factory.OutputOfAsync("document_create", new JsonObject { ["name"] = "a.txt", ["content"] = "x", ["sourceProvider"] = "upload" });

        var updated = await app.Factory.OutputOfAsync("document.update", new JsonObject
        {
            ["documentId"] = document["id"]!.DeepClone(), ["metadata"] = new JsonObject { ["language"] = "en" },
        });
        var found = await app.Factory.OutputOfAsync("document.query", new JsonObject { ["sourceProvider"] = "upload" });

        Assert.Equal("en", updated["metadata"]!["language"]!.GetValue<string>());
        Assert.Contains(found["documents"]!.AsArray(), d => d!["id"]!.GetValue<string>() == document["id"]!.GetValue<string>());
    }

    [Fact]
    public async Task KnowledgeSearch_RanksTheArticleAboutTheQuestionFirst()
    {
        var result = await app.Factory.OutputOfAsync("knowledge_search", new JsonObject { ["query"] = "my grinder makes a squeaking noise" });

        Assert.Equal("Grinder care", result["results"]![0]!["title"]!.GetValue<string>());
    }

    [Fact]
    public async Task UploadedText_IsFoundBySearch_AndAnUploadedDocumentToo()
    {
        await app.Factory.OutputOfAsync("rag.upload_text", new JsonObject { ["title"] = "Gift wrapping", ["text"] = "We gift-wrap any order for free on request." });
        var document = await app.Factory.OutputOfAsync("document.create", new JsonObject { ["name"] = "holiday.txt", ["content"] = "The shop closes on holidays from the 24th." });
        await app.Factory.OutputOfAsync("rag.upload_document", new JsonObject { ["documentId"] = document["id"]!.DeepClone() });

        var wrapping = await app.Factory.OutputOfAsync("rag.search", new JsonObject { ["query"] = "gift wrap" });
        var holidays = await app.Factory.OutputOfAsync("rag.search", new JsonObject { ["query"] = "holidays closes" });

        Assert.Equal("Gift wrapping", wrapping["results"]![0]!["title"]!.GetValue<string>());
        Assert.Equal("holiday.txt", holidays["results"]![0]!["title"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("\"NEAR( OR * AND")]
    [InlineData("title: {x} ^ -y")]
    [InlineData("'; DROP TABLE KnowledgeChunks; --")]
    public async Task KnowledgeSearch_TreatsSearchSyntaxAsWords(string query)
    {
        var record = await app.Factory.RunActionAsync("knowledge_search", new JsonObject { ["query"] = query });

        Assert.Equal("success", record.Port);
    }
}
