using System.Text.Json.Serialization;

namespace Workflows.Blazor.Live;

/// <summary>
/// Something committed to the database that open pages (or the instance running a run) may want to hear of: what
/// <see cref="ChangeNotifications"/> carries. Each kind has a short name on the wire between instances (<see cref="ChangeMessages"/>).
/// </summary>
[JsonPolymorphic(TypeDiscriminatorPropertyName = "kind")]
[JsonDerivedType(typeof(ExecutionChanged), "execution")]
[JsonDerivedType(typeof(WorkflowChanged), "workflow")]
[JsonDerivedType(typeof(JourneyChanged), "journey")]
[JsonDerivedType(typeof(ApprovalsChanged), "approvals")]
[JsonDerivedType(typeof(ConversionsRecorded), "conversions")]
[JsonDerivedType(typeof(CancelRequested), "cancel")]
public abstract record Change;
