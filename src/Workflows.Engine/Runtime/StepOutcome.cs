using System.Text.Json.Nodes;

namespace Workflows.Engine.Runtime;

/// <summary>What a step executor decided: continue on a port, fail, or suspend the run.</summary>
public abstract record StepOutcome
{
    public static StepOutcome Continue(string port, JsonNode? output = null) => new Completed(port, output);

    public static StepOutcome Fail(string message) => new Failed(message);

    public static StepOutcome Suspend(Bookmark bookmark) => new Suspended(bookmark);

    public sealed record Completed(string Port, JsonNode? Output) : StepOutcome;

    public sealed record Failed(string Message) : StepOutcome;

    public sealed record Suspended(Bookmark Bookmark) : StepOutcome;
}
