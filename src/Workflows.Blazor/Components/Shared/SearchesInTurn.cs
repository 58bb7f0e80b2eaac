namespace Workflows.Blazor.Components.Shared;

/// <summary>
/// Answers an autocomplete's searches in the order they were asked. MudAutocomplete shows every search's answer when it
/// arrives and cancels the one before when the person types on; but a search already running (the empty one a click on
/// the box starts, under load) can answer after the newer one, or answer its cancellation with an empty list, and
/// replace the newer answer: the person then sees the wrong customers, or none. Here each search waits until the one
/// asked before it has answered, so the last answer shown is always the answer to what was typed last.
/// </summary>
public sealed class SearchesInTurn<T>(Func<string?, CancellationToken, Task<IEnumerable<T>>> search)
{
    private Task _previous = Task.CompletedTask;

    public Task<IEnumerable<T>> SearchAsync(string? text, CancellationToken cancellationToken)
    {
        var answer = AfterAsync(_previous, text, cancellationToken);
        _previous = answer;
        return answer;
    }

    private async Task<IEnumerable<T>> AfterAsync(Task previous, string? text, CancellationToken cancellationToken)
    {
        // The earlier search's outcome (an answer, a cancellation or a failure) is its caller's; only its timing matters here.
        await previous.ConfigureAwait(ConfigureAwaitOptions.SuppressThrowing | ConfigureAwaitOptions.ContinueOnCapturedContext);
        return await search(text, cancellationToken);
    }
}
