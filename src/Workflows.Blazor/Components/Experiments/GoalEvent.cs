using Workflows.Engine.Model;

namespace Workflows.Blazor.Components.Experiments;

/// <summary>An event a goal can count: its type, the words a marketer reads for it and the fields of its data.</summary>
public sealed record GoalEvent(string Type, string Label, IReadOnlyList<DataField> Data);
