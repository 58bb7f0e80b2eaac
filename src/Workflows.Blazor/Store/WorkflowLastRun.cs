using System.Text.Json.Serialization;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Store;

/// <summary>A workflow's most recent run, as the workflows list shows it.</summary>
public sealed record WorkflowLastRun(string ExecutionId, [property: JsonConverter(typeof(StatusJsonConverter<ExecutionStatus>))] ExecutionStatus Status, DateTimeOffset CreatedAt);
