using System.Text.Json.Nodes;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;
using static Workflows.Engine.Runtime.Actions.ActionParameter;

namespace Workflows.Engine.Tests.Runtime;

public sealed class ParameterCheckerTests
{
    private static readonly ActionDeclaration SendEmail = new("email_send", "email", "Sends an email.",
    [
        Mandatory("to", ParameterType.String, "The recipient's email address.") with { Label = "To" },
        Optional("delayMinutes", ParameterType.Number, "minutes to wait before sending"),
    ])
    { Label = "Send email", Effect = Effect.SendsMessage };

    [Fact]
    public void FindProblem_NamesTheActionAndParameterByTheirLabels_WhenARequiredParameterIsMissing()
    {
        var problem = ParameterChecker.FindProblem(SendEmail, []);

        Assert.Equal("Send email needs To: the recipient's email address.", problem?.Message);
    }

    [Fact]
    public void FindProblem_NamesTheParameterInWords_WhenAValueHasTheWrongType()
    {
        var problem = ParameterChecker.FindProblem(SendEmail, new JsonObject { ["to"] = "a@b.c", ["delayMinutes"] = "soon" });

        Assert.Equal("Send email: Delay minutes should be a number, but is \"soon\".", problem?.Message);
    }

    [Fact]
    public void FindProblem_KeepsTheParameterNameForAModel_WhichWritesCallsByName()
    {
        var problem = ParameterChecker.FindProblem(SendEmail, []);

        Assert.Equal("email_send", problem?.Action);
        Assert.Equal("to", problem?.Parameter);
        Assert.Equal("Send email needs To: the recipient's email address. (action 'email_send', parameter 'to')", problem?.ForModel);
    }

    [Fact]
    public void FindProblem_FindsNothing_WhenTheParametersFit()
    {
        Assert.Null(ParameterChecker.FindProblem(SendEmail, new JsonObject { ["to"] = "a@b.c", ["delayMinutes"] = 5 }));
    }
}
