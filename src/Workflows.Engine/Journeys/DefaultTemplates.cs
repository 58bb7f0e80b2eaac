using System.Text.Json.Nodes;
using Workflows.Engine.Templating;

namespace Workflows.Engine.Journeys;

/// <summary>
/// Templates in an allowed action's defaults read what a journey's action runs with: the contact (<c>input.contact</c>, or
/// <c>contact</c>), the journey's starting context (<c>input.context</c>, or <c>context</c>) and the run's own values.
/// </summary>
internal static class DefaultTemplates
{
    private static readonly HashSet<string> RunValues = ["secrets", "$now", "organizationId", "executionId", "wfDefinitionId"];

    public static IEnumerable<string> Problems(AllowedAction action, JsonObject startingContext)
    {
        foreach (var (field, _, text) in ConfigStrings.In(action.Defaults, "defaults"))
        {
            if (!Template.MayContainTags(text))
            {
                continue;
            }
            var name = field["defaults.".Length..];
            var (template, syntax) = TryParse(text);
            if (template is null)
            {
                yield return $"{action.Action}: the default for {name} is not a valid template: {syntax}";
                continue;
            }
            foreach (var path in template.Paths().Where(p => !p.InsideSection).Select(p => p.Path).OfType<TemplatePath>())
            {
                if (Problem(path, startingContext) is { } problem)
                {
                    yield return $"{action.Action}: the default for {name} reads {{{{{path.Text}}}}}, {problem}";
                }
            }
        }
    }

    private static (Template? Template, string? Problem) TryParse(string text)
    {
        try
        {
            return (Template.Parse(text), null);
        }
        catch (TemplateSyntaxException ex)
        {
            return (null, ex.Message);
        }
    }

    private static string? Problem(TemplatePath path, JsonObject startingContext)
    {
        var segments = path.Segments.Select(s => s.Name).ToList();
        var (root, rest) = segments[0] == "input" ? (segments.ElementAtOrDefault(1), segments.Skip(2).ToList()) : (segments[0], segments.Skip(1).ToList());
        return root switch
        {
            "contact" => null,
            "context" when rest.FirstOrDefault() is not { } key || startingContext.ContainsKey(key) => null,
            "context" => $"but the starting context has no '{rest[0]}'. Add it to the starting context, or use a field it has.",
            _ when segments[0] != "input" && RunValues.Contains(root!) => null,
            _ => "which a journey's action cannot read. Use {{input.contact.…}} for the contact's fields " +
                 "(e.g. {{input.contact.email}}) or {{input.context.…}} for the starting context.",
        };
    }
}
