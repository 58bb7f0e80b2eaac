using Workflows.Blazor.Components.Shared;

namespace Workflows.Blazor.Tests.Components.Shared;

/// <summary>
/// The customer and product pickers' searches: MudAutocomplete shows each answer when it arrives, so an answer to an
/// older search that arrives last would replace the answer to what was typed.
/// </summary>
public sealed class SearchesInTurnTests
{
    [Fact]
    public async Task TypedSearch_AnswersOnlyAfterTheSearchAskedBefore_WhenThatOneIsSlow()
    {
        var clickAnswer = new TaskCompletionSource<IEnumerable<string>>();
        var searches = new SearchesInTurn<string>((text, _) =>
            text == "" ? clickAnswer.Task : Task.FromResult<IEnumerable<string>>([$"{text} Turing"]));

        var clicked = searches.SearchAsync("", CancellationToken.None);
        var typed = searches.SearchAsync("Guido", CancellationToken.None);

        Assert.False(typed.IsCompleted, "the typed search answered before the slower one asked before it");
        clickAnswer.SetResult(["Ada Schmidt"]);
        Assert.Equal(["Ada Schmidt"], await clicked);
        Assert.Equal(["Guido Turing"], await typed);
    }

    [Fact]
    public async Task TypedSearch_StillAnswers_WhenTheSearchAskedBeforeWasCancelledOrFailed()
    {
        var searches = new SearchesInTurn<string>((text, _) => text switch
        {
            "" => Task.FromCanceled<IEnumerable<string>>(new CancellationToken(canceled: true)),
            "G" => Task.FromException<IEnumerable<string>>(new InvalidOperationException("the database is busy")),
            _ => Task.FromResult<IEnumerable<string>>([$"{text} Turing"]),
        });

        var cancelled = searches.SearchAsync("", CancellationToken.None);
        var failed = searches.SearchAsync("G", CancellationToken.None);
        var typed = searches.SearchAsync("Guido", CancellationToken.None);

        Assert.Equal(["Guido Turing"], await typed);
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => cancelled);
        await Assert.ThrowsAsync<InvalidOperationException>(() => failed);
    }
}
