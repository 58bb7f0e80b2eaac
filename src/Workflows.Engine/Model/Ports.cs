namespace Workflows.Engine.Model;

/// <summary>The output port names of the workflow model.</summary>
public static class Ports
{
    public const string Success = "success";
    public const string Error = "error";
    public const string True = "true";
    public const string False = "false";
    public const string Next = "next";
    public const string Done = "done";
    public const string Approved = "approved";
    public const string Rejected = "rejected";
    public const string Timeout = "timeout";
}
