using ChatPhone.Core.Audit;
using ChatPhone.Core.Commands;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;
using ChatPhone.Core.Emergency;
using ChatPhone.Core.Storage;
using Microsoft.Extensions.Options;

namespace ChatPhone.Core.Numbers.Porting;

/// <summary>
/// Porting numbers in (reference step 3c and "Porting service numbers" in step 4): wizard port orders
/// with their status table, manual service requests when the wizard can't be used, and the simulated
/// carrier that moves orders on with the clock and adds completed numbers to the inventory.
/// </summary>
public sealed partial class PortingService(CommandRunner runner, IOptions<PortingOptions>? options = null)
{
    private readonly PortSchedule _schedule = new(options?.Value ?? new PortingOptions());

    /// <summary>Submits a port: a wizard order, a service request, or the per-number problems (nothing created).</summary>
    public Task<Result<PortSubmission>> CreatePortOrderAsync(CreatePortOrder command, CancellationToken cancellationToken = default) =>
        runner.RunAsync(command, AuditActions.Porting.Create, Role.Admin,
            reads => Reads(reads, command.Request),
            context => Create(command, context),
            PortingJson.Default.PortSubmission,
            cancellationToken);

    /// <summary>Replaces the fields of an order in a status that allows a full edit (Error, Cancelled) and submits it again.</summary>
    public Task<Result<PortOrder>> EditPortOrderAsync(EditPortOrder command, CancellationToken cancellationToken = default) =>
        runner.RunAsync(command, AuditActions.Porting.Edit, Role.Admin,
            reads => Reads(reads, command.Request).One(PortingCollections.Orders, command.OrderId),
            context => Edit(command, context),
            PortingJson.Default.PortOrder,
            cancellationToken);

    /// <summary>The portability check alone, with the channel the numbers would take.</summary>
    public async Task<Result<PortabilityReport>> CheckPortabilityAsync(Actor actor, PortRequest request, CancellationToken cancellationToken = default)
    {
        if (actor.Role < Role.Admin)
        {
            return CommandRunner.RoleError(Role.Admin);
        }

        var snapshot = await runner.ReadAsync(actor.Tenant, reads => Reads(reads, request), cancellationToken);
        var (numbers, problems) = Check(snapshot, request, exceptOrder: null);
        if (problems.Count > 0 || numbers.Count == 0)
        {
            return new PortabilityReport(problems, Wizard: false, Why: null);
        }

        var plan = PortRequestRules.Plan(request, numbers);
        return plan.IsSuccess ? new PortabilityReport([], plan.Value.Why is null, plan.Value.Why) : plan.Error;
    }

    private static ReadSet Reads(ReadSet reads, PortRequest request)
    {
        reads.All(NumberCollections.Numbers).All(PortingCollections.Orders);
        return string.IsNullOrWhiteSpace(request.CivicAddressId) ? reads : reads.One(EmergencyCollections.Addresses, request.CivicAddressId);
    }

    private static (IReadOnlyList<PortedNumber> Numbers, IReadOnlyList<NumberProblem> Problems) Check(TenantSnapshot snapshot, PortRequest request, string? exceptOrder)
    {
        var inventory = snapshot.All(NumberCollections.Numbers).Keys.ToHashSet(StringComparer.Ordinal);
        var open = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var order in snapshot.All(PortingCollections.Orders).Values.Where(o => o.IsOpen && o.Id != exceptOrder))
        {
            foreach (var number in order.Numbers)
            {
                open[number] = order.Id;
            }
        }

        return PortabilityCheck.Run(request, inventory, open);
    }

    /// <summary>Every rule of a submission, in order: numbers, portability, fields, plan, emergency address.</summary>
    private static Result<(IReadOnlyList<PortedNumber> Numbers, PortNumberKind Kind, Error? Why, IReadOnlyList<NumberProblem> Problems)> Rules(
        CommandContext context, PortRequest request, string? exceptOrder)
    {
        if (request.Numbers is not { Count: > 0 })
        {
            return new Error("port.no_numbers");
        }

        if (request.Numbers.Count > PortRequestRules.MaxNumbers)
        {
            return new Error("port.too_many_numbers", request.Numbers.Count, PortRequestRules.MaxNumbers);
        }

        var (numbers, problems) = Check(context.Snapshot, request, exceptOrder);
        if (problems.Count > 0)
        {
            return (numbers, default(PortNumberKind), null, problems);
        }

        if (PortRequestRules.Fields(request, BusinessCalendar.DateOf(context.Now)) is { } invalid)
        {
            return invalid;
        }

        var plan = PortRequestRules.Plan(request, numbers);
        if (!plan.IsSuccess)
        {
            return plan.Error;
        }

        var address = string.IsNullOrWhiteSpace(request.CivicAddressId) ? null : context.Find(EmergencyCollections.Addresses, request.CivicAddressId);
        if (PortRequestRules.Emergency(request, numbers, address) is { } emergency)
        {
            return emergency;
        }

        return (numbers, plan.Value.Kind, plan.Value.Why, problems);
    }

    private static Result<PortSubmission> Create(CreatePortOrder command, CommandContext context)
    {
        var rules = Rules(context, command.Request, exceptOrder: null);
        if (!rules.IsSuccess)
        {
            return rules.Error;
        }

        var (numbers, kind, why, problems) = rules.Value;
        if (problems.Count > 0)
        {
            return new PortSubmission(PortSubmissionOutcome.NotPortable, null, null, null, problems);
        }

        var details = PortRequestRules.Details(command.Request);
        var list = numbers.Select(n => n.Number).ToArray();
        var civic = string.IsNullOrWhiteSpace(command.Request.CivicAddressId) ? null : command.Request.CivicAddressId;
        if (why is not null)
        {
            var loa = new PortLoa(kind, command.Request.NumberType, details.LoaSignature, context.Now);
            var request = new PortServiceRequest(StableIds.From(command.Key, "port-request"), why, details, list, loa, civic, context.Now);
            context.Put(PortingCollections.Requests, request.Id, request);
            return new PortSubmission(PortSubmissionOutcome.ServiceRequestCreated, null, request, why, []);
        }

        var order = new PortOrder(StableIds.From(command.Key, "port-order"), PortOrderStatus.Processing, details, list, kind, civic,
            context.Now, FocDate: null, Rejection: null, [new PortStatusChange(PortOrderStatus.Processing, context.Now)]);
        context.Put(PortingCollections.Orders, order.Id, order);
        return new PortSubmission(PortSubmissionOutcome.OrderCreated, order, null, null, []);
    }

    private static Result<PortOrder> Edit(EditPortOrder command, CommandContext context)
    {
        if (context.Find(PortingCollections.Orders, command.OrderId) is not { } order)
        {
            return new Error("port.order_not_found", command.OrderId);
        }

        switch (order.Permissions.Edit)
        {
            case PortEdit.None:
                return new Error("port.edit_not_allowed", order.Id, order.Status);
            case PortEdit.FocDateOnly:
                return new Error("port.edit_foc_only", order.Id);
        }

        var rules = Rules(context, command.Request, exceptOrder: order.Id);
        if (!rules.IsSuccess)
        {
            return rules.Error;
        }

        var (numbers, kind, why, problems) = rules.Value;
        if (problems.Count > 0)
        {
            return new Error("port.numbers_not_portable", problems.Count, string.Join(", ", problems.Select(p => p.Number)));
        }

        if (why is not null)
        {
            return new Error("port.edit_needs_service_request", order.Id);
        }

        var next = order with
        {
            Status = PortOrderStatus.Processing,
            Details = PortRequestRules.Details(command.Request),
            Numbers = numbers.Select(n => n.Number).ToArray(),
            Kind = kind,
            CivicAddressId = string.IsNullOrWhiteSpace(command.Request.CivicAddressId) ? null : command.Request.CivicAddressId,
            SubmittedAt = context.Now,
            FocDate = null,
            Rejection = null,
            History = [.. order.History, new PortStatusChange(PortOrderStatus.Processing, context.Now)],
        };
        context.Put(PortingCollections.Orders, next.Id, next);
        return next;
    }
}
