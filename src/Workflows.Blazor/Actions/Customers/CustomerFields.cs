using System.Text.Json.Nodes;
using Workflows.Blazor.Data.Entities;
using Workflows.Engine.Runtime;
using Workflows.Engine.Templating;

namespace Workflows.Blazor.Actions.Customers;

/// <summary>
/// Applies the fields of a create or update to a customer. Known fields are checked; anything else
/// (e.g. the guide's <c>emailSent</c>, <c>lastContactedAt</c>) becomes a custom field, readable like the rest.
/// </summary>
internal static class CustomerFields
{
    private static readonly string[] Tiers = ["standard", "silver", "gold", "vip"];
    private static readonly string[] NotFields = ["customerId", "id", "_id"];

    public static void Apply(CustomerEntity customer, JsonObject fields)
    {
        var custom = JsonStore.Object(customer.CustomFieldsJson);
        foreach (var (name, value) in fields)
        {
            if (NotFields.Contains(name))
            {
                continue;
            }
            var text = JsonText.ToText(value).Trim();
            switch (name)
            {
                case "name":
                    customer.Name = Required(text, name);
                    break;
                case "email":
                    customer.Email = text.Contains('@') ? text : throw new StepFailedException($"'{text}' is not an email address.");
                    break;
                case "phone":
                    customer.Phone = text.Length == 0 ? null : text;
                    break;
                case "status":
                    customer.Status = CustomerStatuses.Check(text);
                    break;
                case "tier":
                    customer.Tier = OneOf(text, Tiers, name);
                    break;
                case "source":
                    customer.Source = text.Length == 0 ? null : text;
                    break;
                case "tags":
                    customer.TagsJson = System.Text.Json.JsonSerializer.Serialize(JsonStore.Strings(value));
                    break;
                case "churnRisk":
                    customer.ChurnRisk = double.TryParse(text, System.Globalization.CultureInfo.InvariantCulture, out var risk) && risk is >= 0 and <= 1
                        ? risk
                        : throw new StepFailedException($"churnRisk should be a number from 0 to 1, not '{text}'.");
                    break;
                case "customFields" when value is JsonObject more:
                    foreach (var (key, item) in more)
                    {
                        custom[key] = item?.DeepClone();
                    }
                    break;
                default:
                    custom[name] = value?.DeepClone();
                    break;
            }
        }
        customer.CustomFieldsJson = custom.ToJsonString();
    }

    private static string Required(string text, string name) =>
        text.Length > 0 ? text : throw new StepFailedException($"{name} cannot be empty.");

    private static string OneOf(string text, string[] allowed, string name) =>
        allowed.Contains(text) ? text : throw new StepFailedException($"{name} '{text}' is not one of {string.Join(", ", allowed)}.");
}
