namespace Workflows.Blazor.Data.Entities;

/// <summary>An approval status as it is stored and as the API and workflows read it: <c>pending</c>, <c>changes_requested</c>, ...</summary>
public static class ApprovalStatusText
{
    public static string Of(ApprovalStatus status) => status switch
    {
        ApprovalStatus.Pending => "pending",
        ApprovalStatus.Approved => "approved",
        ApprovalStatus.Rejected => "rejected",
        ApprovalStatus.ChangesRequested => "changes_requested",
        ApprovalStatus.Expired => "expired",
        ApprovalStatus.Cancelled => "cancelled",
        _ => throw new ArgumentOutOfRangeException(nameof(status), status, null),
    };

    public static bool TryParse(string? text, out ApprovalStatus status)
    {
        foreach (var candidate in Enum.GetValues<ApprovalStatus>())
        {
            if (string.Equals(Of(candidate), text?.Trim(), StringComparison.OrdinalIgnoreCase))
            {
                status = candidate;
                return true;
            }
        }
        status = default;
        return false;
    }

    public static ApprovalStatus Parse(string text) =>
        TryParse(text, out var status) ? status : throw new FormatException($"'{text}' is not an approval status.");

    /// <summary>In a sentence: "changes requested".</summary>
    public static string Words(ApprovalStatus status) => Of(status).Replace('_', ' ');
}
