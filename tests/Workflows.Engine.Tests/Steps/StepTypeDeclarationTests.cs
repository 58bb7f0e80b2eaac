using System.Reflection;
using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime;
using Workflows.Engine.Tests.Support;
using Workflows.Engine.Validation;

namespace Workflows.Engine.Tests.Steps;

/// <summary>Every step type is declared once, and each declaration says all the rest of the product asks of a step type.</summary>
public sealed class StepTypeDeclarationTests
{
    public static TheoryData<string> Declared() => [.. StepTypes.All.Select(t => t.Name)];

    [Fact]
    public void StepTypes_HaveOneDeclarationEach_ForEveryTypeTheModelNames()
    {
        var named = typeof(StepTypes).GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(f => f.IsLiteral && f.FieldType == typeof(string)).Select(f => (string)f.GetRawConstantValue()!).Order().ToList();

        Assert.Equal(named, StepTypes.All.Select(t => t.Name).Order().ToList());
    }

    [Fact]
    public void StepExecutors_HaveADeclaration_ForEveryTypeTheEngineRuns()
    {
        // Their step type is a constant of the class, read without the services their constructors take.
        var executed = typeof(IStepExecutor).Assembly.GetTypes()
            .Where(t => t is { IsClass: true, IsAbstract: false } && typeof(IStepExecutor).IsAssignableFrom(t))
            .Select(t => ((IStepExecutor)RuntimeHelpers.GetUninitializedObject(t)).StepType)
            .ToList();

        Assert.NotEmpty(executed);
        Assert.All(executed, type => Assert.NotNull(StepTypes.Find(type)));
    }

    [Theory]
    [MemberData(nameof(Declared))]
    public void Declaration_DescribesItsLookPromptAndPorts_ForEachStepType(string name)
    {
        var type = StepTypes.Find(name)!;
        var added = new StepDefinition("s", name, type.Palette?.NewConfig() ?? [], new Dictionary<string, string>());

        Assert.Matches(new Regex("^#[0-9a-f]{6}$"), type.Style.Colour);
        Assert.NotEmpty(type.Style.Icon);
        Assert.False(string.IsNullOrWhiteSpace(type.PromptConfig));
        Assert.NotEmpty(type.PortsOf(added));
        Assert.True(!type.CallsOut || type.Ports.Contains(Ports.Error), "A step that calls out has an error port to take when it fails.");
    }

    [Theory]
    [MemberData(nameof(Declared))]
    public void Declaration_OffersAFormField_ForEachConfigItRequires(string name)
    {
        var type = StepTypes.Find(name)!;
        var step = new StepDefinition("s", name, type.Palette?.NewConfig() ?? new() { ["type"] = "set_variables" }, new Dictionary<string, string>());
        var required = type.Fields(step, new GuideActions().Catalog()).Where(f => f.Required).Select(f => f.Path);

        Assert.All(type.RequiredConfig, key => Assert.Contains(key, required));
    }

    [Theory]
    [MemberData(nameof(Declared))]
    public void PaletteStep_IsOnlyMissingItsRequiredFields_WhenJustAdded(string name)
    {
        if (StepTypes.Find(name)!.Palette is not { } entry)
        {
            return;
        }
        var report = new WorkflowValidator(new GuideActions().Catalog()).Validate(Flow.Steps($$"""
            [ { "stepSlug": "start", "stepType": "trigger", "config": { "type": "manual" }, "nextSteps": { "success": "s" } },
              { "stepSlug": "s", "stepType": "{{name}}", "config": {{entry.NewConfig().ToJsonString()}} } ]
            """));

        Assert.All(report.Errors.Where(f => f.StepSlug == "s" && f.Field?.StartsWith("config.") == true), f => Assert.Equal(FindingCodes.MissingConfig, f.Code));
    }

    [Fact]
    public void Experiments_AreTheSplit_WhosePathsAreItsPorts()
    {
        Assert.Equal([StepTypes.Split], StepTypes.Experiments);
        Assert.All(StepTypes.Experiments, name => Assert.NotNull(StepTypes.Find(name)!.PortsFromConfig));
    }
}
