using System.Text.Json;
using Workflows.Blazor.Actions.Events;
using Workflows.Blazor.Security;
using Workflows.Engine.Model;
using Workflows.Engine.Runtime.Actions;

namespace Workflows.Blazor.Api;

/// <summary><c>GET /api/catalog</c>: the same declarations the editor, the validator and the assistant read.</summary>
public static class CatalogEndpoints
{
    public static RouteHandlerBuilder MapCatalogApi(this IEndpointRouteBuilder app) =>
        app.MapGet("/api/catalog", (ActionCatalog actions) => Describe(actions)).WithTags("Catalog").RequireAuthorization(Policies.Read);

    public static CatalogResponse Describe(ActionCatalog actions) => new(
        [.. StepTypes.All.Select(t => StepType(t, actions))],
        [.. actions.Declarations.Select(d => new CatalogAction(
            d.Name, d.Title, d.Category, d.Description, d.Aliases, d.Synonyms, d.AcceptsAnyParameters,
            [.. d.Parameters.Select(p => new CatalogParameter(p.Name, p.Title, TypeName(p.Type), p.Required, p.Description))],
            Fields(d.Outputs), EffectName(d.Effect)))],
        [.. DomainEventTypes.All.Select(e => new CatalogEvent(e.Type, e.Label, e.Description, Fields(e.Data)))]);

    private static CatalogStepType StepType(StepTypeDeclaration type, ActionCatalog actions)
    {
        var blank = new StepDefinition("step", type.Name, [], new Dictionary<string, string>());
        return new(type.Name, type.DisplayName, type.Description, type.Ports, type.PortsFromConfig is not null, type.RequiredConfig,
            [.. type.Fields(blank, actions).Select(f => new CatalogConfigField(f.Path, f.Label, TypeName(f.Kind), f.Help, f.Required, f.Options))],
            Fields(type.Outputs(blank, actions)), type.PromptConfig, type.CallsOut,
            EffectName(type.EffectOf(blank, actions)));
    }

    private static IReadOnlyList<CatalogField> Fields(IReadOnlyList<DataField> fields) =>
        [.. fields.Select(f => new CatalogField(f.Name, f.Label, TypeName(f.Type), f.Example, Fields(f.Fields)))];

    private static string EffectName(Effect effect) => JsonNamingPolicy.SnakeCaseLower.ConvertName(effect.ToString());

    private static string TypeName<TEnum>(TEnum type) where TEnum : struct, Enum => type.ToString().ToLowerInvariant();
}
