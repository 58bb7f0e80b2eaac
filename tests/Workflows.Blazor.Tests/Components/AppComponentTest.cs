using Microsoft.Extensions.DependencyInjection;
using Bunit.TestDoubles;
using Workflows.Blazor.Data.Entities;
using Workflows.Blazor.Inbox;
using Workflows.Blazor.Kernel;
using Workflows.Blazor.Live;
using Workflows.Blazor.Runner;
using Workflows.Blazor.Security;
using Workflows.Blazor.Store;
using Workflows.Blazor.Templates;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;
using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Validation;

namespace Workflows.Blazor.Tests.Components;

/// <summary>
/// A bUnit context over the real app's workflow, execution and inbox services (real SQLite, fake clock),
/// signed in with a role, with MudBlazor's dialog and popover hosts rendered so dialogs and menus open.
/// </summary>
public abstract class AppComponentTest : ComponentTest
{
    private readonly bool _ownsApp;

    /// <summary>A context over an app of the test's own, for a test that needs an empty store.</summary>
    protected AppComponentTest() : this(new AppFactory(), ownsApp: true)
    {
    }

    /// <summary>A context over an app of the test's own, set up as the test needs, e.g. with the demo store.</summary>
    protected AppComponentTest(AppFactory app) : this(app, ownsApp: true)
    {
    }

    /// <summary>A context over the app its test class shares: each test adds and reads only data of its own.</summary>
    protected AppComponentTest(SharedApp shared) : this(shared.Factory, ownsApp: false)
    {
    }

    private AppComponentTest(AppFactory app, bool ownsApp)
    {
        App = app;
        _ownsApp = ownsApp;
        foreach (var service in new[]
                 {
                     typeof(WorkflowStore), typeof(WorkflowCommands), typeof(WorkflowValidator), typeof(WorkflowTemplateLibrary),
                     typeof(ExecutionQueries), typeof(ApprovalQueries), typeof(AuditLog), typeof(AuditQueries), typeof(ActionCatalog),
                     typeof(ChangeNotifications),
                 })
        {
            Services.AddSingleton(service, App.Services.GetRequiredService(service));
        }
        Services.AddSingleton<TimeProvider>(App.Clock);
        _auth = AddAuthorization();
        SignInAs(Roles.Designer);
    }

    private readonly BunitAuthorizationContext _auth;

    protected AppFactory App { get; }

    protected WorkflowStore Store => App.Services.GetRequiredService<WorkflowStore>();

    protected WorkflowCommands Commands => App.Services.GetRequiredService<WorkflowCommands>();

    /// <summary>Signs in with a role and the policies the app grants it.</summary>
    protected void SignInAs(string role)
    {
        _auth.SetAuthorized($"{role}@example.com");
        _auth.SetRoles(role);
        _auth.SetPolicies(role switch
        {
            Roles.Admin => [Policies.Admin, Policies.Design, Policies.Review, Policies.Read],
            Roles.Designer => [Policies.Design, Policies.Read],
            _ => [Policies.Review, Policies.Read],
        });
    }

    /// <summary>The hosts MudBlazor renders dialogs and menus into.</summary>
    protected IRenderedComponent<MudHosts> RenderHosts() => Render<MudHosts>();

    protected async Task<string> ImportAsync(string json) => (await Commands.ImportAsync(WorkflowJson.Parse(json), "designer@example.com")).Id;

    /// <summary>Records a finished run of a workflow, as the runner would have.</summary>
    protected Task<string> AddRunAsync(string workflowId, ExecutionStatus status, TimeSpan ago, string? failedStep = null) => App.QueryAsync(async db =>
    {
        var at = App.Clock.GetUtcNow() - ago;
        var id = Ids.New();
        db.Executions.Add(new ExecutionEntity
        {
            Id = id,
            WorkflowId = workflowId,
            Version = 1,
            Status = status,
            TriggerType = TriggerTypes.Manual,
            StateJson = "{}",
            FailedStep = failedStep,
            CreatedAt = at,
            StartedAt = at,
            EndedAt = at.AddSeconds(1),
            UpdatedAt = at,
        });
        await db.SaveChangesAsync();
        return id;
    });

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && _ownsApp)
        {
            App.Dispose();
        }
    }
}
