using ChatPhone.Core.Numbers.Orders;

namespace ChatPhone.Core.Export.PowerShell;

/// <summary>
/// What no cmdlet does, as a checklist of comments with the admin center path: getting the numbers into the inventory
/// (open orders, ports), Communications Credits, and meeting invitation text.
/// </summary>
internal static class ManualStepsWriter
{
    public static void Write(ScriptBuilder script, TenantConfiguration tenant, DateTimeOffset now)
    {
        script.Section("Section_Manual").CommentSay("Manual_Intro");
        if (tenant.Numbers.Count > 0)
        {
            script.CommentSay("Manual_Numbers", tenant.Numbers.Count);
            foreach (var number in tenant.Numbers)
            {
                script.Comment($"  [ ] {number.Number} ({number.Country}, {number.Type}, {number.Source})");
            }
        }

        foreach (var order in tenant.NumberOrders.Where(o => o.StatusAt(now) == OrderStatus.Reserved))
        {
            script.CommentSay("Manual_Order", order.Quantity, order.Id, order.Country, order.Type.ToString());
        }

        foreach (var port in tenant.PortOrders.Where(p => p.IsOpen))
        {
            script.CommentSay("Manual_Port", port.Numbers.Count, port.Id, port.Status.ToString());
        }

        if (tenant.Credits is { } credits)
        {
            script.CommentSay("Manual_Credits", credits.Balance(now).ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
            if (credits.AutoRecharge is { } recharge)
            {
                script.CommentSay("Manual_AutoRecharge",
                    recharge.TriggerAmount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture),
                    recharge.RechargeAmount.ToString("0.00", System.Globalization.CultureInfo.InvariantCulture));
            }
        }

        if (tenant.ConferencingSettings?.Invite is { } invite)
        {
            script.CommentSay("Manual_Invite");
            foreach (var line in new[] { invite.HelpUrl, invite.LegalUrl, invite.FooterText, invite.LogoUrl }.OfType<string>())
            {
                script.Comment("  " + line);
            }
        }
    }
}
