using Workflows.Engine.Editing;

namespace Workflows.Engine.Tests.Editing;

public sealed class StepSlugsTests
{
    [Theory]
    [InlineData("send_email", "send_email")]
    [InlineData("get_customer", "get_customer_3")]
    [InlineData("send_email_2", "send_email_2")]
    [InlineData("get_customer_2", "get_customer_3")]
    [InlineData("step_7", "step_2")]
    public void Unique_ReturnsTheWantedSlugOrTheFirstFreeNumber(string wanted, string expected)
    {
        var taken = new HashSet<string>(StringComparer.Ordinal) { "get_customer", "get_customer_2", "step_7" };

        Assert.Equal(expected, StepSlugs.Unique(wanted, taken));
    }
}
