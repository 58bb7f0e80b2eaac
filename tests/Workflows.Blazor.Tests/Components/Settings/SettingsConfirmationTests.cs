using AngleSharp.Dom;
using Microsoft.AspNetCore.Components;
using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Ai;
using Workflows.Blazor.Components.Pages.Settings;
using Workflows.Blazor.Security;

namespace Workflows.Blazor.Tests.Components.Settings;

/// <summary>What cannot be undone on the Settings page asks first, says what stops working, and does nothing when declined.</summary>
public sealed class SettingsConfirmationTests : AppComponentTest
{
    private SecretQueries Secrets => App.Services.GetRequiredService<SecretQueries>();

    private SecretCommands SecretCommands => App.Services.GetRequiredService<SecretCommands>();

    public SettingsConfirmationTests()
    {
        SignInAs(Roles.Admin);
        Services.AddSingleton(Secrets);
        Services.AddSingleton(SecretCommands);
        Services.AddSingleton(App.Services.GetRequiredService<ApiKeyQueries>());
        Services.AddSingleton(App.Services.GetRequiredService<ApiKeyCommands>());
        Services.AddSingleton(App.Services.GetRequiredService<AiSettings>());
        Services.AddSingleton(App.Services.GetRequiredService<ConnectionTester>());
    }

    [Fact]
    public async Task SecretsPanel_AsksBeforeDeletingASecret_AndKeepsItWhenDeclined()
    {
        await SecretCommands.SetAsync("crm_token", "abc", "admin@example.com");
        var hosts = RenderHosts();
        var cut = Render<SecretsPanel>();

        await AnswerAsync(hosts, cut, "button[aria-label='Delete secret crm_token']", "Steps that use it fail", "Keep it");
        Assert.Contains(await Secrets.ListAsync(), s => s.Name == "crm_token");

        await AnswerAsync(hosts, cut, "button[aria-label='Delete secret crm_token']", "Steps that use it fail", "Delete");
        await Poll.UntilAsync(() => Secrets.ListAsync(), list => list.All(s => s.Name != "crm_token"), _ => "the secret was not deleted");
    }

    [Fact]
    public async Task ApiKeysPanel_AsksBeforeRevokingAKey_AndKeepsItWhenDeclined()
    {
        var keys = App.Services.GetRequiredService<ApiKeyQueries>();
        await App.Services.GetRequiredService<ApiKeyCommands>().CreateAsync("Nightly export", "admin@example.com");
        var hosts = RenderHosts();
        var cut = Render<ApiKeysPanel>();

        await AnswerAsync(hosts, cut, "button[data-testid=revoke-api-key]", "is refused from now on", "Keep it");
        Assert.Single(await keys.ListAsync());

        await AnswerAsync(hosts, cut, "button[data-testid=revoke-api-key]", "is refused from now on", "Revoke");
        await Poll.UntilAsync(() => keys.ListAsync(), list => list.Count == 0, _ => "the key was not revoked");
    }

    [Fact]
    public async Task AiPanel_AsksBeforeForgettingTheKey_AndKeepsItWhenDeclined()
    {
        await SecretCommands.SetAsync(AiProviderSettings.ApiKeySecret, "sk-local", "admin@example.com");
        var settings = App.Services.GetRequiredService<AiSettings>();
        var hosts = RenderHosts();
        var cut = Render<AiPanel>();

        await AnswerAsync(hosts, cut, "button[data-testid=forget-ai-key]", "Forget the stored API key?", "Keep it");
        Assert.True(await settings.HasSavedKeyAsync());

        await AnswerAsync(hosts, cut, "button[data-testid=forget-ai-key]", "Forget the stored API key?", "Forget key");
        await Poll.UntilAsync(() => settings.HasSavedKeyAsync(), has => !has, _ => "the key was not forgotten");
    }

    /// <summary>Clicks a button of the panel, checks the question the dialog asks, and answers with one of its buttons.</summary>
    private static async Task AnswerAsync<TPanel>(IRenderedComponent<MudHosts> hosts, IRenderedComponent<TPanel> panel, string button, string question, string answer)
        where TPanel : IComponent
    {
        panel.WaitForElement(button);
        await panel.InvokeAsync(() => panel.Find(button).Click());
        hosts.WaitForAssertion(() => Assert.Contains(question, hosts.Find(".mud-dialog").TextContent));
        await hosts.InvokeAsync(() => ButtonNamed(hosts, answer).Click());
        hosts.WaitForAssertion(() => Assert.Empty(hosts.FindAll(".mud-dialog")));
    }

    private static IElement ButtonNamed(IRenderedComponent<MudHosts> hosts, string name) =>
        hosts.FindAll(".mud-dialog button").Single(b => b.TextContent.Trim() == name);
}
