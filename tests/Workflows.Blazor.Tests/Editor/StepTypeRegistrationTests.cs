using Microsoft.Extensions.DependencyInjection;
using Workflows.Blazor.Components.Shared;
using Workflows.Blazor.Tests.Support;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Tests.Editor;

/// <summary>The app runs every declared step type and only declared ones, and draws each as its declaration says.</summary>
public sealed class StepTypeRegistrationTests(DemoStoreApp app) : IClassFixture<DemoStoreApp>
{
    [Fact]
    public void StepExecutors_AreRegistered_ForExactlyTheDeclaredStepTypes()
    {
        var executed = app.Factory.Services.GetServices<IStepExecutor>().Select(e => e.StepType).Order().ToList();

        Assert.Equal(StepTypes.All.Select(t => t.Name).Order().ToList(), executed);
    }

    [Fact]
    public void StepTypeStyle_DrawsEachStepType_WithTheIconAndColourItDeclares()
    {
        Assert.All(StepTypes.All, type =>
        {
            Assert.Equal(type.Style.Colour, StepTypeStyle.Colour(type.Name));
            Assert.StartsWith("<", StepTypeStyle.Icon(type.Name));
        });
        Assert.Equal(StepTypes.All.Count, StepTypes.All.Select(t => StepTypeStyle.Icon(t.Name)).Distinct().Count());
    }
}
