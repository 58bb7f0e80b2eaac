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

    [Theory]
    [InlineData("Get customer", "get_customer")]
    [InlineData("Get customer's orders", "get_customers_orders")]
    [InlineData("  Send e-mail (VIP) ", "send_e_mail_vip")]
    [InlineData("Crème brûlée offer", "creme_brulee_offer")]
    [InlineData("3 days later", "step_3_days_later")]
    [InlineData("!!!", "step")]
    public void FromTitle_MakesAReadableSlug(string title, string expected)
    {
        Assert.Equal(expected, StepSlugs.FromTitle(title));
    }

    [Fact]
    public void FromTitle_KeepsLongTitlesShort_WithoutATrailingUnderscore()
    {
        var slug = StepSlugs.FromTitle("Ask the reviewer whether this customer should get the very special VIP offer");

        Assert.True(slug.Length <= 40, slug);
        Assert.Matches("^[a-z][a-z0-9_]*[a-z0-9]$", slug);
    }
}
