import Foundation
import InfluenceGraph
import InfluenceGraphviz
import InfluenceIO
import InfluenceRender
import Testing

@Suite("Graphviz names: shapes, arrowheads, styles and colours as Graphviz reads them")
struct GraphvizNamesTests {
    @Test("node shapes are Graphviz's, case-sensitive as Graphviz matches them")
    func shapes() {
        for shape in ["box", "ellipse", "octagon", "doubleoctagon", "box3d", "Mdiamond", "Mrecord", "record", "note", "cylinder"] {
            #expect(GraphvizNames.isNodeShape(shape), "\(shape)")
        }
        for shape in ["boxx", "Box", "mdiamond", "square3d", "", "hexagons"] {
            #expect(!GraphvizNames.isNodeShape(shape), "\(shape)")
        }
        #expect(GraphvizNames.nodeShapes.count == 61)
    }

    @Test("arrowheads: the grammar [o][l|r]SHAPE up to four times, and the legacy names")
    func arrows() {
        for arrow in ["normal", "inv", "odot", "invodot", "lteeoldiamond", "obox", "ediamond", "open", "halfopen", "empty",
                      "invempty", "none", "vee", "icurve", "crowodot", "normalnormalnormalnormal"] {
            #expect(GraphvizNames.isArrowType(arrow), "\(arrow)")
        }
        for arrow in ["nomral", "Normal", "", "o", "lr", "normalnormalnormalnormalnormal", "arrow", "dots"] {
            #expect(!GraphvizNames.isArrowType(arrow), "\(arrow)")
        }
    }

    @Test("colours: X11 names in any case, schemes, #RRGGBB(AA), H,S,V(A) and colour lists")
    func colours() {
        for colour in ["blue", "Blue", "LightGoldenrod", "grey37", "gray100", "none", "transparent", "crimson",
                       "/x11/blue", "/svg/crimson", "/blues9/9", "/set312/12", "#0072B2", "#0072b2cc",
                       "0.6,0.3,1", "0.6 0.3 1", ".5,.5,.5,.5", "red:blue", "red;0.3:blue"] {
            #expect(GraphvizNames.colorProblem(colour) == nil, "\(colour)")
        }
        #expect(GraphvizNames.colorProblem("bleu") == "not a Graphviz colour name")
        #expect(GraphvizNames.colorProblem("#fff") == "a short form Graphviz does not read (expected #RRGGBB or #RRGGBBAA)")
        #expect(GraphvizNames.colorProblem("#12345") == "not #RRGGBB or #RRGGBBAA (5 hex digits)")
        #expect(GraphvizNames.colorProblem("#12345g") == "not #RRGGBB or #RRGGBBAA (a character is not a hex digit)")
        #expect(GraphvizNames.colorProblem("1.5,0,0") == "not H,S,V or H,S,V,A with each number from 0 to 1")
        #expect(GraphvizNames.colorProblem("/blues9/10") == "not a colour of scheme 'blues9' (it has colours 1 to 9)")
        #expect(GraphvizNames.colorProblem("/blue9/1") == "not a colour of a Graphviz scheme ('blue9' is none)")
        #expect(GraphvizNames.colorProblem("/svg/bleu") == "not a colour of Graphviz's SVG scheme")
        #expect(GraphvizNames.colorProblem("red:bleu") == "a colour list whose part 'bleu' is not a Graphviz colour name")
        #expect(GraphvizNames.svgColors.count == 147 && GraphvizNames.svgColors.allSatisfy(GraphvizNames.x11Colors.contains))
    }

    @Test("every shape, arrowhead, style and colour of the standard style sheet is one Graphviz reads")
    func standardSheet() {
        let sheet = StyleSheet.standard
        for (kind, style) in sheet.kinds.sorted(by: { $0.key < $1.key }) + [("default", sheet.defaultNode)] {
            #expect(GraphvizNames.problem(style.shape, as: .nodeShape) == nil, "\(kind)")
            #expect(GraphvizNames.problem(style.style, as: .nodeStyle) == nil, "\(kind)")
            for colour in [style.fillColor, style.borderColor, style.fontColor] {
                #expect(GraphvizNames.colorProblem(colour) == nil, "\(kind): \(colour)")
            }
        }
        let edges = sheet.relations.sorted(by: { $0.key < $1.key }) + sheet.polarities.map { ("\($0.key)", $0.value) }
        for (name, style) in edges {
            #expect(GraphvizNames.problem(style.arrowhead, as: .arrowType) == nil, "\(name)")
            #expect(GraphvizNames.problem(style.lineStyle, as: .edgeStyle) == nil, "\(name)")
            #expect(GraphvizNames.colorProblem(style.color) == nil, "\(name)")
        }
    }

    @Test("a network's kinds table: a misspelt shape or colour is an error at its value, with the closest name")
    func networkKinds() throws {
        let text = """
        kinds:
          militia: {shape: boxx, color: bleu}
          state: {shape: Mdiamond, color: "#0072B2"}
        nodes: []
        """
        #expect { try NetworkReader.read(Array(text.utf8), path: "k.yaml", format: .yaml) } throws: { error in
            guard let error = error as? ReadError else { return false }
            return error.description == """
            k.yaml:2:20: 'shape' of kind 'militia' is 'boxx', not a Graphviz node shape (did you mean 'box'?)
            k.yaml:2:33: 'color' of kind 'militia' is 'bleu', not a Graphviz colour name (did you mean 'blue'?)
            """
        }
    }

    @Test("a style file's fields win over the network's kinds table, field by field")
    func styleFileWins() throws {
        let path = NSTemporaryDirectory() + "style-\(UUID().uuidString).yaml"
        try Data("kinds:\n  militia: {shape: diamond, fill: \"#EEEEEE\"}\n".utf8).write(to: URL(fileURLWithPath: path))
        defer { try? FileManager.default.removeItem(atPath: path) }
        let network = try NetworkReader.read(Array("""
        kinds:
          militia: {shape: box, color: "#111111"}
          state: {shape: house}
        nodes: [{id: m, kind: militia}]
        """.utf8), path: "n.yaml", format: .yaml)
        let sheet = try StyleFile.read(path: path)
        #expect(sheet.styleFileKinds == ["militia": ["shape", "fill"]])
        let militia = sheet.nodeStyle(kind: "militia", in: network)
        #expect(militia.shape == "diamond")        // the style file's shape
        #expect(militia.fillColor == "#EEEEEE")
        #expect(militia.borderColor == "#111111")  // the network's color (the border): the style file set none
        #expect(sheet.nodeStyle(kind: "state", in: network).shape == "house")
        // Without a style file the network's table wins over the standard sheet.
        #expect(StyleSheet.standard.nodeStyle(kind: "militia", in: network).shape == "box")
    }
}
