namespace Workflows.Engine.Preview;

/// <summary>What one line of a preview's timeline says happened.</summary>
public enum PreviewEntryKind
{
    /// <summary>A step ran for real: it only read data or worked on the run's own data.</summary>
    Ran,

    /// <summary>A step with a side effect (a write, a message, a call out) that the preview describes instead of doing.</summary>
    WouldDo,

    /// <summary>A condition or split chose a path, and says why.</summary>
    Branch,

    /// <summary>A wait began: for a time or for an event.</summary>
    Waits,

    /// <summary>An approval step asked a reviewer.</summary>
    NeedsApproval,

    /// <summary>A wait or an approval ended: the time passed, the event came, it timed out, the reviewer decided.</summary>
    WaitEnded,

    /// <summary>A step failed.</summary>
    Failed,

    /// <summary>A journey's model decided what to do next, and says why.</summary>
    Decides,

    /// <summary>A journey's action fell in quiet hours and waits for the window's end.</summary>
    Deferred,

    /// <summary>A journey's cap held an action back.</summary>
    Capped,

    /// <summary>A journey's guardrails turned down part of a decision for another reason than a cap.</summary>
    Refused,

    /// <summary>The run reached its end.</summary>
    Completed,

    /// <summary>The preview's period ended while the run still waited.</summary>
    StillWaiting,
}
