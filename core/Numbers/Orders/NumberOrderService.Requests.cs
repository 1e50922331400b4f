using ChatPhone.Core.Audit;
using ChatPhone.Core.Common;
using ChatPhone.Core.Directory;

namespace ChatPhone.Core.Numbers.Orders;

/// <summary>Manual number requests (reference 3b).</summary>
public sealed partial class NumberOrderService
{
    /// <summary>Files a manual request for numbers the carrier does not offer; it goes to the form of the country and type.</summary>
    public Task<Result<NumberRequest>> RequestAsync(RequestNumbers command, CancellationToken cancellationToken = default)
    {
        var id = OrderIds.From("request", command.Key);
        return runner.RunAsync(command, AuditActions.Numbers.Request, Role.Admin,
            reads => reads.One(OrderCollections.Requests, id),
            context =>
            {
                var country = command.Country.Trim().ToUpperInvariant();
                if (!IsoCountries.IsValid(country))
                {
                    return new Error("number.country_invalid", command.Country);
                }

                if (command.Quantity is < 1 or > RequestNumbers.MaxQuantity)
                {
                    return new Error("number.request_quantity_invalid", command.Quantity, RequestNumbers.MaxQuantity);
                }

                var notes = string.IsNullOrWhiteSpace(command.Notes) ? null : command.Notes.Trim();
                if (notes?.Length > RequestNumbers.MaxNotesLength)
                {
                    return new Error("number.notes_too_long", RequestNumbers.MaxNotesLength);
                }

                if (NumberRequestForms.Destination(country, command.Type) is not { } destination)
                {
                    return new Error("number.request_form_unavailable", country);
                }

                var request = new NumberRequest(id, country, command.Type, command.Quantity, notes, NumberRequestForms.Version,
                    destination, NumberRequestStatus.Submitted, context.Now, context.Actor.UserId);
                context.Put(OrderCollections.Requests, id, request);
                return Result<NumberRequest>.Ok(request);
            },
            OrdersJson.Default.NumberRequest,
            cancellationToken);
    }
}
