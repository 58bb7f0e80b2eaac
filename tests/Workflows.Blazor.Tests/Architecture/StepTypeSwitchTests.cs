using System.Text.RegularExpressions;
using Workflows.Engine.Model;

namespace Workflows.Blazor.Tests.Architecture;

/// <summary>
/// What a step type is lives in its declaration under the engine's <c>Steps/</c>: no code elsewhere, in the engine or
/// the app, compares a step's type with a type's name (<c>step.Type == StepTypes.Loop</c>, <c>case "trigger":</c>) to
/// decide what to do. An executor naming the type it runs (<c>StepType =&gt; StepTypes.Wait</c>) is no comparison.
/// </summary>
public sealed class StepTypeSwitchTests
{
    private static readonly string[] Sources = ["Workflows.Engine", "Workflows.Blazor"];

    [Fact]
    public void NoCodeOutsideTheDeclarations_SwitchesOnAStepTypesName()
    {
        var found = SourceFiles()
            .Select(file => (file.Path, Lines: Switches(file.Text).ToList()))
            .Where(file => file.Lines.Count > 0)
            .Select(file => $"  {file.Path}: {string.Join(" | ", file.Lines)}")
            .ToList();

        Assert.True(found.Count == 0, "Code that decides by a step type's name; give the type's declaration (src/Workflows.Engine/Steps) " +
            "a property that says it instead:\n" + string.Join('\n', found));
    }

    [Theory]
    [InlineData("if (step.Type == StepTypes.Approval)")]
    [InlineData("foreach (var loop in steps.Where(s => s.Type != StepTypes.Loop))")]
    [InlineData("@if (Step.Type is StepTypes.Action or StepTypes.Trigger)")]
    [InlineData("return source is { Type: StepTypes.Action };")]
    [InlineData("case StepTypes.Split:")]
    [InlineData("case \"trigger\":")]
    [InlineData("if (stepType == \"wait\")")]
    public void Scan_FindsASwitch(string line) => Assert.Single(Switches(line));

    [Theory]
    [InlineData("public string StepType => StepTypes.Wait;")]
    [InlineData("new StepDefinition(\"start\", StepTypes.Trigger, config)")]
    [InlineData("\"approval\" => \"a decision\",")]
    public void Scan_LeavesAlone_WhatIsNoSwitch(string line) => Assert.Empty(Switches(line));

    private static IEnumerable<string> Switches(string text) =>
        text.Split('\n').Select(line => line.Trim()).Where(line => Comparison().IsMatch(line) || NamedComparison().IsMatch(line));

    // Each name is a StepTypes constant's value, so a type added there is looked for too.
    private static string Names => string.Join('|', StepTypes.All.Select(t => t.Name));

    private static Regex Comparison() =>
        new($@"(==|!=|\bis( not)?|\bor|\bcase|Type:)\s*StepTypes\.({string.Join('|', StepTypes.All.Select(t => Constant(t.Name)))})\b");

    private static Regex NamedComparison() =>
        new($@"((Type|stepType)\s*(==|!=|\bis)|\bcase)\s*""({Names})""");

    private static string Constant(string name) => typeof(StepTypes).GetFields().Single(f => f.IsLiteral && (string)f.GetRawConstantValue()! == name).Name;

    private static IEnumerable<(string Path, string Text)> SourceFiles() =>
        Sources.SelectMany(project =>
        {
            var root = Path.Combine(RepositoryPaths.Root, "src", project);
            return Directory.EnumerateFiles(root, "*.*", SearchOption.AllDirectories)
                .Where(path => path.EndsWith(".cs", StringComparison.Ordinal) || path.EndsWith(".razor", StringComparison.Ordinal))
                .Select(path => project + "/" + Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/'));
        })
        .Where(path => !path.Contains("/obj/", StringComparison.Ordinal) && !path.Contains("/bin/", StringComparison.Ordinal)
            && !path.Contains("/Data/Migrations/", StringComparison.Ordinal) && !path.StartsWith("Workflows.Engine/Steps/", StringComparison.Ordinal))
        .Select(path => (path, File.ReadAllText(Path.Combine(RepositoryPaths.Root, "src", path))));
}
