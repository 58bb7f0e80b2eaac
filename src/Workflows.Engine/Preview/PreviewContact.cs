using System.Text.Json.Nodes;

namespace Workflows.Engine.Preview;

/// <summary>A contact a preview runs the workflow for, and the input a run for them starts with.</summary>
public sealed record PreviewContact(string Id, JsonNode? Input);
