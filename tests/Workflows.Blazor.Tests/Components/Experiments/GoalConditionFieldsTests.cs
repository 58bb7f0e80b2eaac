using Workflows.Blazor.Components.Experiments;
using Workflows.Engine.Expressions.Conditions;

namespace Workflows.Blazor.Tests.Components.Experiments;

/// <summary>The fields a goal's condition offers: the chosen event's data as the engine reads it, named for a marketer.</summary>
public sealed class GoalConditionFieldsTests
{
    [Fact]
    public void AnOrderPlaced_OffersItsDataAsEventFields_NamedWithTheOrder()
    {
        var fields = GoalConditionFields.For("order.placed");

        var total = Assert.Single(fields, f => f.Path == "event.total");
        Assert.Equal("Order total", total.Label);
        Assert.Equal(ConditionFieldType.Number, total.Type);
        Assert.Equal("Customer ID", Assert.Single(fields, f => f.Path == "event.customerId").Label);
        Assert.Contains(fields, f => f.Path == "event.items[0].productName");
    }

    [Fact]
    public void ATrackedClick_OffersTheLinkClicked()
    {
        Assert.Contains(GoalConditionFields.For("email.clicked"), f => f.Path == "event.url" && f.Label == "Link clicked");
    }

    [Theory]
    [InlineData("trial.converted")]
    [InlineData("")]
    public void AnEventOfUnknownShape_OffersNoFields(string eventType)
    {
        Assert.Empty(GoalConditionFields.For(eventType));
    }
}
