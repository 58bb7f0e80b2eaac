using System.Collections;
using System.Reflection;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Workflows.Engine.Common;

/// <summary>
/// A System.Text.Json contract modifier that holds what it reads to the types' nullable annotations: a property
/// declared non-null that the JSON leaves out or sets to null, or a list of non-null items that holds a null,
/// fails the read with a <see cref="JsonException"/> naming the property, instead of surfacing later as a crash.
/// </summary>
public static class NullableAnnotationContract
{
    public static void Enforce(JsonTypeInfo typeInfo)
    {
        if (typeInfo.Kind != JsonTypeInfoKind.Object)
        {
            return;
        }
        var context = new NullabilityInfoContext();
        var checks = typeInfo.Properties
            .Where(p => p.Get is not null)
            .Select(p => (Property: p, Rule: RuleOf(context, p)))
            .Where(c => c.Rule != Rule.None)
            .ToList();
        if (checks.Count == 0)
        {
            return;
        }
        var previous = typeInfo.OnDeserialized;
        typeInfo.OnDeserialized = value =>
        {
            previous?.Invoke(value);
            foreach (var (property, rule) in checks)
            {
                Check(property.Name, rule, property.Get!(value));
            }
        };
    }

    private static void Check(string name, Rule rule, object? value)
    {
        if (value is null && rule.HasFlag(Rule.Required))
        {
            throw new JsonException($"'{name}' is required and may not be null");
        }
        if (rule.HasFlag(Rule.NoNullItems) && value is IEnumerable items && items.Cast<object?>().Any(item => item is null))
        {
            throw new JsonException($"'{name}' may not contain null");
        }
    }

    private static Rule RuleOf(NullabilityInfoContext context, JsonPropertyInfo property)
    {
        var nullability = property.AttributeProvider switch
        {
            PropertyInfo clrProperty => context.Create(clrProperty),
            FieldInfo field => context.Create(field),
            _ => null,
        };
        if (nullability is null || property.PropertyType.IsValueType)
        {
            return Rule.None;
        }
        var rule = nullability.ReadState == NullabilityState.NotNull ? Rule.Required : Rule.None;
        var item = nullability.ElementType ?? (nullability.GenericTypeArguments is [var only] ? only : null);
        if (item is { ReadState: NullabilityState.NotNull } && !item.Type.IsValueType
            && typeof(IEnumerable).IsAssignableFrom(property.PropertyType) && !typeof(JsonNode).IsAssignableFrom(property.PropertyType))
        {
            rule |= Rule.NoNullItems;
        }
        return rule;
    }

    [Flags]
    private enum Rule
    {
        None = 0,
        Required = 1,
        NoNullItems = 2,
    }
}
