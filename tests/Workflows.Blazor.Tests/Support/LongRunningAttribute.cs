namespace Workflows.Blazor.Tests.Support;

/// <summary>
/// Marks a test class that takes tens of seconds (a publish, a child app killed and restarted many times, thousands of
/// requests): <see cref="LongRunningFirstOrderer"/> starts it before the short ones, so it never runs alone at the end.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class LongRunningAttribute : Attribute;
