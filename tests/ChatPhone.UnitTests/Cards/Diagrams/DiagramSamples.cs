using ChatPhone.Cards.Diagrams;

namespace ChatPhone.UnitTests.Cards.Diagrams;

/// <summary>Call-flow diagrams as the simulator would draw them, in French, with the path of a Sunday-night call.</summary>
internal static class DiagramSamples
{
    /// <summary>A standard: number, resource account, attendant, three call flows, a menu, two queues and their ends; more agents up to <paramref name="nodes"/>.</summary>
    public static FlowDiagram Standard(int nodes = 16)
    {
        List<DiagramNode> all =
        [
            new("num", DiagramNodeKind.Number, "+33 1 80 00 00 00", "Numéro de service", OnPath: true),
            new("ra", DiagramNodeKind.ResourceAccount, "ra-standard@contoso.fr", "Compte de ressources", OnPath: true),
            new("aa", DiagramNodeKind.AutoAttendant, "Standard Contoso Île-de-France", "Fuseau : Europe/Paris", OnPath: true),
            new("bh", DiagramNodeKind.CallFlow, "Heures ouvrables", "lun.–ven. 9h–18h"),
            new("ah", DiagramNodeKind.CallFlow, "Hors heures ouvrables", "« Bienvenue chez Contoso »", OnPath: true),
            new("hol", DiagramNodeKind.CallFlow, "Jour férié : Noël", "25 décembre"),
            new("menu", DiagramNodeKind.Menu, "Menu (3 touches)", "Appuyez sur 1, 2 ou 0"),
            new("vm", DiagramNodeKind.Voicemail, "Messagerie partagée Accueil", "accueil@contoso.fr", OnPath: true),
            new("hang", DiagramNodeKind.HangUp, "Raccrocher"),
            new("q1", DiagramNodeKind.CallQueue, "File Ventes", "Distribution : attendant"),
            new("q2", DiagramNodeKind.CallQueue, "File Support technique", "Plus long inactif"),
            new("dead", DiagramNodeKind.DeadEnd, "Aucun agent licencié", "File Support technique"),
            new("p1", DiagramNodeKind.Person, "Élodie Dupré-Lefèvre", "elodie@contoso.fr"),
            new("p2", DiagramNodeKind.Person, "François Çelik", "Ventes"),
            new("op", DiagramNodeKind.Operator, "Opérateur : Zoë Müller"),
            new("ext", DiagramNodeKind.ExternalNumber, "+33 6 12 34 56 78", "Astreinte"),
        ];
        List<DiagramEdge> edges =
        [
            new("num", "ra", OnPath: true), new("ra", "aa", OnPath: true),
            new("aa", "bh", "Heures ouvrables"), new("aa", "ah", "Hors heures", OnPath: true), new("aa", "hol", "Férié"),
            new("bh", "menu"), new("ah", "vm", "Messagerie", OnPath: true), new("hol", "hang"),
            new("menu", "q1", "1"), new("menu", "q2", "2"), new("menu", "op", "0"), new("menu", "aa", "9 Retour"),
            new("q1", "p1"), new("q1", "p2"), new("q1", "ext", "Débordement"), new("q2", "dead", "Aucun agent"), new("q2", "q2", "Délai"),
        ];
        for (var i = all.Count; i < nodes; i++)
        {
            all.Add(new($"agent-{i}", DiagramNodeKind.Person, $"Agent numéro {i} de la file", $"agent{i}@contoso.fr"));
            edges.Add(new("q1", $"agent-{i}"));
        }

        return new FlowDiagram(all.Take(nodes).ToArray(), edges);
    }

    /// <summary>One box titled <paramref name="title"/>.</summary>
    public static FlowDiagram Single(string title, DiagramNodeKind kind = DiagramNodeKind.Person, string? detail = null) =>
        new([new DiagramNode("only", kind, title, detail)], []);
}
