namespace Workflows.Engine.Runtime.Actions;

public enum ParameterType
{
    String,
    Number,
    Boolean,
    Object,
    Array,
    Any,
}
