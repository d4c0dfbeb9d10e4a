// The cell fuzzer: random and mutated cells through the parser and the evaluator.
//
// Built normally, it is a seeded, in-process mutation fuzzer over a corpus of cells
// (scripts/fuzz.sh runs it for a time budget and keeps what crashes). Built with
// `-sanitize=fuzzer -parse-as-library -D LIBFUZZER`, the same harness is a libFuzzer target.
import Foundation

#if LIBFUZZER
nonisolated(unsafe) let libFuzzerHarness = CellFuzzer(budget: 0.5)

/// libFuzzer's entry point: one input, run as a cell.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOneInput(_ data: UnsafePointer<UInt8>, _ size: Int) -> CInt {
    let code = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    libFuzzerHarness.run(code) { fatalError("cell neither finished nor stopped within 10 s of an interrupt") }
    if libFuzzerHarness.executed % 100 == 0, !libFuzzerHarness.sentinelIntact() {
        fatalError("a cell destroyed the session's earlier variables")
    }
    return 0
}

/// libFuzzer's driver (it parses libFuzzer's own flags: corpus folders, -max_total_time …).
@_silgen_name("LLVMFuzzerRunDriver")
func llvmFuzzerRunDriver(_ argc: UnsafeMutablePointer<CInt>,
                         _ argv: UnsafeMutablePointer<UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?>,
                         _ callback: @convention(c) (UnsafePointer<UInt8>, Int) -> CInt) -> CInt

/// The executable's entry point under SwiftPM (which links `main` to `<module>_main`): runs libFuzzer.
@_cdecl("KernelFuzz_main")
public func kernelFuzzMain(_ argc: CInt, _ argv: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?) -> CInt {
    var count = argc
    var vector = argv
    return llvmFuzzerRunDriver(&count, &vector) { data, size in fuzzOneInput(data, size) }
}
#else
/// The command-line entry point (seeded mutation fuzzer or replay).
@main enum KernelFuzzMain {
    static func main() { FuzzCommand.main(CommandLine.arguments) }
}
#endif
