namespace Workflows.Engine.Editing;

/// <summary>How a config field is edited in the step panel.</summary>
public enum FieldKind
{
    /// <summary>One line of text that may hold {{paths}}.</summary>
    Text,

    /// <summary>Several lines of text that may hold {{paths}}, such as a prompt.</summary>
    Multiline,
    Number,
    Boolean,
    Choice,

    /// <summary>Any JSON value: an object, a list, or a {{path}} to one.</summary>
    Json,

    /// <summary>A condition in the expression language, checked as it is typed.</summary>
    Expression,

    /// <summary>Several names chosen from a list, stored as a JSON array.</summary>
    Names,

    /// <summary>A cron schedule, edited with its time zone (the config's <c>timezone</c>) beside it.</summary>
    Schedule,
}
