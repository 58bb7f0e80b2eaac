using Workflows.Blazor.Messaging;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Actions.Messaging;

/// <summary>What every send step shares: recipient, body, customer, and the run and step key it belongs to.</summary>
internal static class MessageParameters
{
    public static OutgoingMessage Read(ActionInvocation invocation, string kind) =>
        new(kind, invocation.RequireString("to"), null, invocation.RequireString("body"))
        {
            CustomerId = invocation.GetString("customerId") is { Length: > 0 } customer ? customer : invocation.Context.State.SubjectId,
            ExecutionId = invocation.Context.State.ExecutionId,
            IdempotencyKey = invocation.IdempotencyKey,
        };
}
