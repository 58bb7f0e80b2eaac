using Workflows.Engine.Model;

namespace Workflows.Engine.Tests.Support;

/// <summary>The user guide's example workflows, copied from assets/workflows into the test output.</summary>
public static class GuideWorkflows
{
    public static string Folder => Path.Combine(AppContext.BaseDirectory, "workflows");

    public static IEnumerable<string> Names => Directory.GetFiles(Folder, "*.json").Select(Path.GetFileName).OfType<string>().Order();

    public static TheoryData<string> Files() => new(Names);

    public static string Text(string file) => File.ReadAllText(Path.Combine(Folder, file));

    public static WorkflowDefinition Load(string file) => WorkflowJson.Parse(Text(file));
}
