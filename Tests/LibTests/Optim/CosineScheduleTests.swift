import Testing
@testable import Lib

@Suite struct CosineScheduleTests {
    @Test func cosineScheduleShape() throws {
        let p = Parameter(Tensor.zeros([1]))
        let opt = AdamW([p], lr: 1)
        let s = CosineSchedule(opt, warmupSteps: 10, totalSteps: 110, minFactor: 0.1)
        #expect(abs(s.factor(at: 5) - 0.5) < 1e-12 && s.factor(at: 10) == 1)
        #expect(abs(s.factor(at: 60) - 0.55) < 1e-12 && abs(s.factor(at: 110) - 0.1) < 1e-12 && abs(s.factor(at: 500) - 0.1) < 1e-12)
        s.step()
        #expect(opt.groups[0].lr == 0.1)
    }
}
