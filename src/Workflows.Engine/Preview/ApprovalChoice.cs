namespace Workflows.Engine.Preview;

/// <summary>What the reviewer does with every approval a preview reaches.</summary>
public enum ApprovalChoice
{
    /// <summary>Approves, answering the form with its defaults.</summary>
    Approved,

    /// <summary>Rejects.</summary>
    Rejected,
}
