using MudBlazor;
using Workflows.Blazor.Runner;

namespace Workflows.Blazor.Components.Pages.Executions;

/// <summary>The one question asked before runs are cancelled, wherever that is done: what stops, what stays, and that it is final.</summary>
public static class RunCancelConfirmation
{
    public const string Consequences =
        "Steps not reached yet will not run, and any wait or review in the inbox is withdrawn. " +
        "What already happened (emails sent, records changed) stays. A cancelled run cannot be resumed; you can run it again.";

    /// <summary>True when the person confirmed; <paramref name="skipped"/> explains the selected runs that will be left alone.</summary>
    public static async Task<bool> AskAsync(IDialogService dialogs, int runs, string? skipped = null)
    {
        var what = runs == 1 ? "this run" : BulkSummary.Runs(runs);
        var stops = runs == 1 ? "It stops where it is." : "Each stops where it is.";
        var message = $"Cancel {what}? {stops} {Consequences}" + (skipped is null ? "" : $" {skipped}");
        return await dialogs.ShowMessageBoxAsync($"Cancel {what}", message,
            yesText: runs == 1 ? "Cancel run" : $"Cancel {runs}", cancelText: runs == 1 ? "Keep it running" : "Keep them") == true;
    }
}
