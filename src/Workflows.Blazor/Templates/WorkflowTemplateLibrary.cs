using Workflows.Engine.Model;
using Workflows.Engine.Validation;

namespace Workflows.Blazor.Templates;

/// <summary>The sample workflows shipped in <c>assets/workflows</c>: the user guide's patterns and a few more.</summary>
public sealed class WorkflowTemplateLibrary(WorkflowValidator validator, ILogger<WorkflowTemplateLibrary> logger)
{
    private readonly Lazy<IReadOnlyList<WorkflowTemplate>> _templates = new(() => Load(validator, logger));

    public IReadOnlyList<WorkflowTemplate> All => _templates.Value;

    public WorkflowTemplate? Find(string key) => All.FirstOrDefault(t => t.Key == key);

    public static string Folder()
    {
        var fromSource = Path.Combine(AppPaths.FindSettingsFolder(), "assets", "workflows");
        return Directory.Exists(fromSource) ? fromSource : Path.Combine(AppContext.BaseDirectory, "assets", "workflows");
    }

    private static IReadOnlyList<WorkflowTemplate> Load(WorkflowValidator validator, ILogger logger)
    {
        var folder = Folder();
        if (!Directory.Exists(folder))
        {
            logger.LogWarning("No workflow templates found in {Folder}", folder);
            return [];
        }
        var templates = new List<WorkflowTemplate>();
        foreach (var file in Directory.EnumerateFiles(folder, "*.json").Order(StringComparer.Ordinal))
        {
            try
            {
                var definition = WorkflowJson.Parse(File.ReadAllText(file));
                templates.Add(new WorkflowTemplate(Path.GetFileNameWithoutExtension(file), definition, validator.Validate(definition)));
            }
            catch (WorkflowFormatException ex)
            {
                logger.LogWarning("Template {File} was skipped: {Reason}", Path.GetFileName(file), ex.Message);
            }
        }
        return templates;
    }
}
