namespace Workflows.Engine.Experiments;

/// <summary>
/// How a split's experiment ended: from <see cref="EndedAt"/> every contact takes <see cref="Path"/>; <see cref="Result"/> says, in
/// words, what the experiment had shown when it was ended.
/// </summary>
public sealed record SplitWinner(string Path, DateTimeOffset EndedAt, string Result);
