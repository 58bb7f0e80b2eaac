using Workflows.Engine.Model;
using Workflows.Engine.Templating;

namespace Workflows.Engine.Validation.Rules;

/// <summary>
/// Checks the paths of a template that has sections. Inside <c>{{#customers}}…{{/customers}}</c> a name is looked up
/// on the section's current item first, then outside it, as Mustache does: <c>{{name}}</c> there is a customer's name.
/// </summary>
internal static class SectionPaths
{
    public static IEnumerable<ValidationFinding> Check(ValidationContext context, StepDefinition step, Template template, string field)
    {
        foreach (var (path, sections, testsAbsence) in template.PathsInSections())
        {
            var items = Items(context, step, sections);
            // {{^customer.vip}} shows its text when the value is missing, so only its first name must exist.
            if (Check(context, step, testsAbsence ? TemplatePath.Parse(path.Root) : path, items, field) is { } finding)
            {
                yield return finding;
            }
        }
    }

    /// <summary>
    /// The current item of each section, outermost first: an object with known fields, a value that is not an object
    /// (a yes/no section, whose names all mean what they mean outside; a field declared without a type may hold anything), or null when nothing is known of it.
    /// </summary>
    private static List<DataField?> Items(ValidationContext context, StepDefinition step, IReadOnlyList<TemplatePath> sections)
    {
        var items = new List<DataField?>(sections.Count);
        foreach (var section in sections)
        {
            var shape = Shape(context, step, section, items);
            items.Add(shape switch
            {
                { Type: DataType.List, Fields.Count: > 0 } list => DataField.Object(list.Name, list.Label, list.Fields),
                { Type: DataType.Object, Fields.Count: > 0 } => shape,
                { Type: DataType.Boolean } => shape,
                _ => null,
            });
        }
        return items;
    }

    private static DataField? Shape(ValidationContext context, StepDefinition step, TemplatePath path, List<DataField?> items)
    {
        for (var level = items.Count - 1; level >= 0; level--)
        {
            switch (items[level])
            {
                case null:
                    return null;
                case { Type: DataType.Object } item when item.Fields.FirstOrDefault(f => f.Name == path.Root) is { } start:
                    return FieldPath.Walk(start, path, 1).End;
            }
        }
        return PathCheck.Shape(context, step, path);
    }

    private static ValidationFinding? Check(ValidationContext context, StepDefinition step, TemplatePath path, List<DataField?> items, string field)
    {
        for (var level = items.Count - 1; level >= 0; level--)
        {
            switch (items[level])
            {
                case null:
                    return null;
                case { Type: DataType.Object } item when item.Fields.FirstOrDefault(f => f.Name == path.Root) is { } start:
                    return FieldPath.Walk(start, path, 1).Problem is { } problem
                        ? Finding.Error(FindingCodes.UnknownVariable, step.Slug, $"'{{{{{path.Text}}}}}' does not exist in the items of '{item.Name}': {problem}", field)
                        : null;
            }
        }
        var itemNames = items.OfType<DataField>().Where(i => i.Type == DataType.Object).SelectMany(i => i.Fields.Select(f => f.Name));
        return PathCheck.Check(context, step, path, field, FindingSeverity.Error, itemNames);
    }
}
