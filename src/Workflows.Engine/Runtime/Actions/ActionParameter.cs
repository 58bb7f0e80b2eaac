namespace Workflows.Engine.Runtime.Actions;

/// <summary>One parameter an action takes: the editor's form field, the validator's check and the LLM tool's argument.</summary>
public sealed record ActionParameter(string Name, ParameterType Type, bool Required, string Description)
{
    public static ActionParameter Mandatory(string name, ParameterType type, string description) => new(name, type, true, description);

    public static ActionParameter Optional(string name, ParameterType type, string description) => new(name, type, false, description);
}
