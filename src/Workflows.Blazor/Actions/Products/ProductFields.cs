using System.Globalization;
using System.Text.Json.Nodes;
using Workflows.Blazor.Data.Entities;
using Workflows.Engine.Runtime;
using Workflows.Engine.Templating;

namespace Workflows.Blazor.Actions.Products;

/// <summary>Applies the fields of a product create or update; unknown fields become custom fields.</summary>
internal static class ProductFields
{
    private static readonly string[] Statuses = ["active", "draft", "archived"];
    private static readonly string[] NotFields = ["productId", "id", "_id"];

    public static void Apply(ProductEntity product, JsonObject fields)
    {
        var custom = JsonStore.Object(product.CustomFieldsJson);
        foreach (var (name, value) in fields.Where(f => !NotFields.Contains(f.Key)))
        {
            var text = JsonText.ToText(value).Trim();
            switch (name)
            {
                case "name":
                    product.Name = text.Length > 0 ? text : throw new StepFailedException("A product needs a name.");
                    break;
                case "description":
                    product.Description = text;
                    break;
                case "category":
                    product.Category = text.Length > 0 ? text : throw new StepFailedException("A product needs a category.");
                    break;
                case "price":
                    product.Price = double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var price) && price >= 0
                        ? price
                        : throw new StepFailedException($"price should be a number of 0 or more, not '{text}'.");
                    break;
                case "stock":
                    product.Stock = int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var stock) && stock >= 0
                        ? stock
                        : throw new StepFailedException($"stock should be a whole number of 0 or more, not '{text}'.");
                    break;
                case "status":
                    product.Status = Statuses.Contains(text) ? text : throw new StepFailedException($"status '{text}' is not one of {string.Join(", ", Statuses)}.");
                    break;
                default:
                    custom[name] = value?.DeepClone();
                    break;
            }
        }
        product.CustomFieldsJson = custom.ToJsonString();
    }
}
