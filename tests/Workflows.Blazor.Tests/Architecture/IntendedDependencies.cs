namespace Workflows.Blazor.Tests.Architecture;

/// <summary>
/// The direction dependencies between the app's top-level folders must point (docs/architecture.md draws it):
/// entry points (Components, Api, Cli) → modules → Data → the engine, and the composition root (Hosting) above
/// the modules. Each folder lists the folders it may use; everything else is a violation. The rules form no cycle.
/// </summary>
internal static class IntendedDependencies
{
    private static readonly string[] Foundation = ["Kernel", "Data", "Security", "Knowledge", "Documents", "Templates", "Telemetry", "Live"];

    private static readonly string[] Modules = ["Store", "Inbox", "Runner", "Experiments", "Messaging", "Ai", "Actions", "Journeys", "Preview", "Editor"];

    public static IReadOnlyDictionary<string, IReadOnlyList<string>> MayUse { get; } = new Dictionary<string, IReadOnlyList<string>>
    {
        // The shared kernel (the app's error type, status enums): every folder may use it, it uses none.
        ["Kernel"] = [],

        // Foundation: the database, and services every module leans on.
        ["Data"] = ["Kernel"],
        ["Security"] = ["Kernel", "Data"],
        ["Knowledge"] = ["Kernel", "Data"],
        ["Documents"] = ["Kernel", "Data"],
        ["Templates"] = ["Kernel"],
        // The metrics' instruments: every module records into them, they know no module.
        ["Telemetry"] = ["Kernel"],
        // Live updates: modules publish what they committed, pages subscribe; it knows no module, only the database's
        // channel that carries changes between the instances sharing it.
        ["Live"] = ["Kernel", "Data"],

        // Modules, each the owner of its tables, in the order they may call each other.
        ["Store"] = ["Kernel", "Data", "Security", "Live"],
        ["Inbox"] = ["Kernel", "Data", "Security", "Store", "Live"],
        ["Runner"] = ["Kernel", "Data", "Security", "Store", "Inbox", "Telemetry", "Live"],
        // Conversion goals and the workflow's stats: they hear the runner's events, read its runs and publish the conversions they record.
        ["Experiments"] = ["Kernel", "Data", "Store", "Runner", "Live"],
        ["Messaging"] = ["Kernel", "Data", "Security", "Store", "Runner", "Telemetry"],
        ["Ai"] = ["Kernel", "Data", "Security", "Telemetry"],
        ["Actions"] = ["Kernel", "Data", "Security", "Store", "Inbox", "Runner", "Messaging", "Ai", "Knowledge", "Documents"],
        ["Journeys"] = ["Kernel", "Data", "Security", "Store", "Inbox", "Runner", "Experiments", "Messaging", "Ai", "Actions", "Telemetry", "Live"],
        // Previews of what a workflow or a journey would do: they read workflows, journeys, segments and customers, run the actions
        // that only read, and ask a journey's model as the journey would.
        ["Preview"] = ["Kernel", "Data", "Store", "Actions", "Journeys"],
        ["Editor"] = ["Kernel", "Security", "Store", "Inbox", "Runner", "Ai", "Actions", "Templates", "Live"],

        // The demo store loaded on first start: it sits above the modules whose tables it fills.
        ["Demo"] = ["Kernel", "Data", "Knowledge", "Store"],

        // The composition root registers everything; the command line builds the same host.
        ["Hosting"] = [.. Foundation, .. Modules, "Demo"],

        // What those who host the app watch and keep it with (health, metrics export, backups) reads every module.
        ["Operations"] = [.. Foundation, .. Modules],

        // Entry points use modules through their services and read models, never the database's entities, nor each other.
        ["Components"] = [.. Foundation.Where(f => f != "Data"), .. Modules, "Operations"],
        ["Api"] = [.. Foundation.Where(f => f != "Data"), .. Modules],
        ["Cli"] = [.. Foundation.Where(f => f != "Data"), .. Modules, "Hosting", "Operations"],
    };

    public static bool Allows(FolderEdge edge) => MayUse.TryGetValue(edge.From, out var allowed) && allowed.Contains(edge.To);
}
