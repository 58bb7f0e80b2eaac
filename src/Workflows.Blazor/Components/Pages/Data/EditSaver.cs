using System.Text.Json.Nodes;
using MudBlazor;
using Workflows.Engine.Runtime;

namespace Workflows.Blazor.Components.Pages.Data;

/// <summary>Opens the edit dialog for a record and saves what the person changed, telling them how it went.</summary>
internal static class EditSaver
{
    public static async Task<bool> EditAsync(IDialogService dialogs, ISnackbar snackbar, string title, IReadOnlyList<EditField> fields, Func<JsonObject, Task> save)
    {
        var dialog = await dialogs.ShowAsync<EditFieldsDialog>($"Edit {title}", new DialogParameters<EditFieldsDialog> { { d => d.Fields, fields } });
        if (await dialog.Result is not { Canceled: false, Data: JsonObject { Count: > 0 } changes })
        {
            return false;
        }
        try
        {
            await save(changes);
            snackbar.Add($"{title} saved.", Severity.Success);
        }
        catch (StepFailedException ex)
        {
            snackbar.Add(ex.Message, Severity.Error);
        }
        return true;
    }
}
