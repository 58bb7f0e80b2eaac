namespace Workflows.Blazor.Ai.Evals;

/// <summary>One request of the assistant's eval set, named after its file, with what the produced workflow must contain.</summary>
public sealed record EvalCase(string Id, string Request, EvalExpectation Expect);
