using Workflows.Engine.Editing;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Editor;

/// <summary>The form of a step, as its type declares it; a step of an unknown type has none.</summary>
public static class StepFormFields
{
    public static IReadOnlyList<ConfigField> For(StepDefinition step, ActionCatalog actions) =>
        StepTypes.Find(step.Type)?.Fields(step, actions) ?? [];
}
