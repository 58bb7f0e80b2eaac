using System.Text.Json.Nodes;
using Workflows.Engine.Model;
using Workflows.Engine.Templating;

namespace Workflows.Engine.Validation.Rules;

/// <summary>
/// The guide's best practice: a loop over what a list query found is bounded. A query that takes a <c>limit</c> and is
/// looped over needs one of at most <see cref="MaxLimit"/>, so one run cannot go through a whole store.
/// </summary>
internal static class LoopQueryLimitRule
{
    public const int MaxLimit = 1_000;
    private const string Limit = "limit";

    public static IEnumerable<ValidationFinding> Check(StepDefinition loop, ValidationContext context)
    {
        if (QueryLoopedOver(context, loop) is not { } query)
        {
            yield break;
        }
        var limit = (query.Config["parameters"] as JsonObject)?[Limit];
        var problem = limit switch
        {
            null => "gives no limit",
            JsonValue value when value.TryGetValue(out double number) && number > MaxLimit => $"asks for up to {number:N0}",
            _ => null,
        };
        if (problem is not null)
        {
            yield return Finding.Warning(FindingCodes.UnboundedListQuery, query.Slug,
                $"'{query.DisplayName}' {problem}, and '{loop.DisplayName}' goes through every item it finds. " +
                $"Set a limit of at most {MaxLimit:N0}, so one run cannot go through the whole store.", $"config.parameters.{Limit}");
        }
    }

    /// <summary>The action step whose output the loop's items are, when that action takes a limit.</summary>
    private static StepDefinition? QueryLoopedOver(ValidationContext context, StepDefinition loop)
    {
        if (loop.ConfigString("items") is not { } items || !Template.MayContainTags(items))
        {
            return null;
        }
        Template template;
        try
        {
            template = Template.Parse(items.Trim());
        }
        catch (TemplateSyntaxException)
        {
            return null;
        }
        if (!template.IsWholeValue || ((VariableNode)template.Nodes[0]).Path is not { Root: "steps", Segments: [_, { Name: { } slug }, ..] })
        {
            return null;
        }
        var source = context.Graph.Find(slug);
        return source is not null && StepTypes.ActionOf(source) is { } action
            && context.Actions.FindDeclaration(action)?.Parameters.Any(p => p.Name == Limit) == true ? source : null;
    }
}
