import InfluenceGraph

// Generated from NetworkX 3.6.1 by printing list(G) and G.edges(data="weight") of each
// generator the NetworkX tests call, so node order and edge order are NetworkX's own.

extension NXGraph {
    /// `nx.krackhardt_kite_graph()`: 10 nodes, 18 edges.
    static let krackhardtKite = NXGraph(directed: false, weighted: false,
        nodes: ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"],
        edges: [
            ("0", "1", 1.0), ("0", "2", 1.0), ("0", "3", 1.0), ("0", "5", 1.0), ("1", "3", 1.0), ("1", "4", 1.0),
            ("1", "6", 1.0), ("2", "3", 1.0), ("2", "5", 1.0), ("3", "4", 1.0), ("3", "5", 1.0), ("3", "6", 1.0),
            ("4", "6", 1.0), ("5", "6", 1.0), ("5", "7", 1.0), ("6", "7", 1.0), ("7", "8", 1.0), ("8", "9", 1.0),
        ])
    /// `nx.florentine_families_graph()`: 15 nodes, 20 edges.
    static let florentineFamilies = NXGraph(directed: false, weighted: false,
        nodes: ["Acciaiuoli", "Medici", "Castellani", "Peruzzi", "Strozzi", "Barbadori", "Ridolfi", "Tornabuoni", "Albizzi", "Salviati", "Pazzi", "Bischeri", "Guadagni", "Ginori", "Lamberteschi"],
        edges: [
            ("Acciaiuoli", "Medici", 1.0), ("Medici", "Barbadori", 1.0), ("Medici", "Ridolfi", 1.0), ("Medici", "Tornabuoni", 1.0), ("Medici", "Albizzi", 1.0), ("Medici", "Salviati", 1.0),
            ("Castellani", "Peruzzi", 1.0), ("Castellani", "Strozzi", 1.0), ("Castellani", "Barbadori", 1.0), ("Peruzzi", "Strozzi", 1.0), ("Peruzzi", "Bischeri", 1.0), ("Strozzi", "Ridolfi", 1.0),
            ("Strozzi", "Bischeri", 1.0), ("Ridolfi", "Tornabuoni", 1.0), ("Tornabuoni", "Guadagni", 1.0), ("Albizzi", "Ginori", 1.0), ("Albizzi", "Guadagni", 1.0), ("Salviati", "Pazzi", 1.0),
            ("Bischeri", "Guadagni", 1.0), ("Guadagni", "Lamberteschi", 1.0),
        ])
    /// `nx.les_miserables_graph() (weighted)`: 77 nodes, 254 edges.
    static let lesMiserables = NXGraph(directed: false, weighted: true,
        nodes: ["Napoleon", "Myriel", "MlleBaptistine", "MmeMagloire", "CountessDeLo", "Geborand", "Champtercier", "Cravatte", "Count", "OldMan", "Valjean", "Labarre", "Marguerite", "MmeDeR", "Isabeau", "Gervais", "Listolier", "Tholomyes", "Fameuil", "Blacheville", "Favourite", "Dahlia", "Zephine", "Fantine", "MmeThenardier", "Thenardier", "Cosette", "Javert", "Fauchelevent", "Bamatabois", "Perpetue", "Simplice", "Scaufflaire", "Woman1", "Judge", "Champmathieu", "Brevet", "Chenildieu", "Cochepaille", "Pontmercy", "Boulatruelle", "Eponine", "Anzelma", "Woman2", "MotherInnocent", "Gribier", "MmeBurgon", "Jondrette", "Gavroche", "Gillenormand", "Magnon", "MlleGillenormand", "MmePontmercy", "MlleVaubois", "LtGillenormand", "Marius", "BaronessT", "Mabeuf", "Enjolras", "Combeferre", "Prouvaire", "Feuilly", "Courfeyrac", "Bahorel", "Bossuet", "Joly", "Grantaire", "MotherPlutarch", "Gueulemer", "Babet", "Claquesous", "Montparnasse", "Toussaint", "Child1", "Child2", "Brujon", "MmeHucheloup"],
        edges: [
            ("Napoleon", "Myriel", 1.0), ("Myriel", "MlleBaptistine", 8.0), ("Myriel", "MmeMagloire", 10.0), ("Myriel", "CountessDeLo", 1.0), ("Myriel", "Geborand", 1.0), ("Myriel", "Champtercier", 1.0),
            ("Myriel", "Cravatte", 1.0), ("Myriel", "Count", 2.0), ("Myriel", "OldMan", 1.0), ("Myriel", "Valjean", 5.0), ("MlleBaptistine", "MmeMagloire", 6.0), ("MlleBaptistine", "Valjean", 3.0),
            ("MmeMagloire", "Valjean", 3.0), ("Valjean", "Labarre", 1.0), ("Valjean", "Marguerite", 1.0), ("Valjean", "MmeDeR", 1.0), ("Valjean", "Isabeau", 1.0), ("Valjean", "Gervais", 1.0),
            ("Valjean", "Fantine", 9.0), ("Valjean", "MmeThenardier", 7.0), ("Valjean", "Thenardier", 12.0), ("Valjean", "Cosette", 31.0), ("Valjean", "Javert", 17.0), ("Valjean", "Fauchelevent", 8.0),
            ("Valjean", "Bamatabois", 2.0), ("Valjean", "Simplice", 3.0), ("Valjean", "Scaufflaire", 1.0), ("Valjean", "Woman1", 2.0), ("Valjean", "Judge", 3.0), ("Valjean", "Champmathieu", 3.0),
            ("Valjean", "Brevet", 2.0), ("Valjean", "Chenildieu", 2.0), ("Valjean", "Cochepaille", 2.0), ("Valjean", "Woman2", 3.0), ("Valjean", "MotherInnocent", 1.0), ("Valjean", "Gavroche", 1.0),
            ("Valjean", "Gillenormand", 2.0), ("Valjean", "MlleGillenormand", 2.0), ("Valjean", "Marius", 19.0), ("Valjean", "Enjolras", 4.0), ("Valjean", "Bossuet", 1.0), ("Valjean", "Gueulemer", 1.0),
            ("Valjean", "Babet", 1.0), ("Valjean", "Claquesous", 1.0), ("Valjean", "Montparnasse", 1.0), ("Valjean", "Toussaint", 1.0), ("Marguerite", "Fantine", 2.0), ("Listolier", "Tholomyes", 4.0),
            ("Listolier", "Fameuil", 4.0), ("Listolier", "Blacheville", 4.0), ("Listolier", "Favourite", 3.0), ("Listolier", "Dahlia", 3.0), ("Listolier", "Zephine", 3.0), ("Listolier", "Fantine", 3.0),
            ("Tholomyes", "Fameuil", 4.0), ("Tholomyes", "Blacheville", 4.0), ("Tholomyes", "Favourite", 3.0), ("Tholomyes", "Dahlia", 3.0), ("Tholomyes", "Zephine", 3.0), ("Tholomyes", "Fantine", 3.0),
            ("Tholomyes", "Cosette", 1.0), ("Tholomyes", "Marius", 1.0), ("Fameuil", "Blacheville", 4.0), ("Fameuil", "Favourite", 3.0), ("Fameuil", "Dahlia", 3.0), ("Fameuil", "Zephine", 3.0),
            ("Fameuil", "Fantine", 3.0), ("Blacheville", "Favourite", 4.0), ("Blacheville", "Dahlia", 3.0), ("Blacheville", "Zephine", 3.0), ("Blacheville", "Fantine", 3.0), ("Favourite", "Dahlia", 5.0),
            ("Favourite", "Zephine", 4.0), ("Favourite", "Fantine", 4.0), ("Dahlia", "Zephine", 4.0), ("Dahlia", "Fantine", 4.0), ("Zephine", "Fantine", 4.0), ("Fantine", "MmeThenardier", 2.0),
            ("Fantine", "Thenardier", 1.0), ("Fantine", "Javert", 5.0), ("Fantine", "Bamatabois", 1.0), ("Fantine", "Perpetue", 1.0), ("Fantine", "Simplice", 2.0), ("MmeThenardier", "Thenardier", 13.0),
            ("MmeThenardier", "Cosette", 4.0), ("MmeThenardier", "Javert", 1.0), ("MmeThenardier", "Eponine", 2.0), ("MmeThenardier", "Anzelma", 1.0), ("MmeThenardier", "Magnon", 1.0), ("MmeThenardier", "Gueulemer", 1.0),
            ("MmeThenardier", "Babet", 1.0), ("MmeThenardier", "Claquesous", 1.0), ("Thenardier", "Cosette", 1.0), ("Thenardier", "Javert", 5.0), ("Thenardier", "Pontmercy", 1.0), ("Thenardier", "Boulatruelle", 1.0),
            ("Thenardier", "Eponine", 3.0), ("Thenardier", "Anzelma", 2.0), ("Thenardier", "Gavroche", 1.0), ("Thenardier", "Marius", 2.0), ("Thenardier", "Gueulemer", 5.0), ("Thenardier", "Babet", 6.0),
            ("Thenardier", "Claquesous", 4.0), ("Thenardier", "Montparnasse", 1.0), ("Thenardier", "Brujon", 3.0), ("Cosette", "Javert", 1.0), ("Cosette", "Woman2", 1.0), ("Cosette", "Gillenormand", 3.0),
            ("Cosette", "MlleGillenormand", 2.0), ("Cosette", "LtGillenormand", 1.0), ("Cosette", "Marius", 21.0), ("Cosette", "Toussaint", 2.0), ("Javert", "Fauchelevent", 1.0), ("Javert", "Bamatabois", 1.0),
            ("Javert", "Simplice", 1.0), ("Javert", "Woman1", 1.0), ("Javert", "Woman2", 1.0), ("Javert", "Gavroche", 1.0), ("Javert", "Enjolras", 6.0), ("Javert", "Gueulemer", 1.0),
            ("Javert", "Babet", 2.0), ("Javert", "Claquesous", 1.0), ("Javert", "Montparnasse", 1.0), ("Javert", "Toussaint", 1.0), ("Fauchelevent", "MotherInnocent", 3.0), ("Fauchelevent", "Gribier", 2.0),
            ("Bamatabois", "Judge", 2.0), ("Bamatabois", "Champmathieu", 2.0), ("Bamatabois", "Brevet", 1.0), ("Bamatabois", "Chenildieu", 1.0), ("Bamatabois", "Cochepaille", 1.0), ("Perpetue", "Simplice", 2.0),
            ("Judge", "Champmathieu", 3.0), ("Judge", "Brevet", 2.0), ("Judge", "Chenildieu", 2.0), ("Judge", "Cochepaille", 2.0), ("Champmathieu", "Brevet", 2.0), ("Champmathieu", "Chenildieu", 2.0),
            ("Champmathieu", "Cochepaille", 2.0), ("Brevet", "Chenildieu", 2.0), ("Brevet", "Cochepaille", 2.0), ("Chenildieu", "Cochepaille", 2.0), ("Pontmercy", "MmePontmercy", 1.0), ("Pontmercy", "Marius", 1.0),
            ("Eponine", "Anzelma", 2.0), ("Eponine", "Marius", 5.0), ("Eponine", "Mabeuf", 1.0), ("Eponine", "Courfeyrac", 1.0), ("Eponine", "Gueulemer", 1.0), ("Eponine", "Babet", 1.0),
            ("Eponine", "Claquesous", 1.0), ("Eponine", "Montparnasse", 1.0), ("Eponine", "Brujon", 1.0), ("MmeBurgon", "Jondrette", 1.0), ("MmeBurgon", "Gavroche", 2.0), ("Gavroche", "Marius", 4.0),
            ("Gavroche", "Mabeuf", 1.0), ("Gavroche", "Enjolras", 7.0), ("Gavroche", "Combeferre", 6.0), ("Gavroche", "Prouvaire", 1.0), ("Gavroche", "Feuilly", 2.0), ("Gavroche", "Courfeyrac", 7.0),
            ("Gavroche", "Bahorel", 5.0), ("Gavroche", "Bossuet", 5.0), ("Gavroche", "Joly", 3.0), ("Gavroche", "Grantaire", 1.0), ("Gavroche", "Gueulemer", 1.0), ("Gavroche", "Babet", 1.0),
            ("Gavroche", "Montparnasse", 1.0), ("Gavroche", "Child1", 2.0), ("Gavroche", "Child2", 2.0), ("Gavroche", "Brujon", 1.0), ("Gavroche", "MmeHucheloup", 1.0), ("Gillenormand", "Magnon", 1.0),
            ("Gillenormand", "MlleGillenormand", 9.0), ("Gillenormand", "LtGillenormand", 1.0), ("Gillenormand", "Marius", 12.0), ("Gillenormand", "BaronessT", 1.0), ("MlleGillenormand", "MmePontmercy", 1.0), ("MlleGillenormand", "MlleVaubois", 1.0),
            ("MlleGillenormand", "LtGillenormand", 2.0), ("MlleGillenormand", "Marius", 6.0), ("LtGillenormand", "Marius", 1.0), ("Marius", "BaronessT", 1.0), ("Marius", "Mabeuf", 1.0), ("Marius", "Enjolras", 7.0),
            ("Marius", "Combeferre", 5.0), ("Marius", "Feuilly", 1.0), ("Marius", "Courfeyrac", 9.0), ("Marius", "Bahorel", 1.0), ("Marius", "Bossuet", 5.0), ("Marius", "Joly", 2.0),
            ("Mabeuf", "Enjolras", 1.0), ("Mabeuf", "Combeferre", 2.0), ("Mabeuf", "Feuilly", 1.0), ("Mabeuf", "Courfeyrac", 2.0), ("Mabeuf", "Bahorel", 2.0), ("Mabeuf", "Bossuet", 1.0),
            ("Mabeuf", "Joly", 1.0), ("Mabeuf", "MotherPlutarch", 3.0), ("Enjolras", "Combeferre", 15.0), ("Enjolras", "Prouvaire", 4.0), ("Enjolras", "Feuilly", 6.0), ("Enjolras", "Courfeyrac", 17.0),
            ("Enjolras", "Bahorel", 4.0), ("Enjolras", "Bossuet", 10.0), ("Enjolras", "Joly", 5.0), ("Enjolras", "Grantaire", 3.0), ("Enjolras", "Claquesous", 1.0), ("Enjolras", "MmeHucheloup", 1.0),
            ("Combeferre", "Prouvaire", 2.0), ("Combeferre", "Feuilly", 5.0), ("Combeferre", "Courfeyrac", 13.0), ("Combeferre", "Bahorel", 5.0), ("Combeferre", "Bossuet", 9.0), ("Combeferre", "Joly", 5.0),
            ("Combeferre", "Grantaire", 1.0), ("Prouvaire", "Feuilly", 2.0), ("Prouvaire", "Courfeyrac", 3.0), ("Prouvaire", "Bahorel", 2.0), ("Prouvaire", "Bossuet", 2.0), ("Prouvaire", "Joly", 2.0),
            ("Prouvaire", "Grantaire", 1.0), ("Feuilly", "Courfeyrac", 6.0), ("Feuilly", "Bahorel", 3.0), ("Feuilly", "Bossuet", 6.0), ("Feuilly", "Joly", 5.0), ("Feuilly", "Grantaire", 1.0),
            ("Courfeyrac", "Bahorel", 6.0), ("Courfeyrac", "Bossuet", 12.0), ("Courfeyrac", "Joly", 5.0), ("Courfeyrac", "Grantaire", 2.0), ("Courfeyrac", "MmeHucheloup", 1.0), ("Bahorel", "Bossuet", 4.0),
            ("Bahorel", "Joly", 5.0), ("Bahorel", "Grantaire", 1.0), ("Bahorel", "MmeHucheloup", 1.0), ("Bossuet", "Joly", 7.0), ("Bossuet", "Grantaire", 3.0), ("Bossuet", "MmeHucheloup", 1.0),
            ("Joly", "Grantaire", 2.0), ("Joly", "MmeHucheloup", 1.0), ("Grantaire", "MmeHucheloup", 1.0), ("Gueulemer", "Babet", 6.0), ("Gueulemer", "Claquesous", 4.0), ("Gueulemer", "Montparnasse", 2.0),
            ("Gueulemer", "Brujon", 3.0), ("Babet", "Claquesous", 4.0), ("Babet", "Montparnasse", 2.0), ("Babet", "Brujon", 3.0), ("Claquesous", "Montparnasse", 2.0), ("Claquesous", "Brujon", 1.0),
            ("Montparnasse", "Brujon", 1.0), ("Child1", "Child2", 3.0),
        ])
    /// `nx.cubical_graph()`: 8 nodes, 12 edges.
    static let cubical = NXGraph(directed: false, weighted: false,
        nodes: ["0", "1", "2", "3", "4", "5", "6", "7"],
        edges: [
            ("0", "1", 1.0), ("0", "3", 1.0), ("0", "4", 1.0), ("1", "2", 1.0), ("1", "7", 1.0), ("2", "3", 1.0),
            ("2", "6", 1.0), ("3", "5", 1.0), ("4", "5", 1.0), ("4", "7", 1.0), ("5", "6", 1.0), ("6", "7", 1.0),
        ])
    /// `nx.balanced_tree(r=2, h=2)`: 7 nodes, 6 edges.
    static let balancedTree22 = NXGraph(directed: false, weighted: false,
        nodes: ["0", "1", "2", "3", "4", "5", "6"],
        edges: [
            ("0", "1", 1.0), ("0", "2", 1.0), ("1", "3", 1.0), ("1", "4", 1.0), ("2", "5", 1.0), ("2", "6", 1.0),
        ])
    /// `TestCore.setup_class G of networkx/algorithms/tests/test_core.py (Batagelj–Zaversnik Figure 1)`: 21 nodes, 29 edges.
    static let batageljZaversnik = NXGraph(directed: false, weighted: false,
        nodes: ["1", "2", "3", "4", "5", "6", "7", "8", "11", "12", "19", "18", "9", "10", "20", "17", "13", "14", "15", "16", "21"],
        edges: [
            ("1", "2", 1.0), ("1", "3", 1.0), ("1", "4", 1.0), ("2", "3", 1.0), ("2", "4", 1.0), ("2", "11", 1.0),
            ("3", "4", 1.0), ("3", "7", 1.0), ("3", "9", 1.0), ("5", "6", 1.0), ("5", "7", 1.0), ("5", "8", 1.0),
            ("5", "11", 1.0), ("5", "12", 1.0), ("6", "7", 1.0), ("6", "8", 1.0), ("7", "8", 1.0), ("7", "9", 1.0),
            ("7", "10", 1.0), ("11", "12", 1.0), ("12", "19", 1.0), ("12", "18", 1.0), ("9", "10", 1.0), ("9", "20", 1.0),
            ("17", "13", 1.0), ("13", "14", 1.0), ("13", "16", 1.0), ("14", "15", 1.0), ("15", "16", 1.0),
        ])
    /// `TestCore.setup_class H of test_core.py: havel_hakimi_graph([0, 1, 2, 2, 2, 2, 3]) relabelled`: 7 nodes, 6 edges.
    static let havelHakimi = NXGraph(directed: false, weighted: false,
        nodes: ["1", "2", "5", "4", "3", "6", "0"],
        edges: [
            ("1", "3", 1.0), ("2", "5", 1.0), ("2", "4", 1.0), ("5", "6", 1.0), ("4", "6", 1.0), ("3", "6", 1.0),
        ])
}
