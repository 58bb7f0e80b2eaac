using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Actions.Customers;

/// <summary>
/// A customer's status is the marketer's own label: any short text, with the usual ones suggested. Segment rules and
/// filters compare it as written.
/// </summary>
public static class CustomerStatuses
{
    public const int MaxLength = 40;

    /// <summary>The labels offered in forms and in the action's description.</summary>
    public static IReadOnlyList<string> Known { get; } = ["active", "inactive", "at_risk", "churned", "vip"];

    /// <summary>The label trimmed, or a message saying why it cannot be a status.</summary>
    public static string Check(string text)
    {
        var label = text.Trim();
        if (label.Length == 0)
        {
            throw new StepFailedException("status cannot be empty; use a short label such as active or vip.");
        }
        if (label.Length > MaxLength)
        {
            throw new StepFailedException($"status '{label[..20]}…' is {label.Length} characters long; a status is a short label of at most {MaxLength}.");
        }
        if (label.Any(char.IsControl))
        {
            throw new StepFailedException("status cannot hold line breaks, tabs or other control characters.");
        }
        return label;
    }
}
