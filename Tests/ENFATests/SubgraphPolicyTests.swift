import Lib
import Testing
@testable import ENFA

@Suite struct SubgraphPolicyTests {
    @Test func subgraphCountsFollowThePolicy() throws {
        let g = try TestGraphs.sample(5, TestGraphs.path(5)).graph
        #expect(try SubgraphPolicy.nodeMarked.subgraphs(of: g).count == 5)
        #expect(try SubgraphPolicy.nodeDeleted.subgraphs(of: g).count == 5)
        #expect(try SubgraphPolicy.edgeDeleted.subgraphs(of: g).count == 4)
        #expect(try SubgraphPolicy.egoNets(1).subgraphs(of: g).count == 5)
        let empty = try TestGraphs.sample(3, []).graph
        #expect(try SubgraphPolicy.edgeDeleted.subgraphs(of: empty).count == 1)
    }

    @Test func keptEdgesMatchTheDefinitions() throws {
        let g = try TestGraphs.sample(5, TestGraphs.path(5)).graph   // 0-1-2-3-4, 8 directed edges
        let deleted = try SubgraphPolicy.nodeDeleted.subgraphs(of: g)[2]
        #expect(deleted.keptEdges.count == 4)
        #expect(deleted.edgePivots == [1, 2, 3])
        let edge = try SubgraphPolicy.edgeDeleted.subgraphs(of: g)[1]  // edge (1, 2)
        #expect(edge.keptEdges.count == 6 && edge.edgePivots == [1, 2])
        let ego = try SubgraphPolicy.egoNetsPlus(1).subgraphs(of: g)[0]  // ball {0, 1}
        #expect(ego.keptEdges.count == 2 && ego.markedNode == 0 && ego.edgePivots == [1, 2, 3, 4])
    }

    @Test func pivotHopsAreTheTightValues() throws {
        let g = try TestGraphs.sample(6, TestGraphs.path(6)).graph
        let inf = Int.max
        #expect(try SubgraphPolicy.nodeMarked.subgraphs(of: g)[2].pivotHops(in: g) == [2, 1, 0, 1, 2, 3])
        // node-deleted: d(v, c) except 1 at c itself (its layer-0 row is unchanged).
        #expect(try SubgraphPolicy.nodeDeleted.subgraphs(of: g)[2].pivotHops(in: g) == [2, 1, 1, 1, 2, 3])
        // edge-deleted (2, 3): d(v, {2, 3}) + 1.
        #expect(try SubgraphPolicy.edgeDeleted.subgraphs(of: g)[2].pivotHops(in: g) == [3, 2, 1, 1, 2, 3])
        let iso = try TestGraphs.sample(3, [(0, 1)]).graph
        #expect(try SubgraphPolicy.nodeDeleted.subgraphs(of: iso)[2].pivotHops(in: iso) == [inf, inf, inf])
    }

    @Test func namesRoundTrip() throws {
        for p in SubgraphPolicy.all(egoRadius: 3) { #expect(try SubgraphPolicy.named(p.description) == p) }
        #expect(throws: ENFAError.self) { try SubgraphPolicy.named("random-walk") }
    }
}
