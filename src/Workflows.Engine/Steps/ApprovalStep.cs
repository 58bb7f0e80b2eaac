using System.Text.Json.Nodes;
using Workflows.Engine.Editing;
using Workflows.Engine.Model;

namespace Workflows.Engine.Steps;

/// <summary>The <c>approval</c> step: waits for a person to approve, reject or fill in a form, or for its time to run out.</summary>
public static class ApprovalStep
{
    public static StepTypeDeclaration Declaration { get; } = new(
        StepTypes.Approval, "Approval", "Waits for a person to approve, reject or fill in a form.",
        [Ports.Approved, Ports.Rejected, Ports.Timeout, Ports.Error], ["title"])
    {
        Designer = StepDesigner.ApprovalForm,
        EffectOf = (_, _) => Effect.WritesData,
        Style = new("#db2777", "HowToReg"),
        Shape = MermaidShape.Parallelogram,
        Palette = new(PaletteGroups.Approvals, "Approval", ["review", "human", "approve", "reject", "sign off", "form"],
            "Approval", () => new JsonObject { ["title"] = "", ["assignee"] = "reviewer" }),
        PromptConfig = "{\"title\": \"...\", \"description\": \"...\", \"data\": {...}, \"fields\": [{\"name\": \"offerValue\", \"label\": \"Offer (%)\", " +
            "\"type\": \"number\", \"required\": true}], \"assignee\": \"Reviewer\", \"dueIn\": \"2 days\", \"onTimeout\": \"reject\"}.",
        DurationKeys = ["dueIn"],
        Fields = (_, _) =>
        [
            new("title", "Title", FieldKind.Text, "What the reviewer is asked, e.g. Approve VIP offer for {{input.name}}", Required: true),
            new("description", "Description", FieldKind.Multiline),
            new("assignee", "Assignee", FieldKind.Text, "A user's email or a role: reviewer, admin"),
            new("dueIn", "Decide within", FieldKind.Text, "e.g. 2 days; empty waits for ever"),
            new("onTimeout", "When nobody decides in time", FieldKind.Choice) { Options = ["timeout", "approve", "reject"] },
            new("escalateTo", "Escalate to", FieldKind.Text, "A role asked once the time is half gone"),
        ],
        Outputs = (step, _) =>
        [
            DataField.Text("decision", "Decision", "approved"),
            DataField.Text("reviewer", "Reviewer", "rita@example.com"),
            DataField.Text("comment", "Comment", "Looks good"),
            DataField.Date("decidedAt", "Decided", "2026-11-03T08:00:00Z"),
            DataField.Object("fields", "Reviewer's answers", StepOutputShapes.Declared(step.Config["fields"])),
        ],
        Summary = (step, _, data) => StepText.Plain(step.ConfigString("title"), data) ?? "No title yet",
    };
}
