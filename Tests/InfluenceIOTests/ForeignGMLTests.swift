import InfluenceGraph
import InfluenceIO
import Testing

/// GML as other programs write it.
@Suite("GML from Cytoscape and yFiles")
struct ForeignGMLTests {
    @Test("an empty edge label (Cytoscape, yFiles write label \"\" on unlabelled edges) is the default relation, said once")
    func emptyLabel() throws {
        let text = """
        graph [
          directed 1
          node [ id 1 label "a" ]
          node [ id 2 label "b" ]
          node [ id 3 label "c" ]
          edge [ source 1 target 2 label "" ]
          edge [ source 2 target 3 label "backs" ]
          edge [ source 3 target 1 label "" ]
        ]
        """
        let (network, warnings) = try GMLFormat.read(Array(text.utf8), path: "cy.gml")
        #expect(network.edges.map(\.relation) == ["edge", "backs", "edge"])
        #expect(warnings.map(\.description) == ["cy.gml:6:34: warning: 2 of 3 edges with an empty label: read as relation 'edge'"])
    }

    @Test("the Cytoscape file of the real-file corpus reads")
    func cytoscapeArrows() throws {
        let path = interchangeRoot + "/../shared/corpus/real-files/gml/cytoscape-arrows.gml"
        let (network, warnings) = try NetworkReader.readWithWarnings(path: path)
        #expect(network.nodes.count == 4 && network.edges.count == 6)
        #expect(warnings.contains { $0.message.contains("4 of 6 edges with an empty label") })
    }
}
