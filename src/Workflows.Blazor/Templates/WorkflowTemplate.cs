using Workflows.Engine.Model;
using Workflows.Engine.Validation;

namespace Workflows.Blazor.Templates;

/// <summary>A ready-made workflow a user can start from, with what the validator says about it.</summary>
public sealed record WorkflowTemplate(string Key, WorkflowDefinition Definition, ValidationReport Validation);
