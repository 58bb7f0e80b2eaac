using System.Text.Json.Nodes;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection;
using MudBlazor;
using Workflows.Blazor.Components.Editor;
using Workflows.Blazor.Editor;
using Workflows.Blazor.Security;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Tests.Components.Editor;

public sealed class WorkflowSecretsDialogTests : AppComponentTest, IClassFixture<SharedApp>
{
    private const string Value = "sk_live_typed_once_93b1";

    public WorkflowSecretsDialogTests(SharedApp shared) : base(shared) => Services.AddSingleton(Protector);

    private InlineSecretProtector Protector => App.Services.GetRequiredService<InlineSecretProtector>();

    private async Task<(IRenderedComponent<MudDialogProvider> Provider, IDialogReference Dialog)> OpenAsync(JsonObject secrets)
    {
        var provider = Render<MudDialogProvider>();
        var dialogs = Services.GetRequiredService<IDialogService>();
        IDialogReference? dialog = null;
        await provider.InvokeAsync(async () => dialog = await dialogs.ShowAsync<WorkflowSecretsDialog>("Workflow secrets",
            new DialogParameters<WorkflowSecretsDialog> { { d => d.Secrets, secrets } }));
        return (provider, dialog!);
    }

    [Fact]
    public async Task Dialog_EncryptsTheTypedValue_AndShowsItOnlyMasked()
    {
        var (provider, dialog) = await OpenAsync([]);

        provider.Find("input[data-testid=workflow-secret-name]").Change("apiKey");
        provider.Find("input[data-testid=workflow-secret-value]").Change(Value);
        provider.Find("[data-testid=keep-secret]").Click();

        Assert.Single(provider.FindAll("[data-testid=masked-value]"));
        Assert.DoesNotContain(Value, provider.Markup);
        provider.Find("[data-testid=secrets-done]").Click();
        var secrets = Assert.IsType<JsonObject>((await dialog.Result)!.Data);
        var (name, cipherText) = Assert.Single(InlineSecrets.Entries(secrets));
        Assert.Equal("apiKey", name);
        Assert.True(Protector.TryDecrypt(cipherText!, out var value));
        Assert.Equal(Value, value);
    }

    [Fact]
    public async Task Dialog_ReplacesTheValue_OfASecretEncryptedElsewhere()
    {
        var elsewhere = new EphemeralDataProtectionProvider().CreateProtector(SecretProtection.Purpose, "InlineSecrets").Protect("old");
        var (provider, dialog) = await OpenAsync(new JsonObject { ["apiKey"] = InlineSecrets.Entry(elsewhere) });
        Assert.Contains("Encrypted elsewhere: enter its value again", provider.Markup);

        provider.Find("[data-testid=replace-secret]").Click();
        provider.Find("input[data-testid=workflow-secret-value]").Change(Value);
        provider.Find("[data-testid=keep-secret]").Click();

        Assert.DoesNotContain("Encrypted elsewhere", provider.Markup);
        provider.Find("[data-testid=secrets-done]").Click();
        var secrets = Assert.IsType<JsonObject>((await dialog.Result)!.Data);
        Assert.True(Protector.TryDecrypt(InlineSecrets.CipherTexts(new WorkflowDefinition("w", []) { Config = new JsonObject { ["secrets"] = secrets } })["apiKey"], out var value));
        Assert.Equal(Value, value);
    }

    [Fact]
    public async Task Dialog_RefusesANameATemplateCannotWrite()
    {
        var (provider, _) = await OpenAsync([]);

        provider.Find("input[data-testid=workflow-secret-name]").Change("api key");
        provider.Find("input[data-testid=workflow-secret-value]").Change(Value);
        provider.Find("[data-testid=keep-secret]").Click();

        Assert.Contains("cannot be a secret name", provider.Markup);
        Assert.Empty(provider.FindAll("[data-testid=workflow-secret]"));
    }

    [Fact]
    public void WithSecrets_RemovesTheSetting_WhenTheLastSecretIsRemoved()
    {
        var definition = new WorkflowDefinition("w", []) { Config = new JsonObject { ["secrets"] = new JsonObject { ["apiKey"] = InlineSecrets.Entry("c") } } };

        Assert.Null(WorkflowSecretEdits.WithSecrets(definition, []).Config);
    }
}
