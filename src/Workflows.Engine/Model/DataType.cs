namespace Workflows.Engine.Model;

/// <summary>The kind of a value a step produces or reads, as the data picker and the condition builder show it.</summary>
public enum DataType
{
    Text,
    Number,
    Boolean,
    Date,
    Object,
    List,
    Any,
}
