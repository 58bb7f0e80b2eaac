using Microsoft.Extensions.Options;

namespace Workflows.Blazor.Security.Outbound;

/// <summary>Stops the app at start-up when an allow-list entry cannot be read, rather than at the first request.</summary>
internal sealed class OutboundOptionsValidator : IValidateOptions<OutboundOptions>
{
    public ValidateOptionsResult Validate(string? name, OutboundOptions options) =>
        OutboundAllowList.ProblemsIn(options) is { Count: > 0 } problems ? ValidateOptionsResult.Fail(problems) : ValidateOptionsResult.Success;
}
