using Workflows.Engine.Model;

namespace Workflows.Engine.Runtime.Actions;

/// <summary>
/// What an action is, in one place: its name (e.g. <c>customer.get_by_id</c>), the other spellings the
/// user guide uses (<c>customer_get</c>), what it is for (<see cref="Category"/>: Customers, Messages…), and its parameters.
/// </summary>
public sealed record ActionDeclaration(string Name, string Category, string Description, IReadOnlyList<ActionParameter> Parameters)
{
    public IReadOnlyList<string> Aliases { get; init; } = [];

    /// <summary>What running it does beyond the run: nothing, a read, a write, a message sent or a call out. Every action says.</summary>
    public required Effect Effect { get; init; }

    /// <summary>True for actions such as <c>set_variables</c> that take whatever parameters they are given.</summary>
    public bool AcceptsAnyParameters { get; init; }

    /// <summary>What people call it, e.g. "Get customer".</summary>
    public string? Label { get; init; }

    /// <summary>Other words people search for it by, e.g. "find customer".</summary>
    public IReadOnlyList<string> Synonyms { get; init; } = [];

    /// <summary>The fields of what it outputs, read by later steps as <c>{{steps.slug.output.field}}</c>.</summary>
    public IReadOnlyList<DataField> Outputs { get; init; } = [];

    /// <summary>The label, or the name when the action has none.</summary>
    public string Title => Label ?? Name;

    public IEnumerable<string> AllNames => Aliases.Prepend(Name);
}
