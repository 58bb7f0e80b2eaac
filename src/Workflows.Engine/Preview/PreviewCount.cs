using Workflows.Engine.Model;

namespace Workflows.Engine.Preview;

/// <summary>How many contacts a step (and, for a branch, its port) reaches in a preview, and how many times in all.</summary>
public sealed record PreviewCount(string StepSlug, string StepName, string? Port, Effect Effect, int Contacts, int Times);
