namespace Workflows.Engine.Model;

/// <summary>
/// What running a step or an action does beyond the run itself. The runner commits steps without a side effect together
/// with the next one that has one (running them again after a crash changes nothing outside the run), and a preview
/// runs them for real while it only describes the others.
/// </summary>
public enum Effect
{
    /// <summary>Works only on the run's own data: a condition, a split, a loop's bookkeeping, variables, templating.</summary>
    None,

    /// <summary>Reads stored data (a customer, products, documents) and changes nothing.</summary>
    ReadsData,

    /// <summary>Creates or changes stored data: a record, an approval request, a scheduled follow-up.</summary>
    WritesData,

    /// <summary>Sends something to a person: an email, an SMS, a push notification, an offer.</summary>
    SendsMessage,

    /// <summary>Calls a system outside the app, such as an HTTP API or a language model.</summary>
    CallsOut,
}
