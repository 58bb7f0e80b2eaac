namespace Workflows.Blazor.Security;

/// <summary>The actions the audit log records.</summary>
public static class AuditActions
{
    public const string WorkflowCreated = "workflow.created";
    public const string WorkflowImported = "workflow.imported";
    public const string WorkflowSaved = "workflow.saved";
    public const string WorkflowPublished = "workflow.published";
    public const string WorkflowActivated = "workflow.activated";
    public const string WorkflowDeactivated = "workflow.deactivated";
    public const string WorkflowDeleted = "workflow.deleted";
    public const string WorkflowRestored = "workflow.restored";
    public const string ExperimentEnded = "workflow.experiment-ended";
    public const string ExperimentAutoSwitch = "workflow.experiment-auto-switch";
    public const string WebhookSecretRotated = "webhook.secret-rotated";
    public const string SecretChanged = "secret.changed";
    public const string SecretDeleted = "secret.deleted";
    public const string ApiKeyCreated = "apikey.created";
    public const string ApiKeyRevoked = "apikey.revoked";
    public const string UserCreated = "user.created";
    public const string UserRoleChanged = "user.role-changed";
    public const string UserLocked = "user.locked";
    public const string UserUnlocked = "user.unlocked";
    public const string UserDeleted = "user.deleted";
    public const string PasswordChanged = "user.password-changed";
    public const string ExecutionCancelled = "execution.cancelled";
    public const string ExecutionRetried = "execution.retried";
    public const string ApprovalDecided = "approval.decided";
    public const string JourneyCreated = "journey.created";
    public const string JourneySaved = "journey.saved";
}
