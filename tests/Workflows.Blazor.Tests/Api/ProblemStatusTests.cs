using Workflows.Blazor.Api;
using Workflows.Blazor.Kernel;

namespace Workflows.Blazor.Tests.Api;

public sealed class ProblemStatusTests
{
    [Fact]
    public void StatusOf_GivesEachErrorKindItsOwnClientErrorStatus()
    {
        var statuses = Enum.GetValues<ErrorKind>().Select(ProblemExceptionHandler.StatusOf).ToList();

        Assert.All(statuses, status => Assert.InRange(status, 400, 499));
        Assert.Equal(statuses.Count, statuses.Distinct().Count());
    }

    [Theory]
    [InlineData(ErrorKind.Invalid, 400)]
    [InlineData(ErrorKind.Forbidden, 403)]
    [InlineData(ErrorKind.NotFound, 404)]
    [InlineData(ErrorKind.Conflict, 409)]
    public void StatusOf_KeepsTheStatusCodesClientsKnow(ErrorKind kind, int status) =>
        Assert.Equal(status, ProblemExceptionHandler.StatusOf(kind));
}
