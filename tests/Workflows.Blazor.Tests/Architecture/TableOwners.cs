namespace Workflows.Blazor.Tests.Architecture;

/// <summary>
/// Which code of the app may write each module's tables: its command service, and where the design says so the
/// runner that journals it. A path ending in '/' is a folder.
/// </summary>
internal static class TableOwners
{
    private const string WorkflowCommands = "Store/WorkflowCommands.cs";

    private const string CustomerCommands = "Actions/Customers/CustomerCommands.cs";

    private const string ProductCommands = "Actions/Products/ProductCommands.cs";

    private const string DocumentCommands = "Actions/Documents/DocumentCommands.cs";

    private const string OrderCommands = "Actions/Orders/OrderCommands.cs";

    /// <summary>Conversations and their messages, drafts included.</summary>
    private const string ConversationCommands = "Actions/Conversations/ConversationCommands.cs";

    /// <summary>The Data page's edits of offers and segmentation rules.</summary>
    private const string DataEdits = "Actions/DataEdits.cs";

    /// <summary>The demo store's first-run seeding fills an empty database once; it writes nothing a user made.</summary>
    private const string DemoSeeder = "Demo/DemoDataSeeder.cs";

    /// <summary>
    /// Executions are created by the starter and changed by people through the execution commands; the durable runner
    /// (worker, journal, timers, recovery and pruning) moves them on by design.
    /// </summary>
    private static readonly string[] Runner =
    [
        "Runner/ExecutionStarter.cs", "Runner/ExecutionCommands.cs", "Runner/ExecutionWorker.cs", "Runner/DbExecutionJournal.cs",
        "Runner/TimerResumer.cs", "Runner/ExecutionRecovery.cs", "Runner/ExecutionPruner.cs",
    ];

    /// <summary>Step records are the journal's, also those of the steps a new run ran before it was first saved.</summary>
    private static readonly string[] StepRecords = ["Runner/DbExecutionJournal.cs"];

    /// <summary>Journey definitions are saved by the journey store; the journey runner's journal (runs, entries, steps) is the journeys module's own.</summary>
    private const string JourneyStore = "Journeys/JourneyStore.cs";

    private const string JourneysModule = "Journeys/";

    /// <summary>The hourly counts behind a workflow's stats, kept by the rollup that folds runs and conversions in batches.</summary>
    private static readonly string[] StatsRollup =
        ["Experiments/StatsRollup.cs", "Experiments/StatsStepFold.cs", "Experiments/StatsConversionFold.cs", "Experiments/StatsCountRows.cs"];

    public static readonly IReadOnlyDictionary<string, string[]> Writers = new Dictionary<string, string[]>
    {
        ["Workflows"] = [WorkflowCommands],
        ["WorkflowVersions"] = [WorkflowCommands],
        ["Executions"] = Runner,
        // Which app instance lives and which one leads, where several share the database.
        ["Leases"] = ["Runner/InstanceLeases.cs"],
        ["ExecutionSteps"] = StepRecords,
        ["Journeys"] = [JourneyStore],
        ["JourneyVersions"] = [JourneyStore],
        ["JourneyRuns"] = [JourneysModule],
        ["JourneyEntries"] = [JourneysModule],
        ["JourneyScheduledActions"] = [JourneysModule],
        ["JourneyActionSteps"] = [JourneysModule],
        ["JourneyWorkflowCalls"] = [JourneysModule],
        ["JourneyEvalResults"] = [JourneysModule],
        ["JourneyConversions"] = [JourneysModule],
        // Recorded once per run and goal; the stats rollup marks each as counted when it adds it in.
        ["Conversions"] = ["Experiments/ConversionCommands.cs", .. StatsRollup],
        ["StatsCounts"] = StatsRollup,
        ["StatsWatermarks"] = StatsRollup,
        ["Customers"] = [CustomerCommands, DemoSeeder],
        ["CustomerRewards"] = ["Actions/Rewards/ApplyRewardAction.cs"],
        ["Products"] = [ProductCommands, DemoSeeder],
        ["Documents"] = [DocumentCommands],
        ["Orders"] = [OrderCommands, DemoSeeder],
        ["OrderItems"] = [OrderCommands, DemoSeeder],
        ["Conversations"] = [ConversationCommands, DemoSeeder],
        ["Messages"] = [ConversationCommands, DemoSeeder],
        ["AuditEntries"] = ["Security/AuditLog.cs"],
        ["ApiKeys"] = ["Security/ApiKeyCommands.cs"],
        ["Secrets"] = ["Security/SecretCommands.cs"],
        // Written by ASP.NET Core Data Protection's own key store; the key files of older installations are moved in once.
        ["DataProtectionKeys"] = ["Security/KeyFolderImport.cs"],
        // Waits of runs: set by the journal, fired by the resumer, dropped with a cancelled run; an escalated approval moves its own.
        ["Timers"] = ["Runner/DbExecutionJournal.cs", "Runner/TimerResumer.cs", "Runner/ExecutionCommands.cs", "Inbox/ApprovalEscalation.cs"],
        // Set when a workflow is activated, moved on each time it fires.
        ["Schedules"] = [WorkflowCommands, "Runner/DueWorkProcessor.cs"],
        // Set when a workflow is activated; its signing secret is rotated by the security module.
        ["WebhookEndpoints"] = [WorkflowCommands, "Security/WebhookSecrets.cs"],
        ["WebhookDeliveries"] = ["Runner/WebhookDeliveries.cs"],
        ["Events"] = ["Runner/EventPublisher.cs"],
        ["EventOutbox"] = ["Runner/DomainEventPublisher.cs", "Runner/EventOutbox.cs"],
        ["Recommendations"] = ["Actions/Utility/CreateRecommendationAction.cs"],
        ["CampaignEvents"] = ["Actions/Utility/CampaignEventWriter.cs"],
        ["Offers"] = [DataEdits, DemoSeeder],
        ["SegmentationRules"] = [DataEdits, DemoSeeder],
        ["OfferSends"] = ["Actions/Offers/"],
        ["KnowledgeChunks"] = ["Knowledge/KnowledgeBase.cs"],
        ["OutboxMessages"] = ["Messaging/"],
        // Settings are JSON documents by key; the messaging module keeps its tracking-link signing key there.
        ["AppSettings"] = ["Data/JsonSettings.cs", "Messaging/TrackingKeys.cs", DemoSeeder],
        ["ThreadMessages"] = ["Ai/ThreadStore.cs"],
        ["JourneySubscriberDeliveries"] = [JourneysModule],
        ["AccountManagers"] = ["Demo/DemoAccountManagers.cs"],
    };

    /// <summary>The approvals' writer scan is <see cref="ApprovalWritersTests"/>.</summary>
    public const string Approvals = "Approvals";

    public static bool MayWrite(string table, string path) =>
        Writers[table].Any(owner => owner.EndsWith('/') ? path.StartsWith(owner, StringComparison.Ordinal) : path == owner);
}
