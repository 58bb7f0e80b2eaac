using Workflows.Engine.Model;

namespace Workflows.Engine.Validation;

/// <summary>
/// A name a step may use bare, the full path it stands for, and what is known of the value's shape: null when
/// nothing says what it holds (a variable set from a template, a field declared as an object with no fields).
/// </summary>
/// <param name="Name">The name as written, e.g. <c>customer</c>.</param>
/// <param name="Path">The full path it stands for, e.g. <c>input.customer</c>.</param>
/// <param name="Source">The value as people read it: "the loop's current order", "the variable 'tier'".</param>
/// <param name="Shape">The value's fields as far as they are known.</param>
public sealed record BareName(string Name, string Path, string Source, DataField? Shape);
