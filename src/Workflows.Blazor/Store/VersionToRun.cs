using Workflows.Engine.Model;

namespace Workflows.Blazor.Store;

/// <summary>The published version a new run of a workflow starts on: the active one, or else the latest.</summary>
public sealed record VersionToRun(int Version, WorkflowDefinition Definition);
