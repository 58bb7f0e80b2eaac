using Workflows.Engine.Editing;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;
using Workflows.Engine.Validation;

namespace Workflows.Blazor.Editor;

/// <summary>Where a problem is, in the words the editor shows: the step's title and the field's label, never a slug or config path.</summary>
public static class FindingPlace
{
    /// <summary>"Send email · To"; the title alone when the field has no form label or is called the same; null for a problem of the whole workflow.</summary>
    public static string? Of(ValidationFinding finding, WorkflowDefinition definition, ActionCatalog actions)
    {
        if (definition.Steps.FirstOrDefault(s => s.Slug == finding.StepSlug) is not { } step)
        {
            return null;
        }
        var title = DataTree.Title(step, actions);
        var label = StepFormFields.For(step, actions).FirstOrDefault(f => finding.Field == $"config.{f.Path}")?.Label;
        return label is null || label == title ? title : $"{title} · {label}";
    }
}
