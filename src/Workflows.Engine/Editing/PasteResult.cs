using Workflows.Engine.Model;

namespace Workflows.Engine.Editing;

/// <summary>The workflow after a paste, and the slugs of the pasted steps (for the canvas to select).</summary>
public sealed record PasteResult(WorkflowDefinition Definition, IReadOnlyList<string> PastedSlugs);
