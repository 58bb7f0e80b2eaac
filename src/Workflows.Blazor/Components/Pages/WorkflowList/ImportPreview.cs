using Workflows.Engine.Model;
using Workflows.Engine.Validation;

namespace Workflows.Blazor.Components.Pages.WorkflowList;

/// <summary>
/// What importing a piece of text would give: a workflow with the validator's findings, or the
/// reason it is not a workflow document at all.
/// </summary>
public sealed record ImportPreview(WorkflowDefinition? Definition, ValidationReport? Report, string? FormatError)
{
    public const int MaxLength = 2 * 1024 * 1024;

    /// <summary>A workflow with errors may be imported as a draft; one the validator refuses outright (too many steps) may not.</summary>
    public bool CanImport => Definition is not null && Report is not null && !WorkflowValidator.Refuses(Report);

    public static ImportPreview Read(string text, WorkflowValidator validator)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return new ImportPreview(null, null, "Paste a workflow's JSON or choose a .json file.");
        }
        if (text.Length > MaxLength)
        {
            return new ImportPreview(null, null, $"A workflow may be at most {MaxLength / 1024 / 1024} MB.");
        }
        try
        {
            var definition = WorkflowJson.Parse(text);
            return new ImportPreview(definition, validator.Validate(definition), null);
        }
        catch (WorkflowFormatException ex)
        {
            return new ImportPreview(null, null, $"This is not a workflow document: {ex.Reason} (at {ex.Path}).");
        }
    }
}
