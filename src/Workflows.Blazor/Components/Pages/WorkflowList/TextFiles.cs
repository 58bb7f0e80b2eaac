using Microsoft.JSInterop;

namespace Workflows.Blazor.Components.Pages.WorkflowList;

/// <summary>Downloads and copies text in the browser, through the small files.js module.</summary>
public sealed class TextFiles(IJSRuntime js)
{
    public async Task DownloadAsync(string fileName, string contentType, string text)
    {
        await using var module = await js.InvokeAsync<IJSObjectReference>("import", "./js/files.js");
        await module.InvokeVoidAsync("download", fileName, contentType, text);
    }

    /// <summary>False when the browser refused (no clipboard permission), so the page can say so.</summary>
    public async Task<bool> CopyAsync(string text)
    {
        await using var module = await js.InvokeAsync<IJSObjectReference>("import", "./js/files.js");
        return await module.InvokeAsync<bool>("copy", text);
    }

    /// <summary>A file name from a workflow's name: letters, digits and dashes.</summary>
    public static string FileNameOf(string workflowName, string extension)
    {
        var slug = string.Concat(workflowName.Trim().ToLowerInvariant().Select(c => char.IsLetterOrDigit(c) ? c : '-'));
        slug = string.Join('-', slug.Split('-', StringSplitOptions.RemoveEmptyEntries));
        return $"{(slug.Length == 0 ? "workflow" : slug)}.{extension}";
    }
}
