using Workflows.Engine.Model;

namespace Workflows.Engine.Tests.Support;

/// <summary>Builds small workflows for a test from the JSON of their steps.</summary>
public static class Flow
{
    public static WorkflowDefinition Steps(string stepsJson) => WorkflowJson.Parse($$"""{ "name": "test", "steps": {{stepsJson}} }""");
}
