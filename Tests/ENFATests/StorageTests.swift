import Lib
import Testing
@testable import ENFA

@Suite struct StorageTests {
    /// Path 0-1-2-3-4 with 3 features, node-marked, conventional: 5 subgraphs × 5 rows.
    @Test func conventionalBytesAreCountedExactly() throws {
        let s = try TestGraphs.sample(5, TestGraphs.path(5), features: 3)
        let bag = try SubgraphBag(s, policy: .nodeMarked)
        // x: 25 rows × (3 + 2) × 4; edges: 5 × 8 × 2 × 8; row ids 25 × 8; original edge index 8 × 2 × 8.
        #expect(bag.storageBytes == 25 * 5 * 4 + 5 * 8 * 16 + 25 * 8 + 8 * 16)
        #expect(bag.x.shape == [25, 5])
    }

    /// The same bag in compact form for 1 layer: ego nets of radius 1 plus the ring at hop 2.
    @Test func compactBytesAreCountedExactly() throws {
        let s = try TestGraphs.sample(5, TestGraphs.path(5), features: 3)
        let bag = try EgoNetBag(s, policy: .nodeMarked, layers: 1)
        // Stored nodes per centre (hop <= 2): c=0: 3, 1: 4, 2: 5, 3: 4, 4: 3 → 19.
        #expect(bag.nodes.count == 19)
        // Stored edges into hop <= 1: c=0: 3; c=1: 5; c=2: 6; c=3: 5; c=4: 3 → 22.
        #expect(bag.edgeIds.count == 22)
        let expected = 5 * 3 * 4 + 8 * 16 + 19 * 9 + 22 * 24 + 2 * 6 * 8
        #expect(bag.storageBytes == expected)
        // The paper's count: stored nodes + edges (19 + 22) against m·n + Σ|E_i| = 25 + 5 × 8.
        #expect(bag.elementCount == 41)
        #expect(try SubgraphBag.elementCount(of: s, policy: .nodeMarked) == 65)
        // Hops are sorted within each subgraph.
        for i in 0..<5 {
            let h = Array(bag.hops[bag.nodePointers[i]..<bag.nodePointers[i + 1]])
            #expect(h == h.sorted())
        }
    }

    @Test func compactFormIsSmallerOnLargeSparseGraphs() throws {
        let s = try TestGraphs.sample(40, TestGraphs.path(40))
        let conventional = try SubgraphBag(s, policy: .nodeMarked).storageBytes
        let compact = try EgoNetBag(s, policy: .nodeMarked, layers: 3).storageBytes
        #expect(compact * 3 < conventional)
    }

    @Test func predictedBytesEqualBuiltBytes() throws {
        for s in try TestGraphs.varied(features: 3, edgeFeatures: 2) {
            for policy in SubgraphPolicy.all(egoRadius: 1) {
                #expect(try SubgraphBag.storageBytes(of: s, policy: policy) == SubgraphBag(s, policy: policy).storageBytes)
            }
        }
    }
}
