using System.Text.Json.Nodes;

namespace Workflows.Engine.Model;

/// <summary>
/// How the editor's palette offers a step type: its group (<see cref="PaletteGroups"/>), its label, the words it is
/// found by, and the title and config a new step starts with (required fields empty, so the validator points at them).
/// </summary>
public sealed record PaletteEntry(string Group, string Label, IReadOnlyList<string> Synonyms, string NewTitle, Func<JsonObject> NewConfig);
