namespace Workflows.Engine.Model;

/// <summary>The part of a step's form that plain config fields cannot draw, shown under them; each is one editor component.</summary>
public enum StepDesigner
{
    /// <summary>The config fields are the whole form.</summary>
    None,

    /// <summary>What a run starts with: the fields a manual trigger asks for, or a sample of what a webhook or event sends.</summary>
    TriggerInput,

    /// <summary>The form a reviewer fills in, and the data they see.</summary>
    ApprovalForm,

    /// <summary>The weighted paths a split sends contacts down.</summary>
    SplitPaths,
}
