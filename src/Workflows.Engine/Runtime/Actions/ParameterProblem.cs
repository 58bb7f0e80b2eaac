namespace Workflows.Engine.Runtime.Actions;

/// <summary>
/// Why an action's parameters do not fit its declaration: <see cref="Message"/> in the words of the form ("Send email needs To:
/// the recipient's email address."), and <see cref="ForModel"/> with the parameter's name added for a model that writes the call.
/// </summary>
public sealed record ParameterProblem(string Action, string Parameter, string Message)
{
    public string ForModel => $"{Message} (action '{Action}', parameter '{Parameter}')";
}
