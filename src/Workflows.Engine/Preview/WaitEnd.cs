using Workflows.Engine.Runtime;

namespace Workflows.Engine.Preview;

/// <summary>How and when a wait ends in a preview: the time, the port and output the waiting step resumes with, and why, in words.</summary>
public sealed record WaitEnd(DateTimeOffset At, BookmarkResolution Resolution, string Reason);
